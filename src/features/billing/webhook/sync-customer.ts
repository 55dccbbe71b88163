/**
 * Events are only triggers: whatever an event says, the customer's subscriptions are re-read from
 * Stripe and the current truth is stored. Late, duplicated or out-of-order deliveries therefore
 * converge on the same final state.
 */
import { eq } from "drizzle-orm";
import type Stripe from "stripe";
import { subscriptions } from "../../../db/schema.ts";
import { callStripe } from "../stripe-client.ts";
import type { HandlerContext } from "./types.ts";

/** Which subscription speaks for the customer when there are several (best first). */
const RANK: Record<string, number> = {
  active: 0,
  trialing: 1,
  past_due: 2,
  unpaid: 3,
  paused: 4,
  incomplete: 5,
};
const GRANTS_PRO = new Set(["active", "trialing", "past_due"]);

export function pickSubscription(list: Stripe.Subscription[]): Stripe.Subscription | undefined {
  return [...list].sort((a, b) => (RANK[a.status] ?? 9) - (RANK[b.status] ?? 9) || b.created - a.created)[0];
}

/** Since API 2025-03-31 the billing period lives on the items; the latest one bounds access. */
export function periodEnd(sub: Stripe.Subscription): Date | null {
  const ends = sub.items.data.map((item) => item.current_period_end).filter((n) => typeof n === "number");
  return ends.length > 0 ? new Date(Math.max(...ends) * 1000) : null;
}

export async function syncCustomer(ctx: HandlerContext, customerId: string): Promise<void> {
  // Lock our row first, so two different events for one customer apply one after the other and
  // the later one reads Stripe after the earlier one has written.
  const [row] = await ctx.tx
    .select({ userId: subscriptions.userId })
    .from(subscriptions)
    .where(eq(subscriptions.stripeCustomerId, customerId))
    .for("update");
  if (!row) return; // Not one of ours (or the account was deleted): nothing to update.

  const list = await callStripe("confirm the subscription", () =>
    ctx.stripe.subscriptions.list({ customer: customerId, status: "all", limit: 20 }),
  );
  const current = pickSubscription(list.data);
  await ctx.tx
    .update(subscriptions)
    .set({
      stripeSubscriptionId: current?.id ?? null,
      status: current?.status ?? null,
      plan: current && GRANTS_PRO.has(current.status) ? "pro" : "free",
      currentPeriodEnd: current ? periodEnd(current) : null,
      updatedAt: ctx.clock.now(),
    })
    .where(eq(subscriptions.userId, row.userId));
}
