import { desc, eq } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { policyAcceptances } from "../../db/schema.ts";

export async function latestAcceptedPolicy(db: Db, userId: string): Promise<string | null> {
  const [row] = await db
    .select({ version: policyAcceptances.version })
    .from(policyAcceptances)
    .where(eq(policyAcceptances.userId, userId))
    .orderBy(desc(policyAcceptances.acceptedAt))
    .limit(1);
  return row?.version ?? null;
}
