/**
 * Runs the model for a prepared turn and stores the answer. The answer does not depend on the
 * client: a closed connection changes nothing, and the row ends as complete, stopped or error.
 *
 * Cross-instance stop: every FLUSH_INTERVAL_MS the partial answer is written with
 * `WHERE status = 'streaming'`. The stop route flips the status to "stopped" on any instance, so
 * when a flush updates no row the generator knows it was stopped and aborts the model call.
 */
import { and, eq, inArray } from "drizzle-orm";
import type { FastifyBaseLogger } from "fastify";
import { messages } from "../../db/schema.ts";
import { ProviderError } from "../../llm/provider.ts";
import { countByType, redact } from "../../phi/index.ts";
import type { AppDeps } from "../../server/deps.ts";
import { errorSummary } from "../../server/plugins/error-handler.ts";
import type { MessageItem } from "../conversations/conversations.schemas.ts";
import { toMessageItem } from "../conversations/conversations.service.ts";
import { sealMessage } from "../conversations/sealed.ts";
import type { ActiveGenerations } from "./active-generations.ts";
import type { Turn } from "./chat.service.ts";

export const FLUSH_INTERVAL_MS = 250;

export type Outcome =
  | { status: "complete" | "stopped"; message: MessageItem }
  | { status: "error"; message: MessageItem | null; error: ProviderError }
  /** The conversation was deleted while the answer was being written. */
  | { status: "gone" };

type Status = "streaming" | "complete" | "stopped" | "error";

/** Writes content and status; returns the row, or null when its status is not in `when`. */
async function writeAnswer(deps: AppDeps, id: string, text: string, status: Status, when: Status[]) {
  // The stored answer is redacted like everything else; the model only saw redacted input, but
  // may still produce something that looks like an identifier.
  const { text: clean, spans } = status === "streaming" ? { text, spans: [] } : redact(text);
  const [row] = await deps.db
    .update(messages)
    .set({
      ...sealMessage(deps.keyRing, id, clean),
      redactions: countByType(spans) as Record<string, number>,
      status,
    })
    .where(and(eq(messages.id, id), inArray(messages.status, when)))
    .returning();
  return row ?? null;
}

export function runGeneration(
  deps: AppDeps,
  turn: Turn,
  onDelta: (text: string) => void,
  active: ActiveGenerations,
  log: FastifyBaseLogger,
): Promise<Outcome> {
  const controller = new AbortController();
  const done = generate(deps, turn, onDelta, controller, log);
  // Registered as a whole, so a local stop can wait until the final state is stored.
  active.register(turn.assistantId, controller, done);
  return done;
}

async function generate(
  deps: AppDeps,
  turn: Turn,
  onDelta: (text: string) => void,
  controller: AbortController,
  log: FastifyBaseLogger,
): Promise<Outcome> {
  const id = turn.assistantId;
  let text = "";
  let stopped = false;
  let flushing: Promise<void> = Promise.resolve();

  const flush = () => {
    flushing = flushing.then(async () => {
      if (stopped) return;
      try {
        // A half-written answer sits in the database like any other: redacted.
        const row = await writeAnswer(deps, id, redact(text).text, "streaming", ["streaming"]);
        if (!row) {
          stopped = true;
          controller.abort();
        }
      } catch (error) {
        log.warn({ err: errorSummary(error) }, "partial answer flush failed");
      }
    });
  };
  const timer = setInterval(flush, FLUSH_INTERVAL_MS);

  const work = (async (): Promise<ProviderError | null> => {
    try {
      for await (const piece of deps.llm.streamReply({
        messages: turn.history,
        crisis: turn.crisis,
        signal: controller.signal,
      })) {
        if (controller.signal.aborted) break;
        text += piece;
        onDelta(piece);
      }
      return null;
    } catch (error) {
      if (controller.signal.aborted) return null;
      const failure =
        error instanceof ProviderError ? error : new ProviderError("The model failed", "bad_response");
      log.warn({ provider: deps.llm.name, kind: failure.kind }, "model call failed");
      return failure;
    } finally {
      clearInterval(timer);
      await flushing;
    }
  })();
  const failure = await work;

  if (failure) {
    const row = await writeAnswer(deps, id, text, "error", ["streaming"]);
    if (row) return { status: "error", message: toMessageItem(deps.keyRing, row), error: failure };
  } else if (!controller.signal.aborted) {
    const row = await writeAnswer(deps, id, text, "complete", ["streaming"]);
    if (row) return { status: "complete", message: toMessageItem(deps.keyRing, row) };
  }
  // Stopped (here or on another instance): keep what was written so far.
  const row = await writeAnswer(deps, id, text, "stopped", ["streaming", "stopped"]);
  return row ? { status: "stopped", message: toMessageItem(deps.keyRing, row) } : { status: "gone" };
}
