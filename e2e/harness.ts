/**
 * Shared e2e plumbing: a real server on an ephemeral port serving web/dist, a context on the
 * shared Chromium, axe-core checks, and CSP-violation capture.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core";
import { expect, inject } from "vitest";
import { createTestApp, type TestApp } from "../test/helper.ts";

const repo = fileURLToPath(new URL("..", import.meta.url));
const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

export interface Harness {
  testApp: TestApp;
  baseURL: string;
  browser: Browser;
  close(): Promise<void>;
}

export async function startHarness(env: Record<string, string> = {}): Promise<Harness> {
  const testApp = await createTestApp({ webDist: path.join(repo, "web/dist"), env });
  const address = await testApp.app.listen({ port: 0, host: "127.0.0.1" });
  const browser = await chromium.connect(inject("browserWsEndpoint"));
  return {
    testApp,
    baseURL: address.replace("localhost", "127.0.0.1"),
    browser,
    close: async () => {
      await browser.close();
      await testApp.close();
    },
  };
}

export interface Viewport {
  width: number;
  height: number;
  mobile: boolean;
}

export const DESKTOP: Viewport = { width: 1280, height: 860, mobile: false };
export const PHONE: Viewport = { width: 360, height: 740, mobile: true };

export async function newPage(
  harness: Harness,
  viewport: Viewport,
  options: { serviceWorkers?: boolean } = {},
): Promise<{ context: BrowserContext; page: Page; cspViolations: string[] }> {
  const context = await harness.browser.newContext({
    baseURL: harness.baseURL,
    viewport: { width: viewport.width, height: viewport.height },
    isMobile: viewport.mobile,
    hasTouch: viewport.mobile,
    deviceScaleFactor: viewport.mobile ? 2 : 1,
    acceptDownloads: true,
    // Blocked by default so each test sees the network; pwa.test.ts turns it on.
    serviceWorkers: options.serviceWorkers ? "allow" : "block",
    reducedMotion: "reduce",
  });
  const page = await context.newPage();
  const cspViolations: string[] = [];
  page.on("console", (msg) => {
    if (/Content Security Policy/i.test(msg.text())) cspViolations.push(msg.text());
  });
  page.on("pageerror", (error) => cspViolations.push(`pageerror: ${error.message}`));
  return { context, page, cspViolations };
}

interface AxeResult {
  violations: Array<{ id: string; impact: string | null; help: string; nodes: Array<{ target: unknown }> }>;
}

/** Runs axe-core in the page (evaluated over CDP, so the strict CSP stays on) and fails on serious issues. */
export async function expectAccessible(page: Page, screen: string): Promise<void> {
  await page.evaluate(axeSource);
  const result = (await page.evaluate(() =>
    (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<unknown> } }).axe.run(
      document,
      {
        runOnly: {
          type: "tag",
          values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"],
        },
      },
    ),
  )) as AxeResult;
  const serious = result.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map(
      (v) => `${v.id} (${v.impact}): ${v.help} → ${JSON.stringify(v.nodes.slice(0, 3).map((n) => n.target))}`,
    );
  expect(serious, `axe on ${screen}`).toEqual([]);
}

export const PASSWORD = "quiet harbor lantern 42";
