/**
 * Research contribution (policy section 4). For an opted-in user, a redacted message is classified
 * in memory and only `(week, label) += 1` counters are written: no user, conversation or message
 * id, no text, no finer time than the week. The opt-in is read from the database on every call,
 * so an opt-out stops contributions from the very next message.
 */
import { eq, sql } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { researchCounts, users } from "../../db/schema.ts";
import type { Clock } from "../../lib/clock.ts";
import { classifyMessage } from "../../research/classify.ts";
import { weekStart } from "./week.ts";

/** Counts every contribution, labelled or not: the denominator k-anonymity is checked against. */
export const MESSAGES_LABEL = "_messages";

export async function isResearchOptedIn(db: Db, userId: string): Promise<boolean> {
  const [row] = await db
    .select({ optIn: users.researchOptIn })
    .from(users)
    .where(eq(users.id, userId))
    .limit(1);
  return row?.optIn === true;
}

/**
 * Call after storing each user message, with the redacted text. Returns whether it counted.
 * Never throws: research is optional and must not fail the user's message; a failure loses one
 * contribution and nothing else (and there is nothing identifying to log about it).
 */
export async function contributeMessage(
  deps: { db: Db; clock: Clock },
  userId: string,
  redactedText: string,
): Promise<boolean> {
  try {
    if (!(await isResearchOptedIn(deps.db, userId))) return false;
    const { emotions, barriers, values } = classifyMessage(redactedText);
    const week = weekStart(deps.clock.now());
    const labels = [MESSAGES_LABEL, ...new Set<string>([...emotions, ...barriers, ...values])];
    // One statement: the counters of one message move together or not at all.
    await deps.db
      .insert(researchCounts)
      .values(labels.map((label) => ({ week, label, count: 1 })))
      .onConflictDoUpdate({
        target: [researchCounts.week, researchCounts.label],
        set: { count: sql`${researchCounts.count} + 1` },
      });
    return true;
  } catch {
    return false;
  }
}
