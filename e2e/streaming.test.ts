/**
 * Streaming against a real (fake, local) OpenAI-compatible server that answers slowly: the answer
 * grows token by token without layout shift, Stop keeps the partial answer, Regenerate replaces
 * the last answer, and a model answer carries no "Offline reflection guide" label.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type FakeOpenAi, startFakeOpenAi } from "../test/fake-openai.ts";
import { uniqueEmail } from "../test/helper.ts";
import { signUp } from "./flows.ts";
import { DESKTOP, expectAccessible, type Harness, newPage, startHarness } from "./harness.ts";

let fake: FakeOpenAi;
let harness: Harness;
const WORDS =
  "It sounds like that visit asked a lot of you, and that you are still carrying some of it now.".split(" ");

beforeAll(async () => {
  fake = await startFakeOpenAi();
  harness = await startHarness({ OPENAI_API_KEY: "test-key", OPENAI_BASE_URL: fake.baseUrl });
});
afterAll(async () => {
  await harness?.close();
  await fake?.close();
});

describe("streaming answers", () => {
  it("streams token by token, stops, and regenerates", async () => {
    fake.mode = "slow";
    fake.chunkDelayMs = 80;
    fake.replyChunks = WORDS.map((w, i) => (i === 0 ? w : ` ${w}`));
    const { context, page, cspViolations } = await newPage(harness, DESKTOP);
    try {
      await signUp(page, "Stream Tester", uniqueEmail("stream"));
      await page.evaluate(() => {
        const w = window as unknown as { __lengths: number[]; __cls: number };
        w.__lengths = [];
        w.__cls = 0;
        new MutationObserver(() => {
          const el = document.querySelector(".from-aluma[aria-busy='true'] .message-body");
          if (el) w.__lengths.push(el.textContent?.length ?? 0);
        }).observe(document.body, { subtree: true, childList: true, characterData: true });
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as unknown as Array<{
            value: number;
            hadRecentInput: boolean;
          }>) {
            if (!entry.hadRecentInput) w.__cls += entry.value;
          }
        }).observe({ type: "layout-shift", buffered: false });
      });
      await page.getByLabel("Message", { exact: true }).fill("A home visit today left me unsettled.");
      await page.getByRole("button", { name: "Send" }).click();
      await page.locator(".from-aluma[aria-busy='true']").waitFor();
      expect(await page.getByRole("button", { name: "Stop" }).count()).toBe(1);
      await expectAccessible(page, "chat while streaming");
      await page.locator(".from-aluma:not([aria-busy])").waitFor({ timeout: 20_000 });
      const lengths = await page.evaluate(() => [
        ...new Set((window as unknown as { __lengths: number[] }).__lengths),
      ]);
      expect(lengths.length, "the answer grew in several steps").toBeGreaterThan(5);
      const cls = await page.evaluate(() => (window as unknown as { __cls: number }).__cls);
      expect(cls, "cumulative layout shift while streaming").toBeLessThan(0.1);
      const answer = page.locator(".from-aluma").last();
      expect(await answer.textContent()).toContain("still carrying some of it now.");
      expect(await page.getByText("Offline reflection guide").count()).toBe(0);

      // Regenerate replaces the last answer rather than adding one.
      fake.replyChunks = ["A", " different", " angle:", " what", " did", " you", " need", " then?"];
      await page.getByRole("button", { name: "Regenerate" }).click();
      await page.locator(".from-aluma[aria-busy='true']").waitFor();
      await expect
        .poll(() => page.locator(".from-aluma").last().textContent(), { timeout: 20_000 })
        .toContain("need then?");
      await expect.poll(() => page.getByRole("button", { name: "Regenerate" }).count()).toBe(1);
      expect(await page.locator(".from-aluma").count()).toBe(1);

      // Stop keeps what arrived so far, marked as stopped.
      fake.chunkDelayMs = 300;
      fake.replyChunks = WORDS.map((w, i) => (i === 0 ? w : ` ${w}`));
      await page.getByLabel("Message", { exact: true }).fill("And one more thing about it.");
      await page.keyboard.press("Enter");
      await expect
        .poll(() => page.locator(".from-aluma[aria-busy='true'] .message-body").textContent())
        .toMatch(/\w+ \w+/);
      await page.getByRole("button", { name: "Stop" }).click();
      await page.getByRole("button", { name: "Send" }).waitFor();
      await expect.poll(() => page.locator(".from-aluma").last().getByText("Stopped").count()).toBe(1);
      const stopped = (await page.locator(".from-aluma").last().locator(".message-body").textContent()) ?? "";
      expect(stopped.length).toBeGreaterThan(0);
      expect(stopped).not.toContain("still carrying some of it now.");

      // Copy puts the message on the clipboard.
      await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: harness.baseURL });
      await page.locator(".from-user").first().getByRole("button", { name: "Copy" }).click();
      await page.locator(".from-user").first().getByRole("button", { name: "Copied" }).waitFor();
      // A hostile model answer renders as sanitized markdown; markers become chips.
      fake.chunkDelayMs = 10;
      fake.replyChunks = [
        "**Bold** and a list:\n\n- one\n- two\n\n",
        '<img src=x onerror="window.__pwned=1"> <script>window.__pwned=1</script>',
        ' [click](javascript:window.__pwned=1) <a href="javascript:window.__pwned=1">x</a>',
        " About [name removed for privacy].",
      ];
      await page.getByLabel("Message", { exact: true }).fill("Say something bold.");
      await page.keyboard.press("Enter");
      await expect
        .poll(() => page.locator(".from-aluma").last().textContent(), { timeout: 20_000 })
        .toContain("About");
      await page.getByRole("button", { name: "Send" }).waitFor();
      const last = page.locator(".from-aluma").last();
      expect(await last.locator("strong").count()).toBeGreaterThan(0);
      expect(await last.locator("li").count()).toBe(2);
      expect(await last.locator("img, script").count()).toBe(0);
      expect(await page.locator('a[href^="javascript:"]').count()).toBe(0);
      expect(await last.locator(".redaction-chip").count()).toBe(1);
      expect(await last.textContent()).toContain("<script>");
      expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();

      // Dark mode follows the system; contrast is checked again there.
      await page.emulateMedia({ colorScheme: "dark" });
      await expectAccessible(page, "chat in dark mode");
      expect(cspViolations).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
