/**
 * checkout.session.completed: normally the customer row already exists (checkout creates it
 * first). If it does not, e.g. a session made outside this app, link it through
 * client_reference_id, then sync.
 */
import { eq } from "drizzle-orm";
import type Stripe from "stripe";
import { z } from "zod";
import { subscriptions, users } from "../../../db/schema.ts";
import { idOf } from "../stripe-client.ts";
import { syncCustomer } from "./sync-customer.ts";
import type { EventHandler } from "./types.ts";

export const onCheckoutCompleted: EventHandler = async (ctx, event) => {
  const session = event.data.object as Stripe.Checkout.Session;
  const customerId = idOf(session.customer);
  if (!customerId || session.mode !== "subscription") return;
  const userId = z.uuid().safeParse(session.client_reference_id);
  if (userId.success) {
    const [user] = await ctx.tx
      .select({ id: users.id })
      .from(users)
      .where(eq(users.id, userId.data))
      .limit(1);
    if (user) {
      await ctx.tx
        .insert(subscriptions)
        .values({ userId: user.id, stripeCustomerId: customerId, plan: "free", updatedAt: ctx.clock.now() })
        .onConflictDoNothing();
    }
  }
  await syncCustomer(ctx, customerId);
};
