/**
 * Feature usage: how often a feature is used per UTC day, and nothing else — no user, no session,
 * no request detail — so the counters cannot say who did what. Other features call
 * `recordFeatureUse(deps, "chat.send")` etc. Names are code constants, never user input.
 */
import { sql } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { featureUsage } from "../../db/schema.ts";
import type { Clock } from "../../lib/clock.ts";

const FEATURE_NAME = /^[a-z][a-z0-9_.-]{0,63}$/;

export const utcDay = (date: Date) => date.toISOString().slice(0, 10);

/**
 * Best effort: a usage counter must never fail the request it counts, so errors are swallowed
 * (they carry no user data to lose, and a database outage surfaces on the request itself).
 */
export async function recordFeatureUse(deps: { db: Db; clock: Clock }, feature: string): Promise<void> {
  if (!FEATURE_NAME.test(feature)) throw new Error("feature names are lower-case code constants");
  try {
    await deps.db
      .insert(featureUsage)
      .values({ day: utcDay(deps.clock.now()), feature, count: 1 })
      .onConflictDoUpdate({
        target: [featureUsage.day, featureUsage.feature],
        set: { count: sql`${featureUsage.count} + 1` },
      });
  } catch {
    // Deliberately ignored; see above.
  }
}
