/**
 * Which plan a user is on right now. The stored row says what Stripe last told us; time decides
 * the rest (past_due grace), so the answer is computed on read with the injected clock rather than
 * stored, and moves on its own when the grace period runs out.
 */
import { eq } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { subscriptions } from "../../db/schema.ts";
import type { Config } from "../../env.ts";
import type { Clock } from "../../lib/clock.ts";

export type Plan = "free" | "pro" | "unlimited";

export type SubscriptionRow = typeof subscriptions.$inferSelect;

export interface BillingDeps {
  db: Db;
  config: Config;
  clock: Clock;
}

const DAY_MS = 86_400_000;

/** Statuses that grant Pro outright. `past_due` grants it only within the grace period. */
const ENTITLED = new Set(["active", "trialing"]);

export function isBillingEnabled(config: Config): boolean {
  return config.stripe !== undefined;
}

export function effectivePlan(
  row: SubscriptionRow | undefined,
  now: Date,
  graceDays: number,
): "free" | "pro" {
  if (row?.plan !== "pro" || !row.status) return "free";
  if (ENTITLED.has(row.status)) return "pro";
  if (row.status === "past_due" && row.currentPeriodEnd) {
    return now.getTime() < row.currentPeriodEnd.getTime() + graceDays * DAY_MS ? "pro" : "free";
  }
  return "free";
}

export async function findSubscription(db: Db, userId: string): Promise<SubscriptionRow | undefined> {
  const [row] = await db.select().from(subscriptions).where(eq(subscriptions.userId, userId)).limit(1);
  return row;
}

export async function resolvePlan(
  deps: BillingDeps,
  userId: string,
): Promise<{ plan: Plan; row: SubscriptionRow | undefined }> {
  if (!isBillingEnabled(deps.config)) return { plan: "unlimited", row: undefined };
  const row = await findSubscription(deps.db, userId);
  return { plan: effectivePlan(row, deps.clock.now(), deps.config.pastDueGraceDays), row };
}
