/**
 * One Stripe customer per user, created once and reused. The row is stored before any Checkout
 * Session exists, so a webhook arriving later always finds its user by customer id.
 */
import { eq } from "drizzle-orm";
import { subscriptions, users } from "../../db/schema.ts";
import { AppError } from "../../server/errors.ts";
import { type BillingDeps, findSubscription } from "./plan.ts";
import { callStripe, getStripe } from "./stripe-client.ts";

/**
 * Race-safe without holding a database lock across a network call: concurrent callers send the
 * same idempotency key, so Stripe hands them the same customer, and the insert keeps whichever
 * row lands first. A loser whose key had expired (a day later) deletes its orphan customer.
 */
export async function ensureCustomer(deps: BillingDeps, userId: string): Promise<string> {
  const existing = await findSubscription(deps.db, userId);
  if (existing) return existing.stripeCustomerId;

  const [user] = await deps.db
    .select({ email: users.email })
    .from(users)
    .where(eq(users.id, userId))
    .limit(1);
  if (!user) throw new AppError("unauthorized", "Please log in.");

  const stripe = getStripe(deps.config);
  const customer = await callStripe("start the checkout", () =>
    stripe.customers.create(
      // Email only, so Stripe can send receipts; the user id links webhooks back to us.
      { email: user.email, metadata: { userId } },
      { idempotencyKey: `aluma-customer-${userId}` },
    ),
  );

  await deps.db
    .insert(subscriptions)
    .values({ userId, stripeCustomerId: customer.id, plan: "free", updatedAt: deps.clock.now() })
    .onConflictDoNothing({ target: subscriptions.userId });
  const stored = await findSubscription(deps.db, userId);
  if (!stored) throw new AppError("internal", "The billing account could not be saved.");
  if (stored.stripeCustomerId !== customer.id) {
    await stripe.customers.del(customer.id).catch(() => undefined);
  }
  return stored.stripeCustomerId;
}
