import { eq } from "drizzle-orm";
import { getTableConfig } from "drizzle-orm/pg-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, signedInClient, type TestApp } from "../../../test/helper.ts";
import { auditEvents, crashReports, featureUsage, researchCounts, users } from "../../db/schema.ts";
import { createManualClock } from "../../lib/clock.ts";
import { contributeMessage, MESSAGES_LABEL } from "./contribute.ts";
import { weekStart } from "./week.ts";

const clock = createManualClock(new Date("2026-03-05T15:00:00Z")); // a Thursday
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ clock });
});
afterAll(async () => t.close());

const ANXIOUS = "I feel so anxious before every home visit.";
const GRIEVING = "I'm grieving the loss of a client who died last week.";

async function counts(week: string) {
  const rows = await t.database.db.select().from(researchCounts).where(eq(researchCounts.week, week));
  return Object.fromEntries(rows.map((r) => [r.label, r.count]));
}

async function asRole(role: "researcher" | "admin") {
  const account = await signedInClient(t.app);
  await t.database.db.update(users).set({ role }).where(eq(users.id, account.user.id));
  return account;
}

describe("weekStart", () => {
  it("is the Monday of the UTC week", () => {
    expect(weekStart(new Date("2026-03-05T15:00:00Z"))).toBe("2026-03-02");
    expect(weekStart(new Date("2026-03-02T00:00:00Z"))).toBe("2026-03-02");
    expect(weekStart(new Date("2026-03-08T23:59:59Z"))).toBe("2026-03-02");
    expect(weekStart(new Date("2026-01-01T12:00:00Z"))).toBe("2025-12-29");
  });
});

describe("PUT /api/me/research", () => {
  it("is off by default, switches both ways and is audited", async () => {
    const { client, user } = await signedInClient(t.app);
    expect((await client.get("/api/me")).json().researchOptIn).toBe(false);
    const on = await client.put("/api/me/research", { optIn: true });
    expect(on.statusCode).toBe(200);
    expect(on.json()).toEqual({ researchOptIn: true });
    expect((await client.get("/api/me")).json().researchOptIn).toBe(true);
    expect((await client.put("/api/me/research", { optIn: false })).json()).toEqual({ researchOptIn: false });
    const events = await t.database.db.select().from(auditEvents).where(eq(auditEvents.userId, user.id));
    expect(events.map((e) => e.event)).toEqual(["signup", "research_opt_in", "research_opt_out"]);
    expect((await client.put("/api/me/research", { optIn: "yes" })).statusCode).toBe(400);
  });
});

describe("contributeMessage", () => {
  it("counts nothing for a user who has not opted in", async () => {
    clock.set(new Date("2025-06-04T10:00:00Z"));
    const { user } = await signedInClient(t.app);
    expect(await contributeMessage(t.app.deps, user.id, ANXIOUS)).toBe(false);
    expect(await counts("2025-06-02")).toEqual({});
  });

  it("counts labels and the message total per week, and stops the moment the user opts out", async () => {
    clock.set(new Date("2025-07-09T10:00:00Z"));
    const { client, user } = await signedInClient(t.app);
    await client.put("/api/me/research", { optIn: true });
    expect(await contributeMessage(t.app.deps, user.id, ANXIOUS)).toBe(true);
    expect(await contributeMessage(t.app.deps, user.id, "Nothing much today.")).toBe(true);
    expect(await counts("2025-07-07")).toEqual({ [MESSAGES_LABEL]: 2, anxiety: 1 });

    await client.put("/api/me/research", { optIn: false });
    expect(await contributeMessage(t.app.deps, user.id, ANXIOUS)).toBe(false);
    expect(await counts("2025-07-07")).toEqual({ [MESSAGES_LABEL]: 2, anxiety: 1 });
  });

  it("stores no text, ids or time finer than the week", async () => {
    clock.set(new Date("2025-08-06T10:00:00Z"));
    const { client, user } = await signedInClient(t.app);
    await client.put("/api/me/research", { optIn: true });
    await contributeMessage(t.app.deps, user.id, `${ANXIOUS} unique-marker-7731`);
    const dump = JSON.stringify(await t.database.db.select().from(researchCounts));
    expect(dump).not.toContain("unique-marker-7731");
    expect(dump).not.toContain("anxious");
    expect(dump).not.toContain(user.id);
    expect(dump).not.toContain("10:00");
  });
});

describe("through the chat", () => {
  it("a message from an opted-in user is counted, one from anyone else is not", async () => {
    clock.set(new Date("2025-09-10T10:00:00Z"));
    const send = async (client: Awaited<ReturnType<typeof signedInClient>>["client"]) => {
      const conversation = await client.post("/api/conversations", {});
      expect(conversation.statusCode).toBe(201);
      const res = await client.post(`/api/conversations/${conversation.json().id}/messages`, {
        content: ANXIOUS,
      });
      expect(res.statusCode).toBe(201);
    };
    const optedOut = await signedInClient(t.app);
    await send(optedOut.client);
    expect(await counts("2025-09-08")).toEqual({});

    const optedIn = await signedInClient(t.app);
    await optedIn.client.put("/api/me/research", { optIn: true });
    await send(optedIn.client);
    expect(await counts("2025-09-08")).toEqual({ [MESSAGES_LABEL]: 1, anxiety: 1 });
  });
});

