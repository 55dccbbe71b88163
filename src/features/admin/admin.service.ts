import { asc, gte } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { featureUsage } from "../../db/schema.ts";
import { utcDay } from "../telemetry/usage.ts";

/** Feature counters per day, oldest first. They hold no user ids, so this is all there is to show. */
export async function listFeatureUsage(db: Db, since: Date) {
  const rows = await db
    .select()
    .from(featureUsage)
    .where(gte(featureUsage.day, utcDay(since)))
    .orderBy(asc(featureUsage.day), asc(featureUsage.feature));
  const days = new Map<string, Record<string, number>>();
  for (const row of rows) {
    const day = String(row.day);
    const features = days.get(day) ?? {};
    features[row.feature] = row.count;
    days.set(day, features);
  }
  return [...days].map(([day, features]) => ({ day, features }));
}
