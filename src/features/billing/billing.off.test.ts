import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, signedInClient, type TestApp } from "../../../test/helper.ts";
import { assertMessageAllowed, recordMessageSent } from "./allowance.ts";
import { cancelBillingForUser } from "./cancel.ts";

let t: TestApp;
beforeAll(async () => {
  // No STRIPE_SECRET_KEY: self-hosted mode.
  t = await createTestApp({ env: { FREE_MESSAGES_PER_MONTH: "1" } });
});
afterAll(async () => t.close());

describe("billing off", () => {
  it("makes every account unlimited", async () => {
    const { client, user } = await signedInClient(t.app);
    for (let i = 0; i < 3; i++) {
      await assertMessageAllowed(t.app.deps, user.id);
      await recordMessageSent(t.app.deps, user.id);
    }
    await cancelBillingForUser(t.app.deps, user.id);
    expect((await client.get("/api/me")).json()).toMatchObject({
      plan: "unlimited",
      subscriptionStatus: null,
      billingEnabled: false,
      allowance: null,
    });
  });

  it("answers 404 on every billing route", async () => {
    const { client } = await signedInClient(t.app);
    for (const path of ["/api/billing/checkout", "/api/billing/portal"]) {
      const res = await client.post(path, {});
      expect(res.statusCode).toBe(404);
      expect(res.json().error.code).toBe("not_found");
    }
    const webhook = await t.app.inject({
      method: "POST",
      url: "/api/billing/webhook",
      headers: { "content-type": "application/json", "stripe-signature": "t=1,v1=x" },
      payload: "{}",
    });
    expect(webhook.statusCode).toBe(404);
  });
});
