/**
 * Preparing a turn: everything that happens before the model is called. The user's text is
 * redacted before anything is stored or sent; crisis signals are read from the original text in
 * memory only. The assistant's row is inserted up front with status "streaming", so every
 * instance can see (and stop) an answer in progress.
 */
import { randomUUID } from "node:crypto";
import { and, asc, desc, eq } from "drizzle-orm";
import type { CrisisKind } from "../../crisis/index.ts";
import { isUniqueViolation } from "../../db/errors.ts";
import { conversations, messages } from "../../db/schema.ts";
import type { ChatMessage } from "../../llm/provider.ts";
import { countByType, redact } from "../../phi/index.ts";
import type { AppDeps } from "../../server/deps.ts";
import { AppError } from "../../server/errors.ts";
import { assertMessageAllowed, recordMessageSent } from "../billing/allowance.ts";
import type { MessageItem } from "../conversations/conversations.schemas.ts";
import {
  findOwnConversation,
  type MessageRow,
  toMessageItem,
} from "../conversations/conversations.service.ts";
import { openMessage, sealMessage } from "../conversations/sealed.ts";
import { contributeMessage } from "../research/contribute.ts";
import { combineCrisis, startModeration } from "./crisis-signal.ts";

/** Messages of context sent to the model, besides the system prompt. Bounds cost and latency. */
export const HISTORY_LIMIT = 20;

export interface Turn {
  userId: string;
  conversationId: string;
  userMessage: MessageItem;
  assistantId: string;
  /** Redacted history, oldest first, ending with the user's message. */
  history: ChatMessage[];
  crisis: CrisisKind | null;
  /** No title yet: one is generated once this answer completes. */
  titleNeeded: boolean;
  /** Bookkeeping running beside the answer; resolves to its error, or null. */
  afterStored: Promise<unknown>;
}

const conflict = () =>
  new AppError("conflict", "An answer is still being written. Stop it or wait for it to finish.");

/**
 * An answer still "streaming" after this long was orphaned by a crashed instance (the model call
 * times out long before): it no longer blocks the conversation and is marked failed.
 */
const STALE_STREAM_MS = 5 * 60_000;

/** Throws 409 while an answer is live; marks orphaned ones as failed so the conversation moves on. */
async function settleStreamingRows(deps: AppDeps, rows: MessageRow[]): Promise<void> {
  const streaming = rows.filter((r) => r.status === "streaming");
  const now = deps.clock.now().getTime();
  if (streaming.some((r) => now - r.createdAt.getTime() < STALE_STREAM_MS)) throw conflict();
  for (const row of streaming) {
    await deps.db.update(messages).set({ status: "error" }).where(eq(messages.id, row.id));
  }
}

/** The partial unique index allows one "streaming" answer per conversation: a racing turn loses. */
async function insertOrConflict(work: () => Promise<MessageRow[]>): Promise<MessageRow[]> {
  try {
    return await work();
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict();
    throw error;
  }
}

/** The newest messages, newest first (at a shared timestamp the answer sorts before its question). */
async function recentMessages(deps: AppDeps, conversationId: string, limit: number): Promise<MessageRow[]> {
  return deps.db
    .select()
    .from(messages)
    .where(eq(messages.conversationId, conversationId))
    .orderBy(desc(messages.createdAt), asc(messages.role))
    .limit(limit);
}

/** Rows (newest first) → model history (oldest first). Failed and empty answers are left out. */
function toHistory(deps: AppDeps, rows: MessageRow[]): ChatMessage[] {
  return rows
    .filter((r) => r.status !== "error" && r.status !== "streaming")
    .reverse()
    .map((r) => ({ role: r.role, content: openMessage(deps.keyRing, r) }))
    .filter((m) => m.content.length > 0)
    .slice(-(HISTORY_LIMIT - 1));
}

/** Strictly after the newest stored message, so order never depends on clock resolution. */
function nextTimestamp(deps: AppDeps, newest: MessageRow | undefined): Date {
  const now = deps.clock.now().getTime();
  return new Date(newest ? Math.max(now, newest.createdAt.getTime() + 1) : now);
}

function assistantPlaceholder(
  deps: AppDeps,
  turn: { userId: string; conversationId: string },
  id: string,
  at: Date,
) {
  return {
    id,
    userId: turn.userId,
    conversationId: turn.conversationId,
    role: "assistant" as const,
    ...sealMessage(deps.keyRing, id, ""),
    provider: deps.llm.name,
    status: "streaming" as const,
    createdAt: at,
  };
}

