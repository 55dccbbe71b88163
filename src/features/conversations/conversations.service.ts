/** Conversations: create, read with messages, rename / move / pin, hard delete. */
import { randomUUID } from "node:crypto";
import { and, asc, desc, eq } from "drizzle-orm";
import type { KeyRing } from "../../crypto/key-ring.ts";
import type { Db } from "../../db/client.ts";
import { conversations, messages } from "../../db/schema.ts";
import type { Clock } from "../../lib/clock.ts";
import { redact } from "../../phi/index.ts";
import { notFound } from "../../server/errors.ts";
import type { ConversationItem, MessageItem } from "./conversations.schemas.ts";
import { assertOwnFolder } from "./folders.service.ts";
import { openMessage, openTitle, sealTitle } from "./sealed.ts";

export type ConversationDeps = { db: Db; clock: Clock; keyRing: KeyRing };
export type ConversationRow = typeof conversations.$inferSelect;
export type MessageRow = typeof messages.$inferSelect;

export function toConversationItem(keyRing: KeyRing, row: ConversationRow): ConversationItem {
  return {
    id: row.id,
    title: openTitle(keyRing, row),
    folderId: row.folderId,
    pinned: row.pinned,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function toMessageItem(keyRing: KeyRing, row: MessageRow): MessageItem {
  return {
    id: row.id,
    role: row.role,
    content: openMessage(keyRing, row),
    redactions: row.redactions,
    provider: row.provider,
    status: row.status,
    createdAt: row.createdAt.toISOString(),
  };
}

/** The user's conversation, or 404 (also when it belongs to someone else). */
export async function findOwnConversation(db: Db, userId: string, id: string): Promise<ConversationRow> {
  const [row] = await db
    .select()
    .from(conversations)
    .where(and(eq(conversations.id, id), eq(conversations.userId, userId)))
    .limit(1);
  if (!row) throw notFound("Conversation");
  return row;
}

export async function createConversation(
  deps: ConversationDeps,
  userId: string,
  input: { title?: string | undefined; folderId?: string | null | undefined },
): Promise<ConversationItem> {
  if (input.folderId) await assertOwnFolder(deps.db, userId, input.folderId);
  const id = randomUUID();
  const now = deps.clock.now();
  const title = input.title === undefined ? null : sealTitle(deps.keyRing, id, redact(input.title).text);
  const [row] = await deps.db
    .insert(conversations)
    .values({
      id,
      userId,
      folderId: input.folderId ?? null,
      ...(title ?? {}),
      titleSet: title !== null,
      createdAt: now,
      updatedAt: now,
    })
    .returning();
  return toConversationItem(deps.keyRing, row!);
}

export async function listMessages(deps: ConversationDeps, conversationId: string): Promise<MessageItem[]> {
  const rows = await deps.db
    .select()
    .from(messages)
    .where(eq(messages.conversationId, conversationId))
    // A user message and its answer never share a timestamp; the role tie-break is a safety net.
    .orderBy(asc(messages.createdAt), desc(messages.role));
  return rows.map((row) => toMessageItem(deps.keyRing, row));
}

export async function getConversation(deps: ConversationDeps, userId: string, id: string) {
  const row = await findOwnConversation(deps.db, userId, id);
  return { ...toConversationItem(deps.keyRing, row), messages: await listMessages(deps, id) };
}

export async function updateConversation(
  deps: ConversationDeps,
  userId: string,
  id: string,
  patch: { title?: string | undefined; folderId?: string | null | undefined; pinned?: boolean | undefined },
): Promise<ConversationItem> {
  await findOwnConversation(deps.db, userId, id);
  if (patch.folderId) await assertOwnFolder(deps.db, userId, patch.folderId);
  const changes: Partial<typeof conversations.$inferInsert> = {};
  if (patch.title !== undefined) {
    // A user-set title is final: titleSet stops auto-titling from ever overwriting it.
    Object.assign(changes, sealTitle(deps.keyRing, id, redact(patch.title).text), { titleSet: true });
  }
  if (patch.folderId !== undefined) changes.folderId = patch.folderId;
  if (patch.pinned !== undefined) changes.pinned = patch.pinned;
  // Pinning is not activity; renaming and moving are.
  if (patch.title !== undefined || patch.folderId !== undefined) changes.updatedAt = deps.clock.now();
  const [row] = await deps.db
    .update(conversations)
    .set(changes)
    .where(and(eq(conversations.id, id), eq(conversations.userId, userId)))
    .returning();
  if (!row) throw notFound("Conversation");
  return toConversationItem(deps.keyRing, row);
}

/** Hard delete: messages go with it through ON DELETE CASCADE. */
export async function deleteConversation(deps: { db: Db }, userId: string, id: string): Promise<void> {
  const rows = await deps.db
    .delete(conversations)
    .where(and(eq(conversations.id, id), eq(conversations.userId, userId)))
    .returning({ id: conversations.id });
  if (rows.length === 0) throw notFound("Conversation");
}
