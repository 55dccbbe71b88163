/**
 * customer.subscription.created|updated|deleted and invoice.payment_failed: each only names the
 * customer whose subscription state to re-read. A failed payment moves the subscription to
 * past_due at Stripe, which starts the grace period here.
 */
import type Stripe from "stripe";
import { idOf } from "../stripe-client.ts";
import { syncCustomer } from "./sync-customer.ts";
import type { EventHandler } from "./types.ts";

export const onSubscriptionEvent: EventHandler = async (ctx, event) => {
  const subscription = event.data.object as Stripe.Subscription;
  const customerId = idOf(subscription.customer);
  if (customerId) await syncCustomer(ctx, customerId);
};

export const onInvoicePaymentFailed: EventHandler = async (ctx, event) => {
  const invoice = event.data.object as Stripe.Invoice;
  const customerId = idOf(invoice.customer);
  if (customerId) await syncCustomer(ctx, customerId);
};
