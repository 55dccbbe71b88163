import type { Config } from "../env.ts";
import { createOfflineGuide } from "./offline-guide.ts";
import { createOpenAiProvider } from "./openai.ts";
import type { LlmProvider } from "./provider.ts";

/** OpenAI (or a compatible server) when configured; otherwise the built-in offline guide. */
export function createProvider(config: Config): LlmProvider {
  return config.openai ? createOpenAiProvider(config.openai) : createOfflineGuide();
}