describe("research and telemetry tables hold no identifiers", () => {
  it.each([researchCounts, featureUsage, crashReports])(
    "%#: no user, conversation, message or uuid column",
    (table) => {
      const config = getTableConfig(table);
      expect(config.foreignKeys).toEqual([]);
      for (const column of config.columns) {
        expect(column.name).not.toMatch(/user|conversation|message_id|session|ip|email|cookie|token/);
        // A random primary key names the report itself, nothing else; any other uuid would be a link.
        if (column.columnType === "PgUUID") expect(column.primary).toBe(true);
      }
    },
  );
});

describe("GET /api/research/summary", () => {
  async function contributeMany(week: Date, texts: string[]) {
    clock.set(week);
    const { client, user } = await signedInClient(t.app);
    await client.put("/api/me/research", { optIn: true });
    for (const text of texts) await contributeMessage(t.app.deps, user.id, text);
  }

  it("suppresses every cell built from fewer than k contributions", async () => {
    // Week A: 12 contributions, 10 anxious, 2 grieving. Week B: 9 contributions in all.
    await contributeMany(new Date("2024-02-07T12:00:00Z"), [
      ...Array<string>(10).fill(ANXIOUS),
      GRIEVING,
      GRIEVING,
    ]);
    await contributeMany(new Date("2024-02-14T12:00:00Z"), Array<string>(9).fill(ANXIOUS));

    const { client } = await asRole("researcher");
    const res = await client.get("/api/research/summary?from=2024-02-01&to=2024-02-29");
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.k).toBe(10);
    expect(body.epsilon).toBeNull();
    expect(body.weeks).toHaveLength(2);
    const [a, b] = body.weeks;
    expect(a.week).toBe("2024-02-05");
    expect(a.contributions).toBe(12);
    expect(a.labels.anxiety).toBe(10);
    expect(a.labels.grief).toBeNull();
    expect(a.labels.hope).toBeNull();
    expect(Object.keys(a.labels)).toHaveLength(24);
    expect(a.labels).not.toHaveProperty(MESSAGES_LABEL);
    expect(b.week).toBe("2024-02-12");
    expect(b.contributions).toBeNull();
    expect(Object.values(b.labels).every((v) => v === null)).toBe(true);
    // No served number is ever below k.
    for (const week of body.weeks)
      for (const value of [week.contributions, ...Object.values(week.labels)])
        if (value !== null) expect(value).toBeGreaterThanOrEqual(10);

    const csv = await client.get("/api/research/summary.csv?from=2024-02-01&to=2024-02-29");
    expect(csv.statusCode).toBe(200);
    expect(csv.headers["content-type"]).toMatch(/^text\/csv/);
    expect(csv.headers["content-disposition"]).toMatch(/^attachment; filename=".*\.csv"$/);
    const lines = csv.body.trim().split("\r\n");
    expect(lines[0]!.split(",").slice(0, 3)).toEqual(["week", "contributions", "compassion_fatigue"]);
    const header = lines[0]!.split(",");
    const rowA = lines[1]!.split(",");
    expect(rowA[header.indexOf("anxiety")]).toBe("10");
    expect(rowA[header.indexOf("grief")]).toBe("");
    expect(lines[2]).toBe(`2024-02-12,${",".repeat(24)}`);
  });

  it("is open to researchers and admins only", async () => {
    const user = await signedInClient(t.app);
    for (const url of ["/api/research/summary", "/api/research/summary.csv", "/api/research/labels"]) {
      expect((await user.client.get(url)).statusCode).toBe(403);
      expect((await t.app.inject({ method: "GET", url })).statusCode).toBe(401);
    }
    expect((await (await asRole("admin")).client.get("/api/research/summary")).statusCode).toBe(200);
    expect(
      (await (await asRole("researcher")).client.get("/api/research/labels")).json().emotions,
    ).toHaveLength(10);
  });
});

describe("Laplace noise", () => {
  it("blurs shown cells deterministically and never unsuppresses a small one", async () => {
    const noisy = await createTestApp({ clock, env: { RESEARCH_EPSILON: "0.5", RESEARCH_K: "5" } });
    try {
      clock.set(new Date("2023-05-03T12:00:00Z"));
      const { client, user } = await signedInClient(noisy.app);
      await client.put("/api/me/research", { optIn: true });
      for (let i = 0; i < 40; i++)
        await contributeMessage(noisy.app.deps, user.id, i < 30 ? ANXIOUS : GRIEVING);
      await noisy.database.db.update(users).set({ role: "researcher" }).where(eq(users.id, user.id));
      const first = (await client.get("/api/research/summary")).json();
      const again = (await client.get("/api/research/summary")).json();
      expect(first).toEqual(again);
      expect(first.epsilon).toBe(0.5);
      const [week] = first.weeks;
      expect(week.labels.hope).toBeNull();
      expect(week.labels.anxiety).toEqual(expect.any(Number));
      expect(Math.abs(week.labels.anxiety - 30)).toBeLessThan(30);
      expect(week.labels.grief).toEqual(expect.any(Number));
    } finally {
      await noisy.close();
    }
  });
});
