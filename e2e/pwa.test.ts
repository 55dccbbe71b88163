/**
 * Installable PWA: manifest and icons are served, the service worker caches the app shell (and
 * never an /api response), the app opens offline with a notice, and keyboard shortcuts work.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { uniqueEmail } from "../test/helper.ts";
import { signUp } from "./flows.ts";
import { DESKTOP, type Harness, newPage, startHarness } from "./harness.ts";

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

describe("progressive web app", () => {
  it("serves a manifest with icons", async () => {
    const res = await fetch(`${harness.baseURL}/manifest.webmanifest`);
    expect(res.status).toBe(200);
    const manifest = (await res.json()) as {
      name: string;
      start_url: string;
      icons: Array<{ src: string; sizes: string }>;
    };
    expect(manifest.name).toBe("Ask Aluma");
    expect(manifest.icons.map((i) => i.sizes)).toEqual(expect.arrayContaining(["192x192", "512x512"]));
    for (const icon of manifest.icons)
      expect((await fetch(`${harness.baseURL}${icon.src}`)).status).toBe(200);
  });

  it("caches the shell, never /api, and works offline", async () => {
    const { context, page } = await newPage(harness, DESKTOP, { serviceWorkers: true });
    try {
      await signUp(page, "Offline Olive", uniqueEmail("pwa"));
      const ready = await page.evaluate(() =>
        Promise.race([
          navigator.serviceWorker.ready.then(() => true),
          new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 10_000)),
        ]),
      );
      expect(ready, "service worker active (production build)").toBe(true);
      // Use the app a little so the worker sees /api traffic.
      await page.reload();
      await page.getByLabel("Message", { exact: true }).waitFor();
      const cached = await page.evaluate(async () => {
        const urls: string[] = [];
        for (const name of await caches.keys()) {
          const cache = await caches.open(name);
          for (const req of await cache.keys()) urls.push(new URL(req.url).pathname);
        }
        return urls;
      });
      expect(cached).toContain("/");
      expect(cached.some((u) => u.startsWith("/assets/"))).toBe(true);
      expect(cached.filter((u) => u.startsWith("/api"))).toEqual([]);

      await context.setOffline(true);
      await page.getByText("You're offline").waitFor();
      await page.reload();
      await page.getByText("You're offline").waitFor();
      await page.getByRole("heading", { name: "Can't reach Ask Aluma" }).waitFor();
      expect(new URL(page.url()).pathname).toBe("/chat");
      await context.setOffline(false);
      await page.getByRole("button", { name: "Try again" }).click();
      await page.getByLabel("Message", { exact: true }).waitFor();
    } finally {
      await context.close();
    }
  });

  it("keyboard: Ctrl+Shift+O starts a new reflection, / focuses the message box", async () => {
    const { context, page } = await newPage(harness, DESKTOP);
    try {
      await signUp(page, "Keys Kim", uniqueEmail("keys"));
      await page.getByRole("link", { name: "Settings" }).focus();
      await page.keyboard.press("/");
      expect(await page.evaluate(() => document.activeElement?.tagName)).toBe("TEXTAREA");
      await page.keyboard.type("first line");
      await page.keyboard.press("Shift+Enter");
      await page.keyboard.type("second line");
      expect(await page.getByLabel("Message", { exact: true }).inputValue()).toBe("first line\nsecond line");
      await page.getByRole("link", { name: "Settings" }).focus();
      await page.keyboard.press("Control+Shift+O");
      await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe("TEXTAREA");
      expect(new URL(page.url()).pathname).toBe("/chat");
    } finally {
      await context.close();
    }
  });
});
