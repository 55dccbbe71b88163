/**
 * Test data written straight to the database (sealed like the conversations feature seals it),
 * so export and deletion tests do not depend on the chat pipeline or the model.
 */
import { randomUUID } from "node:crypto";
import type { KeyRing } from "../../crypto/key-ring.ts";
import type { Db } from "../../db/client.ts";
import { conversations, folders, messages } from "../../db/schema.ts";
import { sealMessage, sealTitle } from "../conversations/sealed.ts";

export interface SeededConversation {
  id: string;
  title: string | null;
  folderId: string | null;
  messages: Array<{ id: string; role: "user" | "assistant"; content: string }>;
}

export async function seedFolder(db: Db, userId: string, name: string): Promise<string> {
  const [row] = await db.insert(folders).values({ userId, name }).returning({ id: folders.id });
  return row!.id;
}

export async function seedConversation(
  db: Db,
  keyRing: KeyRing,
  userId: string,
  input: { title: string | null; folderId?: string | null; contents: string[]; start?: Date },
): Promise<SeededConversation> {
  const id = randomUUID();
  const start = input.start ?? new Date("2026-01-10T09:00:00Z");
  await db.insert(conversations).values({
    id,
    userId,
    folderId: input.folderId ?? null,
    ...(input.title === null ? {} : sealTitle(keyRing, id, input.title)),
    titleSet: input.title !== null,
    createdAt: start,
    updatedAt: start,
  });
  const seeded: SeededConversation["messages"] = input.contents.map((content, i) => ({
    id: randomUUID(),
    role: i % 2 === 0 ? "user" : "assistant",
    content,
  }));
  await insertMessages(db, keyRing, userId, id, seeded, start);
  return { id, title: input.title, folderId: input.folderId ?? null, messages: seeded };
}

/** Batched inserts: one statement per 500 rows keeps 10,000 messages to a few seconds. */
export async function insertMessages(
  db: Db,
  keyRing: KeyRing,
  userId: string,
  conversationId: string,
  rows: Array<{ id: string; role: "user" | "assistant"; content: string }>,
  start: Date,
) {
  for (let i = 0; i < rows.length; i += 500) {
    await db.insert(messages).values(
      rows.slice(i, i + 500).map((m, j) => ({
        id: m.id,
        userId,
        conversationId,
        role: m.role,
        ...sealMessage(keyRing, m.id, m.content),
        redactions: (m.content.includes("[name removed for privacy]") ? { name: 1 } : {}) as Record<
          string,
          number
        >,
        createdAt: new Date(start.getTime() + (i + j + 1) * 1000),
      })),
    );
  }
}
