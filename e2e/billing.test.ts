/**
 * With billing on (a local fake Stripe), the sidebar shows the monthly allowance and Settings
 * offers the subscription section, whose Upgrade button hands over to Stripe Checkout.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type FakeStripe, fakeStripeEnv, startFakeStripe } from "../test/fake-stripe.ts";
import { uniqueEmail } from "../test/helper.ts";
import { signUp } from "./flows.ts";
import { DESKTOP, expectAccessible, type Harness, newPage, startHarness } from "./harness.ts";

let fake: FakeStripe;
let harness: Harness;
beforeAll(async () => {
  fake = await startFakeStripe();
  harness = await startHarness(fakeStripeEnv(fake));
});
afterAll(async () => {
  await harness?.close();
  await fake?.close();
});

describe("billing on", () => {
  it("shows the allowance and hands Upgrade over to Stripe Checkout", async () => {
    const { context, page } = await newPage(harness, DESKTOP);
    try {
      await signUp(page, "Billie Jean", uniqueEmail("billing"));
      await page.getByText(/reflections left this month/).waitFor();
      await page.getByRole("link", { name: "Settings" }).click();
      await page.getByRole("heading", { name: "Subscription" }).waitFor();
      await expectAccessible(page, "settings with subscription");
      await page.route("https://checkout.stripe.test/**", (route) =>
        route.fulfill({ status: 200, contentType: "text/html", body: "<title>Checkout</title>" }),
      );
      await page.getByRole("button", { name: "Upgrade" }).click();
      await page.waitForURL(/checkout\.stripe\.test/);
      expect(page.url()).toMatch(/^https:\/\/checkout\.stripe\.test\//);
    } finally {
      await context.close();
    }
  });
});
