/**
 * The main user journey in a real Chromium against the real server, at desktop and phone size:
 * sign up → live PHI preview → send → stored markers → streamed answer → folders and move →
 * search → crisis banner → export → delete account. axe-core checks every screen.
 * Set UPDATE_SCREENSHOTS=1 to refresh docs/screenshots.
 */
import { mkdir } from "node:fs/promises";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { uniqueEmail } from "../test/helper.ts";
import {
  closeSidebar,
  createFolderAndMove,
  deleteAccount,
  exportJson,
  openSidebar,
  renameConversation,
  search,
  sendAndWatchStream,
  signUp,
  typeAndPreview,
} from "./flows.ts";
import {
  DESKTOP,
  expectAccessible,
  type Harness,
  newPage,
  PHONE,
  startHarness,
  type Viewport,
} from "./harness.ts";

const SHOTS = process.env.UPDATE_SCREENSHOTS === "1";
async function shot(page: Page, name: string) {
  if (!SHOTS) return;
  await mkdir("docs/screenshots", { recursive: true });
  await page.screenshot({ path: `docs/screenshots/${name}.png` });
}

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

const PHI_TEXT =
  "I visited Maria Lopez today and she gave me her number, 555-867-5309. I keep wondering if I pushed too hard about the boundaries.";

function journey(viewport: Viewport, label: string) {
  it(`${label}: the whole journey works and every screen passes axe`, async () => {
    const { context, page, cspViolations } = await newPage(harness, viewport);
    try {
      await page.goto("/");
      await page.getByRole("heading", { level: 1 }).waitFor();
      await expectAccessible(page, `${label} landing`);
      await shot(page, `${label}-landing`);

      await page.goto("/signup");
      await expectAccessible(page, `${label} signup`);
      await signUp(page, "Sam Rivera", uniqueEmail(label));
      await expectAccessible(page, `${label} empty chat`);

      const summary = await typeAndPreview(page, PHI_TEXT);
      expect(summary).toMatch(/name/);
      expect(summary).toMatch(/phone number/);
      await expectAccessible(page, `${label} chat with preview`);
      await shot(page, `${label}-chat-preview`);

      // The offline guide answers at once; streaming.test.ts checks token-by-token growth.
      await sendAndWatchStream(page);
      const userBubble = page.locator(".from-user").first();
      expect(await userBubble.textContent()).not.toContain("Maria");
      expect(await userBubble.textContent()).not.toContain("867-5309");
      expect(await userBubble.locator(".redaction-chip").count()).toBeGreaterThanOrEqual(2);
      expect((await page.locator(".from-aluma .message-body").last().textContent())?.length).toBeGreaterThan(
        20,
      );
      await expectAccessible(page, `${label} chat with answer`);
      await shot(page, `${label}-chat-answer`);
      // Dark mode follows the system; contrast is checked there too.
      await page.emulateMedia({ colorScheme: "dark" });
      await expectAccessible(page, `${label} chat in dark mode`);
      await shot(page, `${label}-chat-dark`);
      await page.emulateMedia({ colorScheme: "light" });

      await renameConversation(page, "Boundaries with families");
      await page.getByRole("button", { name: "Reflection actions" }).click();
      await page.getByRole("button", { name: "Pin", exact: true }).click();
      await openSidebar(page, viewport);
      await page.locator(".conversation-link .pin").waitFor();
      await closeSidebar(page, viewport);
      await createFolderAndMove(page, viewport, "Hard visits");
      await openSidebar(page, viewport);
      await page.getByRole("button", { name: "Hard visits", exact: true }).click();
      await expect
        .poll(() => page.locator(".conversation-link-title").allTextContents())
        .toEqual(["Boundaries with families"]);
      await expectAccessible(page, `${label} sidebar with folder`);
      await closeSidebar(page, viewport);

      expect(await search(page, viewport, "Boundaries")).toEqual(["Boundaries with families"]);
      expect(await search(page, viewport, "zebra crossing")).toEqual([]);
      await page.getByLabel("Search reflections").fill("");

      await page.getByRole("button", { name: "New reflection" }).click();
      await closeSidebar(page, viewport);
      await page
        .getByLabel("Message", { exact: true })
        .fill("Honestly I have been thinking about killing myself lately.");
      await sendAndWatchStream(page);
      const banner = page.locator(".crisis-banner");
      await banner.waitFor();
      expect(await banner.locator('a[href^="tel:988"]').count()).toBe(1);
      expect(await banner.locator('a[href^="sms:741741"]').count()).toBe(1);
      expect(await banner.locator('a[href^="tel:911"]').count()).toBe(1);
      await expectAccessible(page, `${label} crisis banner`);
      await shot(page, `${label}-crisis`);

      // Delete the crisis reflection from its sidebar menu, with confirmation.
      await openSidebar(page, viewport);
      await expect.poll(() => page.locator(".conversation-row").count()).toBe(2);
      const current = page.locator(".conversation-row", { has: page.locator("[aria-current='page']") });
      await current.getByRole("button", { name: /^Actions for / }).click();
      await current.getByRole("button", { name: "Delete" }).click();
      await page.getByRole("button", { name: "Delete reflection" }).click();
      await expect.poll(() => page.locator(".conversation-row").count()).toBe(1);
      await page.waitForURL(/\/chat$/);
      await closeSidebar(page, viewport);

      await page.getByRole("button", { name: "Get help now" }).first().click();
      expect(await page.locator(".help-panel:visible a[href^='tel:988']").count()).toBe(1);
      await page.keyboard.press("Escape");

      await openSidebar(page, viewport);
      await page.getByRole("link", { name: "Settings" }).click();
      await page.getByRole("heading", { name: "Settings", level: 1 }).waitFor();
      await page.locator(".session-row").first().waitFor();
      await expectAccessible(page, `${label} settings`);

      const exported = await exportJson(page);
      expect(exported).toContain("Boundaries with families");
      expect(exported).not.toContain("Maria");
      expect(exported).not.toContain("867-5309");

      await deleteAccount(page);
      await page.goto("/login");
      expect(cspViolations).toEqual([]);
    } finally {
      await context.close();
    }
  });
}

