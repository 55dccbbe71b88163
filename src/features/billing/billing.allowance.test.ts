import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deliverEvent, type FakeStripe, fakeStripeEnv, startFakeStripe } from "../../../test/fake-stripe.ts";
import { createTestApp, signedInClient, type TestApp } from "../../../test/helper.ts";
import { messageUsage, subscriptions } from "../../db/schema.ts";
import { createManualClock } from "../../lib/clock.ts";
import { AppError } from "../../server/errors.ts";
import { assertMessageAllowed, recordMessageSent } from "./allowance.ts";

let fake: FakeStripe;
let t: TestApp;
const clock = createManualClock(new Date("2026-03-10T12:00:00Z"));
const DAY = 86_400_000;

beforeAll(async () => {
  fake = await startFakeStripe();
  fake.useClock(clock.now);
  t = await createTestApp({
    env: fakeStripeEnv(fake, {
      FREE_MESSAGES_PER_MONTH: "3",
      SESSION_IDLE_DAYS: "90",
      SESSION_ABSOLUTE_DAYS: "90",
    }),
    clock,
  });
});
afterAll(async () => {
  await t.close();
  await fake.close();
});

/** Sends one message the way chat does: check, then count once the message is stored. */
async function sendMessage(userId: string) {
  await assertMessageAllowed(t.app.deps, userId);
  await recordMessageSent(t.app.deps, userId);
}

async function rejection(userId: string): Promise<AppError> {
  const error = await assertMessageAllowed(t.app.deps, userId).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe("Free allowance", () => {
  it("counts messages per UTC month, refuses with 402 at the limit and resets next month", async () => {
    clock.set(new Date("2026-03-10T12:00:00Z"));
    const { client, user } = await signedInClient(t.app);
    expect((await client.get("/api/me")).json()).toMatchObject({
      plan: "free",
      subscriptionStatus: null,
      billingEnabled: true,
      allowance: { limit: 3, used: 0, remaining: 3 },
    });

    for (let i = 0; i < 3; i++) await sendMessage(user.id);
    expect((await client.get("/api/me")).json().allowance).toEqual({ limit: 3, used: 3, remaining: 0 });

    const error = await rejection(user.id);
    expect(error.status).toBe(402);
    expect(error.code).toBe("payment_required");
    expect(error.message).toMatch(/used all 3 messages of the Free plan this month.*Upgrade to Pro/);
    expect(error.details).toMatchObject({ upgrade: "/api/billing/checkout" });
    // A refused attempt is not counted.
    expect((await client.get("/api/me")).json().allowance.used).toBe(3);

    // 23:59 on the last day of March UTC is still March; one minute later is April.
    clock.set(new Date("2026-03-31T23:59:00Z"));
    await expect(assertMessageAllowed(t.app.deps, user.id)).rejects.toThrow(AppError);
    clock.set(new Date("2026-04-01T00:00:00Z"));
    await sendMessage(user.id);
    expect((await client.get("/api/me")).json().allowance).toEqual({ limit: 3, used: 1, remaining: 2 });
    const months = await t.database.db.select().from(messageUsage).where(eq(messageUsage.userId, user.id));
    expect(months.map((m) => [m.month, m.count]).sort()).toEqual([
      ["2026-03", 3],
      ["2026-04", 1],
    ]);
  });

  it("counts concurrent sends exactly", async () => {
    const { user } = await signedInClient(t.app);
    await Promise.all(Array.from({ length: 8 }, () => recordMessageSent(t.app.deps, user.id)));
    const [row] = await t.database.db
      .select()
      .from(messageUsage)
      .where(and(eq(messageUsage.userId, user.id)));
    expect(row!.count).toBe(8);
  });

  it("gives Pro unlimited messages", async () => {
    const { client, user } = await signedInClient(t.app);
    await client.post("/api/billing/checkout", {});
    const [row] = await t.database.db.select().from(subscriptions).where(eq(subscriptions.userId, user.id));
    const sub = fake.setSubscription({
      customer: row!.stripeCustomerId,
      status: "active",
      currentPeriodEnd: new Date(clock.now().getTime() + 30 * DAY),
    });
    await deliverEvent(
      t.app,
      "customer.subscription.created",
      { id: sub.id, object: "subscription", customer: sub.customer },
      { at: clock.now() },
    );
    for (let i = 0; i < 5; i++) await sendMessage(user.id);
    expect((await client.get("/api/me")).json()).toMatchObject({ plan: "pro", allowance: null });
  });
});

describe("past_due grace", () => {
  it("keeps Pro for PAST_DUE_GRACE_DAYS after the period end, then falls back to Free", async () => {
    clock.set(new Date("2026-05-10T12:00:00Z"));
    const { client, user } = await signedInClient(t.app);
    await client.post("/api/billing/checkout", {});
    const [row] = await t.database.db.select().from(subscriptions).where(eq(subscriptions.userId, user.id));
    const periodEnd = new Date("2026-05-09T00:00:00Z");
    const sub = fake.setSubscription({
      customer: row!.stripeCustomerId,
      status: "past_due",
      currentPeriodEnd: periodEnd,
    });
    const res = await deliverEvent(
      t.app,
      "invoice.payment_failed",
      { id: "in_grace", object: "invoice", customer: sub.customer },
      { at: clock.now() },
    );
    expect(res.statusCode).toBe(200);
    for (let i = 0; i < 4; i++) await sendMessage(user.id);
    expect((await client.get("/api/me")).json()).toMatchObject({
      plan: "pro",
      subscriptionStatus: "past_due",
      allowance: null,
    });

    // Grace is 7 days after current_period_end: the last minute still counts as Pro.
    clock.set(new Date(periodEnd.getTime() + 7 * DAY - 60_000));
    expect((await client.get("/api/me")).json().plan).toBe("pro");
    clock.set(new Date(periodEnd.getTime() + 7 * DAY));
    const me = (await client.get("/api/me")).json();
    expect(me).toMatchObject({
      plan: "free",
      subscriptionStatus: "past_due",
      allowance: { limit: 3, used: 4, remaining: 0 },
    });
    expect((await rejection(user.id)).status).toBe(402);
  });
});
