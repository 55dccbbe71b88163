/**
 * Account deletion ends billing first: cancel every live subscription, then delete the Stripe
 * customer (which also removes their saved payment methods at Stripe). If Stripe cannot be
 * reached this throws provider_error (502) so the caller aborts the deletion instead of leaving a
 * subscription that keeps charging someone whose account no longer exists.
 */
import { eq } from "drizzle-orm";
import { subscriptions } from "../../db/schema.ts";
import type { BillingDeps } from "./plan.ts";
import { findSubscription, isBillingEnabled } from "./plan.ts";
import { callStripe, getStripe } from "./stripe-client.ts";

const ENDED = new Set(["canceled", "incomplete_expired"]);

export async function cancelBillingForUser(deps: BillingDeps, userId: string): Promise<void> {
  if (!isBillingEnabled(deps.config)) return;
  const row = await findSubscription(deps.db, userId);
  if (!row) return;
  const stripe = getStripe(deps.config);
  const customerId = row.stripeCustomerId;

  await callStripe("cancel the subscription", async () => {
    // List by customer rather than trusting our stored id alone: a second checkout or a
    // subscription created in the dashboard would otherwise survive the deletion.
    for await (const sub of stripe.subscriptions.list({ customer: customerId, status: "all", limit: 100 })) {
      if (!ENDED.has(sub.status)) await stripe.subscriptions.cancel(sub.id);
    }
  });
  await callStripe("delete the customer", async () => {
    try {
      await stripe.customers.del(customerId);
    } catch (error) {
      // Already gone at Stripe (deleted in the dashboard): the goal is reached.
      if (isMissingResource(error)) return;
      throw error;
    }
  });
  // The row would cascade with the user anyway; removing it here keeps a retried deletion from
  // calling Stripe again for a customer that no longer exists.
  await deps.db.delete(subscriptions).where(eq(subscriptions.userId, userId));
}

function isMissingResource(error: unknown): boolean {
  return (
    typeof error === "object" &&
    error !== null &&
    "code" in error &&
    (error as { code?: unknown }).code === "resource_missing"
  );
}
