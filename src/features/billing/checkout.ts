/** Checkout and Customer Portal sessions: Stripe hosts every page that touches payment details. */
import { AppError } from "../../server/errors.ts";
import { ensureCustomer } from "./customer.ts";
import { type BillingDeps, findSubscription } from "./plan.ts";
import { callStripe, getStripe } from "./stripe-client.ts";

/** Statuses of a subscription that still exists and can be managed in the portal. */
const LIVE = new Set(["active", "trialing", "past_due", "unpaid", "incomplete", "paused"]);

export async function createCheckoutUrl(deps: BillingDeps, userId: string, baseUrl: string): Promise<string> {
  const priceId = deps.config.stripe?.priceId;
  if (!priceId) throw new AppError("not_found", "Upgrading is not available on this server.");
  const existing = await findSubscription(deps.db, userId);
  if (existing?.status && LIVE.has(existing.status)) {
    throw new AppError(
      "conflict",
      "You already have a subscription. Manage it from Settings with “Manage subscription”.",
      { details: { manage: "/api/billing/portal" } },
    );
  }
  const customerId = await ensureCustomer(deps, userId);
  const stripe = getStripe(deps.config);
  const session = await callStripe("start the checkout", () =>
    stripe.checkout.sessions.create({
      mode: "subscription",
      customer: customerId,
      line_items: [{ price: priceId, quantity: 1 }],
      client_reference_id: userId,
      metadata: { userId },
      subscription_data: { metadata: { userId } },
      success_url: `${baseUrl}/settings?billing=success`,
      cancel_url: `${baseUrl}/settings?billing=cancelled`,
    }),
  );
  if (!session.url)
    throw new AppError("provider_error", "The payment provider did not return a checkout page.");
  return session.url;
}

export async function createPortalUrl(deps: BillingDeps, userId: string, baseUrl: string): Promise<string> {
  const existing = await findSubscription(deps.db, userId);
  if (!existing) {
    throw new AppError("conflict", "There is no billing account to manage yet. Upgrade to Pro first.", {
      details: { upgrade: "/api/billing/checkout" },
    });
  }
  const stripe = getStripe(deps.config);
  const session = await callStripe("open the billing portal", () =>
    stripe.billingPortal.sessions.create({
      customer: existing.stripeCustomerId,
      return_url: `${baseUrl}/settings`,
    }),
  );
  return session.url;
}
