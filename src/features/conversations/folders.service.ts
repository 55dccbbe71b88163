/** Folders (topics). Names are redacted like every other piece of user text before storage. */
import { and, asc, eq } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { conversations, folders } from "../../db/schema.ts";
import type { Clock } from "../../lib/clock.ts";
import { redact } from "../../phi/index.ts";
import { notFound } from "../../server/errors.ts";

type FolderDeps = { db: Db; clock: Clock };
type FolderRow = typeof folders.$inferSelect;

const toItem = (row: FolderRow) => ({
  id: row.id,
  name: row.name,
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
});

export async function listFolders(deps: FolderDeps, userId: string) {
  const rows = await deps.db
    .select()
    .from(folders)
    .where(eq(folders.userId, userId))
    .orderBy(asc(folders.createdAt), asc(folders.id));
  return rows.map(toItem);
}

/** Throws 404 unless the folder exists and belongs to the user (another user's folder is "not found"). */
export async function assertOwnFolder(db: Db, userId: string, folderId: string): Promise<void> {
  const [row] = await db
    .select({ id: folders.id })
    .from(folders)
    .where(and(eq(folders.id, folderId), eq(folders.userId, userId)))
    .limit(1);
  if (!row) throw notFound("Folder");
}

export async function createFolder(deps: FolderDeps, userId: string, name: string) {
  const now = deps.clock.now();
  const [row] = await deps.db
    .insert(folders)
    .values({ userId, name: redact(name).text, createdAt: now, updatedAt: now })
    .returning();
  return toItem(row!);
}

export async function renameFolder(deps: FolderDeps, userId: string, folderId: string, name: string) {
  const [row] = await deps.db
    .update(folders)
    .set({ name: redact(name).text, updatedAt: deps.clock.now() })
    .where(and(eq(folders.id, folderId), eq(folders.userId, userId)))
    .returning();
  if (!row) throw notFound("Folder");
  return toItem(row);
}

/**
 * Deletes a folder. Its conversations become unfiled (the foreign key sets null) unless
 * deleteConversations is set, in which case they go too, messages included, in one transaction.
 */
export async function deleteFolder(
  deps: FolderDeps,
  userId: string,
  folderId: string,
  opts: { deleteConversations: boolean },
): Promise<void> {
  await deps.db.transaction(async (tx) => {
    await assertOwnFolder(tx as unknown as Db, userId, folderId);
    if (opts.deleteConversations) {
      await tx
        .delete(conversations)
        .where(and(eq(conversations.folderId, folderId), eq(conversations.userId, userId)));
    }
    await tx.delete(folders).where(and(eq(folders.id, folderId), eq(folders.userId, userId)));
  });
}
