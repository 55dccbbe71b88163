import { readFile } from "node:fs/promises";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, signedInClient, type TestApp, TestClient } from "../../../test/helper.ts";
import { auditEvents, policyAcceptances } from "../../db/schema.ts";
import { POLICY_VERSION } from "./policy.ts";
import { POLICY_TEXT } from "./policy-text.ts";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

describe("the policy text", () => {
  it("is the product's policy, and its version is its Last Updated month", async () => {
    const shared = new URL("../../../../shared/product/privacy-policy.txt", import.meta.url);
    const original = await readFile(shared, "utf8").catch(() => undefined);
    if (original !== undefined) expect(POLICY_TEXT).toBe(original);
    const [, month, year] = /Last Updated: (\w+) (\d{4})/.exec(POLICY_TEXT) ?? [];
    const expected = `${year}-${String(MONTHS.indexOf(month ?? "") + 1).padStart(2, "0")}`;
    expect(POLICY_VERSION).toBe(expected);
  });
});

describe("GET /api/policy", () => {
  it("is public and returns the version and the full text", async () => {
    const res = await t.app.inject({ method: "GET", url: "/api/policy" });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ version: POLICY_VERSION, text: POLICY_TEXT });
    expect(res.json().text).toContain("You can opt out at any time in Settings");
  });
});

describe("POST /api/me/policy", () => {
  it("asks again when only an older version was accepted, and records the re-acceptance", async () => {
    const { client, user } = await signedInClient(t.app);
    expect((await client.get("/api/me")).json().policyAcceptanceRequired).toBe(false);

    // As if the user had signed up under last year's policy.
    await t.database.db.delete(policyAcceptances).where(eq(policyAcceptances.userId, user.id));
    await t.database.db
      .insert(policyAcceptances)
      .values({ userId: user.id, version: "2025-03", acceptedAt: new Date("2025-03-10T12:00:00Z") });
    expect((await client.get("/api/me")).json().policyAcceptanceRequired).toBe(true);

    const stale = await client.post("/api/me/policy", { version: "2025-03" });
    expect(stale.statusCode).toBe(400);
    expect(stale.json().error.details.fields.version).toBeDefined();
    expect((await client.get("/api/me")).json().policyAcceptanceRequired).toBe(true);

    const res = await client.post("/api/me/policy", { version: POLICY_VERSION });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ version: POLICY_VERSION });
    expect((await client.get("/api/me")).json().policyAcceptanceRequired).toBe(false);

    const rows = await t.database.db
      .select()
      .from(policyAcceptances)
      .where(eq(policyAcceptances.userId, user.id));
    expect(rows.map((r) => r.version).sort()).toEqual(["2025-03", POLICY_VERSION]);
    const events = await t.database.db.select().from(auditEvents).where(eq(auditEvents.userId, user.id));
    expect(events.map((e) => e.event)).toContain("policy_accepted");
  });

  it("needs a session and a CSRF token", async () => {
    const anonymous = new TestClient(t.app);
    expect((await anonymous.post("/api/me/policy", { version: POLICY_VERSION })).statusCode).toBe(401);
    const { client } = await signedInClient(t.app);
    const res = await client.post(
      "/api/me/policy",
      { version: POLICY_VERSION },
      { headers: { "x-csrf-token": "" } },
    );
    expect(res.statusCode).toBe(403);
  });
});