describe("desktop", () => journey(DESKTOP, "desktop"));
describe("phone 360×740", () => journey(PHONE, "mobile"));

describe("stored XSS", () => {
  it("renders a hostile title and message as inert text", async () => {
    const { context, page, cspViolations } = await newPage(harness, DESKTOP);
    try {
      await signUp(page, "Xss Tester", uniqueEmail("xss"));
      const payload = `<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>`;
      const id = await page.evaluate(async (title) => {
        const csrf = decodeURIComponent(/aluma_csrf=([^;]*)/.exec(document.cookie)?.[1] ?? "");
        const res = await fetch("/api/conversations", {
          method: "POST",
          headers: { "content-type": "application/json", "x-csrf-token": csrf },
          body: JSON.stringify({ title }),
        });
        return ((await res.json()) as { id: string }).id;
      }, payload);
      await page.goto(`/chat/${id}`);
      await page
        .getByLabel("Message", { exact: true })
        .fill(`**bold** ${payload} [link](javascript:window.__pwned=1)`);
      await sendAndWatchStream(page);
      await page.waitForTimeout(300);
      expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
      expect(await page.locator("#conversation-title").textContent()).toContain("<script>");
      expect(await page.locator(".message img, .message script").count()).toBe(0);
      expect(await page.locator('a[href^="javascript:"]').count()).toBe(0);
      expect(cspViolations.filter((v) => v.startsWith("pageerror"))).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe("deleting a folder", () => {
  it("keeps its reflections by default, and deletes them only when asked", async () => {
    const { context, page, cspViolations } = await newPage(harness, DESKTOP);
    try {
      await signUp(page, "Folder Tester", uniqueEmail("folders"));
      const ids = await page.evaluate(async () => {
        const csrf = decodeURIComponent(/aluma_csrf=([^;]*)/.exec(document.cookie)?.[1] ?? "");
        const post = async (url: string, body: object) => {
          const res = await fetch(url, {
            method: "POST",
            headers: { "content-type": "application/json", "x-csrf-token": csrf },
            body: JSON.stringify(body),
          });
          return ((await res.json()) as { id: string }).id;
        };
        const keep = await post("/api/folders", { name: "Keep these" });
        const drop = await post("/api/folders", { name: "Drop these" });
        await post("/api/conversations", { title: "Kept reflection", folderId: keep });
        const gone = await post("/api/conversations", { title: "Dropped reflection", folderId: drop });
        return { gone };
      });
      const titles = () => page.locator(".conversation-link-title").allTextContents();
      const folderActions = (name: string) =>
        page.getByRole("button", { name: `Folder actions: ${name}` }).click();

      await page.goto(`/chat/${ids.gone}`);
      await expect.poll(() => page.locator("#conversation-title").textContent()).toBe("Dropped reflection");

      // Default: the folder goes, its reflection stays and is listed under All reflections.
      await folderActions("Keep these");
      await page.getByRole("button", { name: "Delete folder", exact: true }).click();
      const dialog = page.locator("dialog[open]");
      expect(await dialog.textContent()).toContain("are kept");
      await dialog.getByRole("button", { name: "Delete folder", exact: true }).click();
      await expect.poll(() => page.getByRole("button", { name: "Keep these", exact: true }).count()).toBe(0);
      await expect.poll(titles).toEqual(expect.arrayContaining(["Kept reflection", "Dropped reflection"]));
      await expectAccessible(page, "desktop folder deleted");

      // Opted in: the open reflection was in the folder, so the page leaves it.
      await folderActions("Drop these");
      await page.getByRole("button", { name: "Delete folder", exact: true }).click();
      await dialog.getByLabel("Also delete the reflections in this folder").check();
      expect(await dialog.textContent()).toContain("permanently deleted");
      await expectAccessible(page, "desktop delete folder with reflections dialog");
      await dialog.getByRole("button", { name: "Delete folder and reflections" }).click();
      await page.waitForURL(/\/chat$/);
      await expect.poll(titles).toEqual(["Kept reflection"]);
      expect(cspViolations).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