export async function startMessageTurn(
  deps: AppDeps,
  userId: string,
  conversationId: string,
  content: string,
  onFault?: (error: unknown) => void,
): Promise<Turn> {
  // Redaction is pure and runs first, so moderation (a network call to a free classifier, on
  // redacted text) overlaps all the database work below. Nothing is stored and the model is not
  // called before the ownership and allowance checks have passed.
  const redacted = redact(content);
  const moderation = startModeration(deps.llm, redacted.text);
  // The per-user limit, ownership, history and allowance are independent reads: one round trip.
  const [conversation, rows] = await Promise.all([
    findOwnConversation(deps.db, userId, conversationId),
    recentMessages(deps, conversationId, HISTORY_LIMIT),
    assertMessageAllowed(deps, userId),
    deps.limiters.consume("messages", userId),
  ]);
  await settleStreamingRows(deps, rows);

  const userMessageId = randomUUID();
  const assistantId = randomUUID();
  const userAt = nextTimestamp(deps, rows[0]);
  const assistantAt = new Date(userAt.getTime() + 1);
  const userRow = {
    id: userMessageId,
    userId,
    conversationId,
    role: "user" as const,
    ...sealMessage(deps.keyRing, userMessageId, redacted.text),
    redactions: countByType(redacted.spans) as Record<string, number>,
    status: "complete" as const,
    createdAt: userAt,
  };
  // One statement, so the question and its "streaming" answer appear together or not at all.
  const [stored] = await insertOrConflict(() =>
    deps.db
      .insert(messages)
      .values([userRow, assistantPlaceholder(deps, { userId, conversationId }, assistantId, assistantAt)])
      .returning(),
  );

  // Bookkeeping that must follow the stored message but need not delay the first token.
  const afterStored = settle(
    Promise.all([
      bumpConversation(deps, userId, conversationId, assistantAt),
      recordMessageSent(deps, userId),
      contributeMessage(deps, userId, redacted.text),
    ]),
  );

  const history = [...toHistory(deps, rows), { role: "user" as const, content: redacted.text }];
  return {
    userId,
    conversationId,
    userMessage: toMessageItem(deps.keyRing, stored!),
    assistantId,
    history,
    crisis: combineCrisis(content, await moderation, onFault),
    titleNeeded: !conversation.titleSet,
    afterStored,
  };
}

/** Resolves to the error instead of rejecting, so it can be awaited (and logged) later. */
function settle(work: Promise<unknown>): Promise<unknown> {
  return work.then(
    () => null,
    (error: unknown) => error ?? new Error("failed"),
  );
}

function bumpConversation(deps: AppDeps, userId: string, conversationId: string, at: Date) {
  return deps.db
    .update(conversations)
    .set({ updatedAt: at })
    .where(and(eq(conversations.id, conversationId), eq(conversations.userId, userId)));
}

/**
 * Replaces the last answer: the newest assistant row (complete, stopped or failed) is deleted and
 * a new one streams in its place. The original text is gone by now (only the redacted message
 * was stored), so crisis signals are read from the redacted text.
 */
export async function startRegenerateTurn(
  deps: AppDeps,
  userId: string,
  conversationId: string,
  onFault?: (error: unknown) => void,
): Promise<Turn> {
  const [conversation, rows] = await Promise.all([
    findOwnConversation(deps.db, userId, conversationId),
    recentMessages(deps, conversationId, HISTORY_LIMIT + 1),
    deps.limiters.consume("messages", userId),
  ]);
  await settleStreamingRows(deps, rows);
  const [newest] = rows;
  const lastAnswer = newest?.role === "assistant" ? newest : undefined;
  const before = lastAnswer ? rows.slice(1) : rows;
  const [userRow, ...earlier] = before;
  if (userRow?.role !== "user") throw new AppError("conflict", "There is no message to answer yet.");
  const text = openMessage(deps.keyRing, userRow);
  const moderation = startModeration(deps.llm, text);

  const assistantId = randomUUID();
  const at = nextTimestamp(deps, newest);
  await insertOrConflict(() =>
    deps.db.transaction(async (tx) => {
      if (lastAnswer) await tx.delete(messages).where(eq(messages.id, lastAnswer.id));
      await tx
        .insert(messages)
        .values(assistantPlaceholder(deps, { userId, conversationId }, assistantId, at));
      return [];
    }),
  );
  return {
    userId,
    conversationId,
    userMessage: toMessageItem(deps.keyRing, userRow),
    assistantId,
    history: [...toHistory(deps, earlier), { role: "user", content: text }],
    crisis: combineCrisis(text, await moderation, onFault),
    titleNeeded: !conversation.titleSet,
    afterStored: settle(bumpConversation(deps, userId, conversationId, at)),
  };
}
