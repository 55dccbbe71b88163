/**
 * The OpenAI provider, through the official SDK. OPENAI_BASE_URL points it at any compatible
 * server (Azure OpenAI, vLLM, Ollama, the test fake). Everything sent here is already redacted.
 *
 * The SDK's timeout only covers the wait for response headers; a stream that stalls after them
 * would hang for ever, so streaming adds its own idle timeout between chunks.
 */
import OpenAI, { APIConnectionTimeoutError, APIError, APIUserAbortError } from "openai";
import type { CrisisKind } from "../crisis/index.ts";
import { buildSystemPrompt, TITLE_PROMPT } from "./prompts.ts";
import { type LlmProvider, ProviderError, type ReplyRequest } from "./provider.ts";

export interface OpenAiConfig {
  apiKey: string;
  baseUrl: string | undefined;
  model: string;
  timeoutMs: number;
}

/** A provider that can also ask a moderation model for crisis signals. */
export interface ModeratedProvider extends LlmProvider {
  /** "self" when the moderation model flags self-harm; null otherwise. Throws on failure. */
  moderateCrisis(text: string, signal?: AbortSignal): Promise<CrisisKind | null>;
}

export function hasModeration(llm: LlmProvider): llm is ModeratedProvider {
  return typeof (llm as Partial<ModeratedProvider>).moderateCrisis === "function";
}

const MODERATION_MODEL = "omni-moderation-latest";
const SELF_HARM = ["self-harm", "self-harm/intent", "self-harm/instructions"] as const;

/** SDK errors → the provider-neutral kinds. Messages are fixed strings: no content, no URLs. */
export function toProviderError(error: unknown, timedOut = false): ProviderError {
  if (error instanceof ProviderError) return error;
  if (timedOut || error instanceof APIConnectionTimeoutError)
    return new ProviderError("The model did not answer in time", "timeout");
  if (error instanceof APIUserAbortError || (error as Error)?.name === "AbortError")
    return new ProviderError("The model call was aborted", "aborted");
  if (error instanceof APIError) {
    const status = error.status;
    if (status === undefined || status === 429 || status >= 500)
      return new ProviderError("The model is unavailable", "unavailable");
    return new ProviderError("The model refused the request", "bad_response");
  }
  if (error instanceof TypeError) return new ProviderError("The model connection failed", "unavailable");
  return new ProviderError("The model sent an unexpected answer", "bad_response");
}

export function createOpenAiProvider(config: OpenAiConfig): ModeratedProvider {
  const client = new OpenAI({
    apiKey: config.apiKey,
    baseURL: config.baseUrl,
    timeout: config.timeoutMs,
    // One retry for a dropped connection or a 5xx; more would keep a waiting person waiting.
    maxRetries: 1,
  });

  async function* streamReply(request: ReplyRequest): AsyncIterable<string> {
    const controller = new AbortController();
    const onAbort = () => controller.abort();
    if (request.signal?.aborted) throw new ProviderError("The model call was aborted", "aborted");
    request.signal?.addEventListener("abort", onAbort, { once: true });
    let timedOut = false;
    let idle: NodeJS.Timeout | undefined;
    const arm = () => {
      clearTimeout(idle);
      idle = setTimeout(() => {
        timedOut = true;
        controller.abort();
      }, config.timeoutMs);
    };
    try {
      arm();
      const stream = await client.chat.completions.create(
        {
          model: config.model,
          stream: true,
          messages: [
            { role: "system", content: buildSystemPrompt({ crisis: request.crisis ?? null }) },
            ...request.messages,
          ],
        },
        { signal: controller.signal },
      );
      let finished = false;
      for await (const chunk of stream) {
        arm();
        const choice = chunk.choices[0];
        const text = choice?.delta?.content;
        if (text) yield text;
        if (choice?.finish_reason) finished = true;
      }
      // A stream that closes without a finish reason was cut: the answer is incomplete.
      if (!finished) throw new ProviderError("The model stream ended early", "bad_response");
    } catch (error) {
      throw toProviderError(error, timedOut);
    } finally {
      clearTimeout(idle);
      request.signal?.removeEventListener("abort", onAbort);
      // Closes the HTTP stream when the caller stopped reading early (a stop); no-op once done.
      controller.abort();
    }
  }

  return {
    name: "openai",
    streamReply,

    async generateTitle({ userMessage, assistantMessage, signal }) {
      try {
        const completion = await client.chat.completions.create(
          {
            model: config.model,
            messages: [
              { role: "system", content: TITLE_PROMPT },
              { role: "user", content: `Worker: ${userMessage}\n\nCompanion: ${assistantMessage}` },
            ],
          },
          { signal, maxRetries: 0 },
        );
        const title = completion.choices[0]?.message?.content?.trim();
        if (!title) throw new ProviderError("The model sent an empty title", "bad_response");
        return title;
      } catch (error) {
        throw toProviderError(error);
      }
    },

    async moderateCrisis(text, signal) {
      try {
        const result = await client.moderations.create(
          { model: MODERATION_MODEL, input: text },
          // Moderation is a second opinion: short timeout, no retries, so it never holds up a reply.
          { signal, maxRetries: 0, timeout: Math.min(config.timeoutMs, 5_000) },
        );
        const categories = result.results[0]?.categories;
        return categories && SELF_HARM.some((c) => categories[c]) ? "self" : null;
      } catch (error) {
        throw toProviderError(error);
      }
    },
  };
}
