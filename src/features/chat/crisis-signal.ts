/**
 * Crisis signals for a turn: src/crisis on the ORIGINAL text (in memory only, never stored or
 * logged), plus, when the provider offers it, the moderation model on the REDACTED text.
 * Moderation is a second opinion: its failure or slowness never blocks the chat.
 */
import { type CrisisKind, detectCrisis } from "../../crisis/index.ts";
import { hasModeration } from "../../llm/openai.ts";
import type { LlmProvider } from "../../llm/provider.ts";

/** How long a reply may wait for moderation; it runs concurrently with the turn's DB work. */
export const MODERATION_BUDGET_MS = 3_000;

export function startModeration(llm: LlmProvider, redactedText: string): Promise<CrisisKind | null> {
  if (!hasModeration(llm)) return Promise.resolve(null);
  return llm.moderateCrisis(redactedText, AbortSignal.timeout(MODERATION_BUDGET_MS)).catch(() => null);
}

/**
 * The local detector's kind wins (it can tell "client" from "self"); moderation only adds.
 * A detector fault must not turn a message (perhaps from someone in crisis) into a 500: it is
 * reported and the moderation signal stands alone.
 */
export function combineCrisis(
  text: string,
  moderated: CrisisKind | null,
  onFault: (error: unknown) => void = () => {},
): CrisisKind | null {
  try {
    return detectCrisis(text)?.kind ?? moderated;
  } catch (error) {
    onFault(error);
    return moderated;
  }
}
