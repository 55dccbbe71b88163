/**
 * Account screens on their own: settings (profile, research toggle, sessions), the privacy
 * policy page, log out and log in, each checked with axe at desktop and phone size.
 */
import { mkdir } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { uniqueEmail } from "../test/helper.ts";
import { signUp } from "./flows.ts";
import {
  DESKTOP,
  expectAccessible,
  type Harness,
  newPage,
  PASSWORD,
  PHONE,
  startHarness,
} from "./harness.ts";

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

describe("account screens", () => {
  for (const viewport of [DESKTOP, PHONE]) {
    const label = viewport.mobile ? "mobile" : "desktop";
    it(`${label}: settings, privacy policy, log out and back in`, async () => {
      const { context, page, cspViolations } = await newPage(harness, viewport);
      try {
        const email = uniqueEmail(`acct-${label}`);
        await signUp(page, "Robin Ames", email);

        await page.goto("/settings");
        await page.getByRole("heading", { name: "Settings", level: 1 }).waitFor();
        await page.locator(".session-row").first().waitFor();
        expect(await page.getByText("This device").count()).toBe(1);
        await expectAccessible(page, `${label} settings`);
        if (process.env.UPDATE_SCREENSHOTS === "1") {
          await mkdir("docs/screenshots", { recursive: true });
          await page.screenshot({ path: `docs/screenshots/${label}-settings.png`, fullPage: true });
        }

        await page.getByLabel("Name", { exact: true }).fill("Robin A.");
        await page.getByRole("button", { name: "Save profile" }).click();
        await page.getByText("Profile saved.").waitFor();

        const toggle = page.getByRole("switch", { name: /Contribute to research/ });
        expect(await toggle.isChecked()).toBe(false);
        await toggle.check();
        await expect.poll(() => toggle.isChecked()).toBe(true);
        await page.reload();
        await expect
          .poll(() => page.getByRole("switch", { name: /Contribute to research/ }).isChecked())
          .toBe(true);

        // Wrong current password on email change shows the error next to the field.
        await page.getByLabel("Email", { exact: true }).fill(uniqueEmail("new"));
        await page.getByLabel("Current password").first().fill("not my password at all");
        await page.getByRole("button", { name: "Save profile" }).click();
        await page.locator("#profile-heading ~ form .field-error").first().waitFor();

        await page.goto("/privacy");
        await page.getByRole("heading", { name: "Privacy policy", level: 1 }).waitFor();
        await page.getByText(/^Version /).waitFor();
        await expectAccessible(page, `${label} privacy`);
        if (process.env.UPDATE_SCREENSHOTS === "1")
          await page.screenshot({ path: `docs/screenshots/${label}-privacy.png` });

        await page.goto("/chat");
        if (viewport.mobile) await page.getByRole("button", { name: "Reflections menu" }).click();
        await page.getByRole("button", { name: "Log out" }).click();
        await page.waitForURL((url) => url.pathname === "/");
        await page.goto("/login");
        await page.getByLabel("Email", { exact: true }).fill(email);
        await page.getByLabel("Password", { exact: true }).fill("wrong password entirely");
        await page.getByRole("button", { name: "Log in" }).click();
        await page.locator(".field-error").waitFor();
        await expectAccessible(page, `${label} login with error`);
        await page.getByLabel("Password", { exact: true }).fill(PASSWORD);
        await page.getByRole("button", { name: "Log in" }).click();
        await page.waitForURL(/\/chat$/);
        expect(cspViolations).toEqual([]);
      } finally {
        await context.close();
      }
    });
  }

  it("signup shows errors next to the fields", async () => {
    const { context, page } = await newPage(harness, DESKTOP);
    try {
      await page.goto("/signup");
      await page.getByRole("button", { name: "Create account" }).click();
      expect(await page.locator(".field-error").count()).toBeGreaterThanOrEqual(4);
      expect(await page.getByLabel("Name", { exact: true }).getAttribute("aria-invalid")).toBe("true");
      await expectAccessible(page, "signup errors");
      await page.getByLabel("Name", { exact: true }).fill("Weak Pw");
      await page.getByLabel("Email", { exact: true }).fill(uniqueEmail("weak"));
      await page.getByLabel("Password", { exact: true }).fill("password1234");
      await page.getByLabel("I am 18 or older").check();
      await page.getByLabel("I accept the privacy policy").check();
      await page.getByRole("button", { name: "Create account" }).click();
      await expect
        .poll(() => page.locator("[aria-invalid='true']").first().getAttribute("autocomplete"))
        .toBe("new-password");
    } finally {
      await context.close();
    }
  });
});
