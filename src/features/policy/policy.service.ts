import { desc, eq } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { policyAcceptances } from "../../db/schema.ts";
import type { Clock } from "../../lib/clock.ts";
import { POLICY_VERSION } from "./policy.ts";

export async function latestAcceptedPolicy(db: Db, userId: string): Promise<string | null> {
  const [row] = await db
    .select({ version: policyAcceptances.version })
    .from(policyAcceptances)
    .where(eq(policyAcceptances.userId, userId))
    .orderBy(desc(policyAcceptances.acceptedAt))
    .limit(1);
  return row?.version ?? null;
}

/** Every acceptance is kept (not updated in place): the history is what the user agreed to, when. */
export async function acceptPolicy(db: Db, clock: Clock, userId: string) {
  const [row] = await db
    .insert(policyAcceptances)
    .values({ userId, version: POLICY_VERSION, acceptedAt: clock.now() })
    .returning({ version: policyAcceptances.version, acceptedAt: policyAcceptances.acceptedAt });
  return { version: row!.version, acceptedAt: row!.acceptedAt.toISOString() };
}
