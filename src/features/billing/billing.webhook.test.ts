import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { deliverEvent, type FakeStripe, fakeStripeEnv, startFakeStripe } from "../../../test/fake-stripe.ts";
import { createTestApp, signedInClient, type TestApp } from "../../../test/helper.ts";
import { stripeEvents, subscriptions } from "../../db/schema.ts";
import { createManualClock } from "../../lib/clock.ts";

let fake: FakeStripe;
let t: TestApp;
const clock = createManualClock(new Date("2026-03-10T12:00:00Z"));
const DAY = 86_400_000;

beforeAll(async () => {
  fake = await startFakeStripe();
  fake.useClock(clock.now);
  t = await createTestApp({ env: fakeStripeEnv(fake), clock });
});
afterAll(async () => {
  await t.close();
  await fake.close();
});
beforeEach(() => fake.setMode("ok"));

const rowOf = async (userId: string) =>
  (await t.database.db.select().from(subscriptions).where(eq(subscriptions.userId, userId)))[0]!;
const eventRows = (id: string) => t.database.db.select().from(stripeEvents).where(eq(stripeEvents.id, id));

/** A signed-in user who went through checkout, so a customer exists. */
async function customerUser() {
  const account = await signedInClient(t.app);
  expect((await account.client.post("/api/billing/checkout", {})).statusCode).toBe(200);
  const customerId = (await rowOf(account.user.id)).stripeCustomerId;
  return { ...account, customerId };
}

const deliver = (type: string, object: Record<string, unknown>, opts: { id?: string; at?: Date } = {}) =>
  deliverEvent(t.app, type, object, { at: clock.now(), ...opts });

/** A customer with one subscription at Stripe (period ending tomorrow), and the event object for it. */
async function subscriber(status: "active" | "trialing") {
  const account = await customerUser();
  const sub = fake.setSubscription({
    customer: account.customerId,
    status,
    currentPeriodEnd: new Date(clock.now().getTime() + DAY),
  });
  const object = { id: sub.id, object: "subscription", customer: account.customerId, status };
  return { ...account, object };
}

