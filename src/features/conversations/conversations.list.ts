/**
 * The conversation list: pinned first, then most recent activity, with an opaque keyset cursor
 * over (pinned, updated_at, id) so pages stay stable while new conversations arrive.
 */
import { and, desc, eq, inArray, isNull, type SQL, sql } from "drizzle-orm";
import { z } from "zod";
import { conversations } from "../../db/schema.ts";
import { AppError } from "../../server/errors.ts";
import { type ConversationDeps, toConversationItem } from "./conversations.service.ts";
import { assertOwnFolder } from "./folders.service.ts";
import { searchConversationIds } from "./search.ts";

export const PAGE_SIZE = 30;

const cursorSchema = z.tuple([z.boolean(), z.iso.datetime({ offset: true }), z.uuid()]);

function encodeCursor(row: { pinned: boolean; updatedAt: Date; id: string }): string {
  return Buffer.from(JSON.stringify([row.pinned, row.updatedAt.toISOString(), row.id])).toString("base64url");
}

function decodeCursor(cursor: string) {
  try {
    return cursorSchema.parse(JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")));
  } catch {
    throw new AppError("validation", "The cursor is invalid.", {
      details: { fields: { cursor: ["Invalid cursor."] } },
    });
  }
}

export async function listConversations(
  deps: ConversationDeps,
  userId: string,
  query: { folderId?: string | undefined; q?: string | undefined; cursor?: string | undefined },
) {
  const filters: SQL[] = [eq(conversations.userId, userId)];
  if (query.folderId === "none") filters.push(isNull(conversations.folderId));
  else if (query.folderId) {
    await assertOwnFolder(deps.db, userId, query.folderId);
    filters.push(eq(conversations.folderId, query.folderId));
  }
  if (query.q) {
    const ids = await searchConversationIds(deps, userId, query.q, query.folderId);
    if (ids.length === 0) return { items: [], nextCursor: null };
    filters.push(inArray(conversations.id, ids));
  }
  if (query.cursor) {
    const [pinned, updatedAt, id] = decodeCursor(query.cursor);
    // All three keys sort descending, so the next page is everything below the cursor's tuple.
    filters.push(
      sql`(${conversations.pinned}, ${conversations.updatedAt}, ${conversations.id}) < (${pinned}::boolean, ${updatedAt}::timestamptz, ${id}::uuid)`,
    );
  }
  const rows = await deps.db
    .select()
    .from(conversations)
    .where(and(...filters))
    .orderBy(desc(conversations.pinned), desc(conversations.updatedAt), desc(conversations.id))
    .limit(PAGE_SIZE + 1);
  const page = rows.slice(0, PAGE_SIZE);
  const last = page.at(-1);
  return {
    items: page.map((row) => toConversationItem(deps.keyRing, row)),
    nextCursor: rows.length > PAGE_SIZE && last ? encodeCursor(last) : null,
  };
}
