/**
 * Keyset pagination for the export: conversations and messages are read a page at a time, in
 * (created_at, id) order, so memory stays flat however large the account is. The cursor carries
 * created_at as Postgres text: a JS Date would drop the microseconds and repeat or skip rows.
 */
import { and, asc, eq, gt, sql } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { auditEvents, conversations, messages } from "../../db/schema.ts";

export const CONVERSATION_PAGE = 100;
export const MESSAGE_PAGE = 250;
export const AUDIT_PAGE = 500;

interface Cursor {
  at: string;
  id: string;
}

export type ConversationRow = typeof conversations.$inferSelect;
export type MessageRow = typeof messages.$inferSelect;

export async function* pageConversations(db: Db, userId: string): AsyncGenerator<ConversationRow[]> {
  let cursor: Cursor | undefined;
  for (;;) {
    const rows = await db
      .select({ row: conversations, at: sql<string>`${conversations.createdAt}::text` })
      .from(conversations)
      .where(
        and(
          eq(conversations.userId, userId),
          cursor
            ? sql`(${conversations.createdAt}, ${conversations.id}) > (${cursor.at}::timestamptz, ${cursor.id}::uuid)`
            : undefined,
        ),
      )
      .orderBy(asc(conversations.createdAt), asc(conversations.id))
      .limit(CONVERSATION_PAGE);
    if (rows.length === 0) return;
    yield rows.map((r) => r.row);
    const last = rows[rows.length - 1]!;
    cursor = { at: last.at, id: last.row.id };
    if (rows.length < CONVERSATION_PAGE) return;
  }
}

/** The user id is checked as well as the conversation: a belt against ever mixing accounts. */
export async function* pageMessages(
  db: Db,
  userId: string,
  conversationId: string,
): AsyncGenerator<MessageRow[]> {
  let cursor: Cursor | undefined;
  for (;;) {
    const rows = await db
      .select({ row: messages, at: sql<string>`${messages.createdAt}::text` })
      .from(messages)
      .where(
        and(
          eq(messages.conversationId, conversationId),
          eq(messages.userId, userId),
          cursor
            ? sql`(${messages.createdAt}, ${messages.id}) > (${cursor.at}::timestamptz, ${cursor.id}::uuid)`
            : undefined,
        ),
      )
      .orderBy(asc(messages.createdAt), asc(messages.id))
      .limit(MESSAGE_PAGE);
    if (rows.length === 0) return;
    yield rows.map((r) => r.row);
    const last = rows[rows.length - 1]!;
    cursor = { at: last.at, id: last.row.id };
    if (rows.length < MESSAGE_PAGE) return;
  }
}

export async function* pageAuditEvents(db: Db, userId: string) {
  let after = 0;
  for (;;) {
    const rows = await db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.userId, userId), gt(auditEvents.id, after)))
      .orderBy(asc(auditEvents.id))
      .limit(AUDIT_PAGE);
    if (rows.length === 0) return;
    yield rows;
    after = rows[rows.length - 1]!.id;
    if (rows.length < AUDIT_PAGE) return;
  }
}