describe("POST /api/billing/webhook", () => {
  it("applies checkout.session.completed from the re-fetched subscription", async () => {
    const { client, user, customerId } = await customerUser();
    const periodEnd = new Date(clock.now().getTime() + 30 * DAY);
    const sub = fake.setSubscription({ customer: customerId, status: "active", currentPeriodEnd: periodEnd });
    const res = await deliver(
      "checkout.session.completed",
      {
        id: "cs_1",
        object: "checkout.session",
        mode: "subscription",
        customer: customerId,
        client_reference_id: user.id,
        subscription: sub.id,
      },
      { id: "evt_checkout_1" },
    );
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ received: true });
    expect(await rowOf(user.id)).toMatchObject({
      stripeSubscriptionId: sub.id,
      status: "active",
      plan: "pro",
      currentPeriodEnd: new Date(Math.floor(periodEnd.getTime() / 1000) * 1000),
    });
    expect(await eventRows("evt_checkout_1")).toHaveLength(1);
    const me = (await client.get("/api/me")).json();
    expect(me).toMatchObject({
      plan: "pro",
      subscriptionStatus: "active",
      billingEnabled: true,
      allowance: null,
    });
  });

  it("refuses a tampered body or a stale timestamp with 400 and changes nothing", async () => {
    const { user, object } = await subscriber("active");

    const tampered = await deliverEvent(t.app, "customer.subscription.updated", object, {
      at: clock.now(),
      id: "evt_tampered",
      tamper: (p) => p.replace('"active"', '"canceled"'),
    });
    expect(tampered.statusCode).toBe(400);
    expect(tampered.json().error.message).toBe("Invalid Stripe signature.");

    const stale = await deliver("customer.subscription.updated", object, {
      id: "evt_stale",
      at: new Date(clock.now().getTime() - 10 * 60_000),
    });
    expect(stale.statusCode).toBe(400);

    const wrongSecret = await deliverEvent(t.app, "customer.subscription.updated", object, {
      at: clock.now(),
      id: "evt_wrong_secret",
      secret: "whsec_someone_else",
    });
    expect(wrongSecret.statusCode).toBe(400);

    const unsigned = await t.app.inject({
      method: "POST",
      url: "/api/billing/webhook",
      headers: { "content-type": "application/json" },
      payload: JSON.stringify({ id: "evt_unsigned", type: "customer.subscription.updated" }),
    });
    expect(unsigned.statusCode).toBe(400);

    expect(await rowOf(user.id)).toMatchObject({ status: null, plan: "free" });
    for (const id of ["evt_tampered", "evt_stale", "evt_wrong_secret", "evt_unsigned"]) {
      expect(await eventRows(id)).toHaveLength(0);
    }
  });

  it("applies a replayed event once", async () => {
    const { user, object } = await subscriber("active");
    const first = await deliver("customer.subscription.created", object, { id: "evt_replay" });
    const listCalls = fake.callsTo("GET", "/v1/subscriptions").length;
    const second = await deliver("customer.subscription.created", object, { id: "evt_replay" });
    expect([first.statusCode, second.statusCode]).toEqual([200, 200]);
    expect(await eventRows("evt_replay")).toHaveLength(1);
    // The replay did not even reach Stripe: it stopped at the recorded id.
    expect(fake.callsTo("GET", "/v1/subscriptions").length).toBe(listCalls);
    expect((await rowOf(user.id)).status).toBe("active");
  });

  it("applies two concurrent deliveries of one event once", async () => {
    const { user, object } = await subscriber("trialing");
    const listCalls = fake.callsTo("GET", "/v1/subscriptions").length;
    const [a, b] = await Promise.all([
      deliver("customer.subscription.created", object, { id: "evt_concurrent" }),
      deliver("customer.subscription.created", object, { id: "evt_concurrent" }),
    ]);
    expect([a.statusCode, b.statusCode]).toEqual([200, 200]);
    expect(await eventRows("evt_concurrent")).toHaveLength(1);
    expect(fake.callsTo("GET", "/v1/subscriptions").length).toBe(listCalls + 1);
    expect(await rowOf(user.id)).toMatchObject({ status: "trialing", plan: "pro" });
  });

  it("ends in Stripe's current state when events arrive in reverse order", async () => {
    const { user, customerId } = await customerUser();
    const end = new Date(clock.now().getTime() + 30 * DAY);
    // What happened at Stripe: created (incomplete) → updated (active) → deleted (canceled).
    const sub = fake.setSubscription({ customer: customerId, status: "canceled", currentPeriodEnd: end });
    const snapshot = (status: string) => ({
      id: sub.id,
      object: "subscription",
      customer: customerId,
      status,
    });
    for (const [type, status] of [
      ["customer.subscription.deleted", "canceled"],
      ["customer.subscription.updated", "active"],
      ["customer.subscription.created", "incomplete"],
    ] as const) {
      expect((await deliver(type, snapshot(status))).statusCode).toBe(200);
    }
    expect(await rowOf(user.id)).toMatchObject({
      status: "canceled",
      plan: "free",
      stripeSubscriptionId: sub.id,
    });

    // And the other way round: an old "incomplete" snapshot arriving after "active" changes nothing.
    fake.setSubscription({ id: sub.id, customer: customerId, status: "active", currentPeriodEnd: end });
    await deliver("customer.subscription.updated", snapshot("active"));
    await deliver("customer.subscription.created", snapshot("incomplete"));
    expect(await rowOf(user.id)).toMatchObject({ status: "active", plan: "pro" });
  });

  it("moves to past_due on invoice.payment_failed", async () => {
    const { user, customerId } = await customerUser();
    const sub = fake.setSubscription({
      customer: customerId,
      status: "past_due",
      currentPeriodEnd: new Date(clock.now().getTime() + DAY),
    });
    const res = await deliver("invoice.payment_failed", {
      id: "in_1",
      object: "invoice",
      customer: customerId,
      subscription: sub.id,
    });
    expect(res.statusCode).toBe(200);
    expect(await rowOf(user.id)).toMatchObject({ status: "past_due", plan: "pro" });
  });

  it("records an unknown event type with no effect", async () => {
    const { user } = await customerUser();
    const res = await deliver(
      "customer.tax_id.created",
      { id: "txi_1", object: "tax_id" },
      { id: "evt_unknown" },
    );
    expect(res.statusCode).toBe(200);
    expect(await eventRows("evt_unknown")).toMatchObject([{ type: "customer.tax_id.created" }]);
    expect(await rowOf(user.id)).toMatchObject({ status: null, plan: "free" });
  });

  it("ignores events about customers that are not ours", async () => {
    const res = await deliver("customer.subscription.updated", {
      id: "sub_x",
      object: "subscription",
      customer: "cus_unknown",
      status: "active",
    });
    expect(res.statusCode).toBe(200);
  });

  it("answers 502 and records nothing when Stripe cannot be reached, so the retry applies it", async () => {
    const { user, object } = await subscriber("active");
    fake.setMode("down");
    const failed = await deliver("customer.subscription.created", object, { id: "evt_retry" });
    expect(failed.statusCode).toBe(502);
    expect(failed.json().error.code).toBe("provider_error");
    expect(await eventRows("evt_retry")).toHaveLength(0);
    expect((await rowOf(user.id)).status).toBeNull();

    fake.setMode("ok");
    const retried = await deliver("customer.subscription.created", object, { id: "evt_retry" });
    expect(retried.statusCode).toBe(200);
    expect((await rowOf(user.id)).status).toBe("active");
  });

  it("keeps the normal JSON parser for every other route", async () => {
    const { client } = await signedInClient(t.app);
    const res = await client.patch("/api/me", { name: "Still Parsed" });
    expect(res.statusCode).toBe(200);
    expect(res.json().name).toBe("Still Parsed");
  });
});
