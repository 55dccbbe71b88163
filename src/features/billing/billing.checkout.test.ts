import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type FakeStripe, fakeStripeEnv, startFakeStripe } from "../../../test/fake-stripe.ts";
import { createTestApp, signedInClient, type TestApp, TestClient } from "../../../test/helper.ts";
import { subscriptions } from "../../db/schema.ts";
import { createManualClock } from "../../lib/clock.ts";

let fake: FakeStripe;
let t: TestApp;
const clock = createManualClock(new Date("2026-03-10T12:00:00Z"));

beforeAll(async () => {
  fake = await startFakeStripe();
  fake.useClock(clock.now);
  t = await createTestApp({ env: fakeStripeEnv(fake, { PUBLIC_URL: "https://aluma.example" }), clock });
});
afterAll(async () => {
  await t.close();
  await fake.close();
});
beforeEach(() => fake.setMode("ok"));

const rowOf = async (userId: string) =>
  (await t.database.db.select().from(subscriptions).where(eq(subscriptions.userId, userId)))[0];

describe("POST /api/billing/checkout", () => {
  it("creates one customer, stores it, and returns a subscription Checkout URL", async () => {
    const { client, user, email } = await signedInClient(t.app);
    const res = await client.post("/api/billing/checkout", {});
    expect(res.statusCode).toBe(200);
    expect(res.json().url).toMatch(/^https:\/\/checkout\.stripe\.test\/c\/pay\/cs_test_/);

    const row = await rowOf(user.id);
    expect(row).toMatchObject({ plan: "free", status: null, stripeSubscriptionId: null });
    const [created] = fake.callsTo("POST", "/v1/customers").filter((r) => r.params.email === email);
    expect(created!.params).toMatchObject({ metadata: { userId: user.id } });
    expect(fake.customers.has(row!.stripeCustomerId)).toBe(true);

    const session = fake.callsTo("POST", "/v1/checkout/sessions").at(-1)!;
    expect(session.params).toMatchObject({
      mode: "subscription",
      customer: row!.stripeCustomerId,
      client_reference_id: user.id,
      metadata: { userId: user.id },
      line_items: { "0": { price: "price_pro", quantity: "1" } },
      success_url: "https://aluma.example/settings?billing=success",
      cancel_url: "https://aluma.example/settings?billing=cancelled",
    });
  });

  it("reuses the customer on a second checkout", async () => {
    const { client, user } = await signedInClient(t.app);
    await client.post("/api/billing/checkout", {});
    const before = fake.callsTo("POST", "/v1/customers").length;
    const res = await client.post("/api/billing/checkout", {});
    expect(res.statusCode).toBe(200);
    expect(fake.callsTo("POST", "/v1/customers").length).toBe(before);
    const sessions = fake.callsTo("POST", "/v1/checkout/sessions").slice(-2);
    expect(sessions[0]!.params.customer).toBe((await rowOf(user.id))!.stripeCustomerId);
    expect(sessions[1]!.params.customer).toBe(sessions[0]!.params.customer);
  });

  it("creates a single customer when two checkouts race", async () => {
    const { client, user, email } = await signedInClient(t.app);
    await client.csrf();
    const [a, b] = await Promise.all([
      client.post("/api/billing/checkout", {}),
      client.post("/api/billing/checkout", {}),
    ]);
    expect([a.statusCode, b.statusCode]).toEqual([200, 200]);
    const row = await rowOf(user.id);
    const created = fake.callsTo("POST", "/v1/customers").filter((r) => r.params.email === email);
    // Both calls carried one idempotency key, so Stripe made one customer and no orphan exists.
    expect(new Set(created.map((r) => r.idempotencyKey)).size).toBe(1);
    expect([...fake.customers.values()].filter((c) => c.email === email).map((c) => c.id)).toEqual([
      row!.stripeCustomerId,
    ]);
  });

  it("refuses a second subscription while one is live", async () => {
    const { client, user } = await signedInClient(t.app);
    await client.post("/api/billing/checkout", {});
    await t.database.db
      .update(subscriptions)
      .set({ status: "active", plan: "pro" })
      .where(eq(subscriptions.userId, user.id));
    const res = await client.post("/api/billing/checkout", {});
    expect(res.statusCode).toBe(409);
    expect(res.json().error.message).toMatch(/already have a subscription/);
  });

  it("answers a clear 502 and stores nothing when Stripe is unreachable", async () => {
    const { client, user } = await signedInClient(t.app);
    await client.csrf();
    fake.setMode("down");
    const res = await client.post("/api/billing/checkout", {});
    expect(res.statusCode).toBe(502);
    expect(res.json().error).toEqual({
      code: "provider_error",
      message: "The payment provider could not start the checkout. Please try again in a moment.",
    });
    expect(await rowOf(user.id)).toBeUndefined();
  });

  it("requires a session and the CSRF token", async () => {
    const anonymous = new TestClient(t.app);
    expect((await anonymous.post("/api/billing/checkout", {})).statusCode).toBe(401);
    const { client } = await signedInClient(t.app);
    const res = await client.post("/api/billing/checkout", {}, { headers: { "x-csrf-token": "nope" } });
    expect(res.statusCode).toBe(403);
  });
});

describe("POST /api/billing/portal", () => {
  it("answers 409 with the upgrade path before the user has a customer", async () => {
    const { client } = await signedInClient(t.app);
    const res = await client.post("/api/billing/portal", {});
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toMatchObject({
      code: "conflict",
      details: { upgrade: "/api/billing/checkout" },
    });
  });

  it("returns a Customer Portal URL for the user's customer", async () => {
    const { client, user } = await signedInClient(t.app);
    await client.post("/api/billing/checkout", {});
    const res = await client.post("/api/billing/portal", {});
    expect(res.statusCode).toBe(200);
    expect(res.json().url).toMatch(/^https:\/\/billing\.stripe\.test\/p\/session\//);
    expect(fake.callsTo("POST", "/v1/billing_portal/sessions").at(-1)!.params).toEqual({
      customer: (await rowOf(user.id))!.stripeCustomerId,
      return_url: "https://aluma.example/settings",
    });
  });

  it("answers 502 when Stripe fails", async () => {
    const { client } = await signedInClient(t.app);
    await client.post("/api/billing/checkout", {});
    fake.setMode("fail");
    const res = await client.post("/api/billing/portal", {});
    expect(res.statusCode).toBe(502);
    expect(res.json().error.code).toBe("provider_error");
  });
});
