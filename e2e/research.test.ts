/**
 * Staff screens: a researcher sees the research dashboard (chart, table, CSV, hidden cells), an
 * admin sees crash groups and usage, and an ordinary user gets the polite no-access page.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { researchCounts } from "../src/db/schema.ts";
import { promoteUser } from "../src/features/admin/create-admin.ts";
import { MESSAGES_LABEL } from "../src/features/research/contribute.ts";
import { TestClient, uniqueEmail } from "../test/helper.ts";
import { signUp } from "./flows.ts";
import { DESKTOP, expectAccessible, type Harness, newPage, PHONE, startHarness } from "./harness.ts";

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
  // Three weeks of aggregate counts (k = 10): anxiety has 3 in the middle week, so it is hidden.
  const rows: Array<[string, string, number]> = [
    ["2025-07-07", MESSAGES_LABEL, 20],
    ["2025-07-07", "compassion_fatigue", 12],
    ["2025-07-07", "moral_distress", 11],
    ["2025-07-07", "anxiety", 14],
    ["2025-07-14", MESSAGES_LABEL, 18],
    ["2025-07-14", "compassion_fatigue", 15],
    ["2025-07-14", "moral_distress", 10],
    ["2025-07-14", "anxiety", 3],
    ["2025-07-21", MESSAGES_LABEL, 16],
    ["2025-07-21", "compassion_fatigue", 13],
    ["2025-07-21", "moral_distress", 12],
    ["2025-07-21", "anxiety", 11],
  ];
  await harness.testApp.database.db
    .insert(researchCounts)
    .values(rows.map(([week, label, count]) => ({ week, label, count })));
});
afterAll(async () => {
  await harness?.close();
});

const noHorizontalScroll = () =>
  document.documentElement.scrollWidth <= document.documentElement.clientWidth + 1;

describe("staff screens", () => {
  for (const viewport of [DESKTOP, PHONE]) {
    const label = viewport.mobile ? "mobile" : "desktop";
    it(`${label}: a researcher sees the dashboard with chart, table, hidden cells and CSV`, async () => {
      const { context, page, cspViolations } = await newPage(harness, viewport);
      try {
        const email = uniqueEmail(`researcher-${label}`);
        await signUp(page, "Rae Search", email);
        expect(await promoteUser(harness.testApp.database.db, email, "researcher")).toBe(true);

        await page.goto("/settings");
        const staffLink = page.getByRole("link", { name: "Research dashboard" });
        await staffLink.waitFor();
        expect(await page.getByRole("link", { name: "Admin", exact: true }).count()).toBe(0);
        await staffLink.click();
        await page.waitForURL(/\/research$/);

        await page.getByRole("heading", { name: "Research dashboard", level: 1 }).waitFor();
        await page.getByText(/fewer than 10 contributions is hidden/).waitFor();
        const chart = page.getByRole("img", { name: /Themes over time/ });
        await chart.waitFor();
        expect(await page.locator(".theme-chart .series-line").count()).toBeGreaterThanOrEqual(3);
        // Anxiety's middle week is a gap with a hidden marker, labelled in the legend.
        expect(await page.locator(".theme-chart .chart-hidden").count()).toBe(1);
        expect(await page.locator(".legend-hidden").textContent()).toMatch(/hidden \(fewer than 10\)/);

        const table = page.getByRole("table", { name: /Weekly counts/ });
        await table.waitFor();
        expect(await table.locator("tbody tr").count()).toBe(3);
        const anxietyCol = (await table.locator("thead th").allTextContents()).indexOf("Anxiety");
        expect(anxietyCol).toBeGreaterThan(0);
        const anxiety = await table.locator(`tbody tr td:nth-child(${anxietyCol + 1})`).allTextContents();
        expect(anxiety).toEqual(["14", "hidden", "11"]);

        const csv = page.getByRole("link", { name: "Download CSV" });
        expect(await csv.getAttribute("href")).toBe("/api/research/summary.csv");
        const res = await context.request.get("/api/research/summary.csv");
        expect(res.status()).toBe(200);
        expect(await res.text()).toMatch(/^week,contributions,/);

        // Picking another theme adds a line and a table column.
        await page.getByRole("checkbox", { name: "Guilt" }).check();
        await expect.poll(() => page.locator(".theme-chart g.series").count()).toBe(4);
        await page.getByRole("radio", { name: "Barriers" }).check();
        await page.getByRole("group", { name: "Barriers to show" }).waitFor();
        await page.getByRole("radio", { name: "Emotions" }).check();

        expect(await page.evaluate(noHorizontalScroll)).toBe(true);
        await expectAccessible(page, `${label} research dashboard`);
        const shots = process.env.RESEARCH_SCREENSHOT_DIR;
        if (shots) await page.screenshot({ path: `${shots}/${label}-research.png`, fullPage: true });
        await page.emulateMedia({ colorScheme: "dark" });
        await expectAccessible(page, `${label} research dashboard (dark)`);
        if (shots) await page.screenshot({ path: `${shots}/${label}-research-dark.png`, fullPage: true });

        // A researcher is not an admin.
        await page.goto("/admin");
        await page.getByRole("heading", { name: "You don't have access", level: 1 }).waitFor();
        expect(cspViolations).toEqual([]);
      } finally {
        await context.close();
      }
    });
  }

  it("an admin sees recent crashes and usage, and no content", async () => {
    const client = new TestClient(harness.testApp.app);
    const crash = await client.post(
      "/api/telemetry/crash",
      { message: "TypeError: e2e dashboard probe", stack: "at probe (app.js:1:1)", appVersion: "1.2.3" },
      {
        headers: {
          "user-agent":
            "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36",
        },
      },
    );
    expect(crash.statusCode).toBe(204);

    const { context, page, cspViolations } = await newPage(harness, PHONE);
    try {
      const email = uniqueEmail("admin");
      await signUp(page, "Ada Min", email);
      expect(await promoteUser(harness.testApp.database.db, email, "admin")).toBe(true);
      await page.goto("/settings");
      await page.getByRole("link", { name: "Admin", exact: true }).click();
      await page.waitForURL(/\/admin$/);
      await page.getByRole("heading", { name: "Admin", level: 1 }).waitFor();
      const crashes = page.getByRole("table", { name: /Crash groups/ });
      await crashes.waitFor();
      const row = crashes.locator("tbody tr", { hasText: "e2e dashboard probe" });
      await row.waitFor();
      expect(await row.locator("td").first().textContent()).toBe("1");
      expect(await row.textContent()).toMatch(/Web/);
      await page.getByRole("heading", { name: "Feature usage per day" }).waitFor();
      await expect.poll(() => page.locator("[role=status]").count()).toBe(0);
      expect(await page.evaluate(noHorizontalScroll)).toBe(true);
      await expectAccessible(page, "admin");
      await page.emulateMedia({ colorScheme: "dark" });
      await expectAccessible(page, "admin (dark)");

      // Admins may open the research dashboard too.
      await page.getByRole("link", { name: "Research", exact: true }).click();
      await page.getByRole("heading", { name: "Research dashboard", level: 1 }).waitFor();
      expect(cspViolations).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it("an ordinary user has no staff link and gets the no-access page", async () => {
    const { context, page } = await newPage(harness, DESKTOP);
    try {
      await signUp(page, "Uma User", uniqueEmail("plain"));
      await page.goto("/settings");
      await page.getByRole("heading", { name: "Settings", level: 1 }).waitFor();
      expect(await page.getByRole("navigation", { name: "Staff tools" }).count()).toBe(0);
      expect(await page.getByRole("link", { name: "Research dashboard" }).count()).toBe(0);

      for (const path of ["/research", "/admin"]) {
        await page.goto(path);
        await page.getByRole("heading", { name: "You don't have access", level: 1 }).waitFor();
        expect(await page.locator(".theme-chart, .data-table").count()).toBe(0);
      }
      await expectAccessible(page, "no access");
      // The server agrees.
      expect((await context.request.get("/api/research/summary")).status()).toBe(403);
      expect((await context.request.get("/api/admin/crashes")).status()).toBe(403);
    } finally {
      await context.close();
    }
  });
});
