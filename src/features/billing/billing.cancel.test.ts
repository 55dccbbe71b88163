import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type FakeStripe, fakeStripeEnv, startFakeStripe } from "../../../test/fake-stripe.ts";
import { createTestApp, signedInClient, type TestApp } from "../../../test/helper.ts";
import { subscriptions } from "../../db/schema.ts";
import { AppError } from "../../server/errors.ts";
import { cancelBillingForUser } from "./cancel.ts";

let fake: FakeStripe;
let t: TestApp;

beforeAll(async () => {
  fake = await startFakeStripe();
  t = await createTestApp({ env: fakeStripeEnv(fake) });
});
afterAll(async () => {
  await t.close();
  await fake.close();
});
beforeEach(() => fake.setMode("ok"));

async function subscribedUser() {
  const { client, user } = await signedInClient(t.app);
  await client.post("/api/billing/checkout", {});
  const [row] = await t.database.db.select().from(subscriptions).where(eq(subscriptions.userId, user.id));
  const customerId = row!.stripeCustomerId;
  const end = new Date(Date.now() + 30 * 86_400_000);
  const live = fake.setSubscription({ customer: customerId, status: "active", currentPeriodEnd: end });
  const old = fake.setSubscription({ customer: customerId, status: "canceled", currentPeriodEnd: end });
  return { user, customerId, live, old };
}

describe("cancelBillingForUser", () => {
  it("cancels live subscriptions and deletes the Stripe customer", async () => {
    const { user, customerId, live, old } = await subscribedUser();
    await cancelBillingForUser(t.app.deps, user.id);
    expect(fake.subscriptions.get(live.id)!.status).toBe("canceled");
    expect(fake.callsTo("DELETE", `/v1/subscriptions/${live.id}`)).toHaveLength(1);
    expect(fake.callsTo("DELETE", `/v1/subscriptions/${old.id}`)).toHaveLength(0);
    expect(fake.customers.has(customerId)).toBe(false);
    expect(await t.database.db.select().from(subscriptions).where(eq(subscriptions.userId, user.id))).toEqual(
      [],
    );
    // A second call (a retried deletion) has nothing left to do and does not fail.
    await cancelBillingForUser(t.app.deps, user.id);
  });

  it("does nothing for a user who never had a customer", async () => {
    const { user } = await signedInClient(t.app);
    const before = fake.requests.length;
    await cancelBillingForUser(t.app.deps, user.id);
    expect(fake.requests.length).toBe(before);
  });

  it("throws a clear 502 and changes nothing when Stripe is unreachable", async () => {
    const { user, customerId, live } = await subscribedUser();
    fake.setMode("down");
    const error = await cancelBillingForUser(t.app.deps, user.id).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ status: 502, code: "provider_error" });
    expect((error as AppError).message).toMatch(/payment provider could not cancel the subscription/);
    fake.setMode("ok");
    expect(fake.subscriptions.get(live.id)!.status).toBe("active");
    expect(fake.customers.has(customerId)).toBe(true);
    expect(
      await t.database.db.select().from(subscriptions).where(eq(subscriptions.userId, user.id)),
    ).toHaveLength(1);
  });

  it("treats a customer already deleted at Stripe as done", async () => {
    const { user, customerId } = await subscribedUser();
    fake.customers.delete(customerId);
    await cancelBillingForUser(t.app.deps, user.id);
    expect(await t.database.db.select().from(subscriptions).where(eq(subscriptions.userId, user.id))).toEqual(
      [],
    );
  });
});
