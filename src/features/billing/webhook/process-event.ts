/**
 * Applies one verified event exactly once. The event id is inserted in the same transaction as
 * the effect: a replay finds the id and does nothing; a concurrent duplicate waits on the primary
 * key until the first commits, then does nothing. If the effect fails (Stripe unreachable), the id
 * rolls back with it and Stripe's retry gets another chance.
 */
import type Stripe from "stripe";
import { stripeEvents } from "../../../db/schema.ts";
import type { BillingDeps } from "../plan.ts";
import { getStripe } from "../stripe-client.ts";
import { onCheckoutCompleted } from "./on-checkout-completed.ts";
import { onInvoicePaymentFailed, onSubscriptionEvent } from "./on-customer-event.ts";
import type { EventHandler } from "./types.ts";

const HANDLERS: Partial<Record<string, EventHandler>> = {
  "checkout.session.completed": onCheckoutCompleted,
  "customer.subscription.created": onSubscriptionEvent,
  "customer.subscription.updated": onSubscriptionEvent,
  "customer.subscription.deleted": onSubscriptionEvent,
  "invoice.payment_failed": onInvoicePaymentFailed,
};

export async function processStripeEvent(
  deps: BillingDeps,
  event: Stripe.Event,
): Promise<{ duplicate: boolean }> {
  const stripe = getStripe(deps.config);
  return deps.db.transaction(async (tx) => {
    const inserted = await tx
      .insert(stripeEvents)
      .values({ id: event.id, type: event.type, processedAt: deps.clock.now() })
      .onConflictDoNothing()
      .returning({ id: stripeEvents.id });
    if (inserted.length === 0) return { duplicate: true };
    const handler = HANDLERS[event.type];
    if (handler) await handler({ tx, stripe, clock: deps.clock }, event);
    return { duplicate: false };
  });
}
