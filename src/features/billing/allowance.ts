/**
 * The Free plan's monthly message allowance. Chat calls assertMessageAllowed before sending and
 * recordMessageSent after the user's message is stored, so a rejected or failed attempt never
 * counts. Months are calendar months in UTC, keyed "YYYY-MM", taken from the injected clock.
 */
import { and, eq, sql } from "drizzle-orm";
import { messageUsage } from "../../db/schema.ts";
import { AppError } from "../../server/errors.ts";
import { type BillingDeps, isBillingEnabled, type Plan, resolvePlan } from "./plan.ts";

export const UPGRADE_PATH = "/api/billing/checkout";

export interface Allowance {
  limit: number;
  used: number;
  remaining: number;
}

export function usageMonth(now: Date): string {
  return now.toISOString().slice(0, 7);
}

export async function countMessagesThisMonth(deps: BillingDeps, userId: string): Promise<number> {
  const [row] = await deps.db
    .select({ count: messageUsage.count })
    .from(messageUsage)
    .where(and(eq(messageUsage.userId, userId), eq(messageUsage.month, usageMonth(deps.clock.now()))))
    .limit(1);
  return row?.count ?? 0;
}

/** The allowance of a Free account; null for Pro and unlimited ones. */
export async function describeAllowance(
  deps: BillingDeps,
  userId: string,
  plan: Plan,
): Promise<Allowance | null> {
  if (plan !== "free") return null;
  const limit = deps.config.freeMessagesPerMonth;
  const used = await countMessagesThisMonth(deps, userId);
  return { limit, used, remaining: Math.max(0, limit - used) };
}

/** Throws 402 payment_required when a Free account has used this month's allowance. */
export async function assertMessageAllowed(deps: BillingDeps, userId: string): Promise<void> {
  if (!isBillingEnabled(deps.config)) return;
  const { plan } = await resolvePlan(deps, userId);
  const allowance = await describeAllowance(deps, userId, plan);
  if (allowance && allowance.remaining <= 0) {
    throw new AppError(
      "payment_required",
      `You have used all ${allowance.limit} messages of the Free plan this month. Upgrade to Pro for unlimited messages, or wait until next month.`,
      { details: { upgrade: UPGRADE_PATH, limit: allowance.limit, used: allowance.used } },
    );
  }
}

/** Counts one accepted message. Atomic upsert, so concurrent sends never lose a count. */
export async function recordMessageSent(deps: BillingDeps, userId: string): Promise<void> {
  // Counted for every plan while billing is on: a Pro account that lapses mid-month keeps its
  // real usage. With billing off nothing is metered.
  if (!isBillingEnabled(deps.config)) return;
  await deps.db
    .insert(messageUsage)
    .values({ userId, month: usageMonth(deps.clock.now()), count: 1 })
    .onConflictDoUpdate({
      target: [messageUsage.userId, messageUsage.month],
      set: { count: sql`${messageUsage.count} + 1` },
    });
}
