import { and, eq } from "drizzle-orm";
import { messages } from "../../db/schema.ts";
import type { AppDeps } from "../../server/deps.ts";
import type { MessageItem } from "../conversations/conversations.schemas.ts";
import { findOwnConversation, toMessageItem } from "../conversations/conversations.service.ts";
import type { ActiveGenerations } from "./active-generations.ts";

/**
 * Stops the answer being written in a conversation, on whichever instance writes it: the status
 * flips to "stopped" in the database (the writer sees it at its next flush); if the writer is
 * this instance, its model call is aborted at once. Returns the stopped message, or null.
 */
export async function stopAnswer(
  deps: AppDeps,
  active: ActiveGenerations,
  userId: string,
  conversationId: string,
): Promise<MessageItem | null> {
  await findOwnConversation(deps.db, userId, conversationId);
  const stopped = await deps.db
    .update(messages)
    .set({ status: "stopped" })
    .where(and(eq(messages.conversationId, conversationId), eq(messages.status, "streaming")))
    .returning({ id: messages.id });
  const [first] = stopped;
  if (!first) return null;
  await active.abort(first.id);
  const [row] = await deps.db.select().from(messages).where(eq(messages.id, first.id)).limit(1);
  return row ? toMessageItem(deps.keyRing, row) : null;
}
