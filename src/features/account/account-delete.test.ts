import { eq, getTableColumns, is } from "drizzle-orm";
import { getTableConfig, type PgTable, PgTable as PgTableClass } from "drizzle-orm/pg-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, signedInClient, type TestApp, TestClient } from "../../../test/helper.ts";
import { parseKeyRing } from "../../crypto/key-ring.ts";
import type { Db } from "../../db/client.ts";
import * as schema from "../../db/schema.ts";
import { auditEvents, messageUsage, subscriptions, users } from "../../db/schema.ts";
import { contributeMessage } from "../research/contribute.ts";
import { recordCrash } from "../telemetry/crash.service.ts";
import { seedConversation, seedFolder } from "./account-export.fixtures.ts";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

const ALL_TABLES = (Object.values(schema) as unknown[]).filter((value): value is PgTable =>
  is(value, PgTableClass),
);

/** Tables with a column that references users.id, and those columns' property names. */
function userReferencingTables() {
  return ALL_TABLES.flatMap((table) => {
    const config = getTableConfig(table);
    const referencing = new Set(
      config.foreignKeys
        .filter((fk) => fk.reference().foreignTable === users)
        .flatMap((fk) => fk.reference().columns),
    );
    const keys = Object.entries(getTableColumns(table))
      .filter(([, column]) => referencing.has(column))
      .map(([key]) => key);
    return keys.length > 0 ? [{ table, name: config.name, keys }] : [];
  });
}

async function rowsOf(db: Db, table: PgTable) {
  return (await db.select().from(table)) as Record<string, unknown>[];
}

/** Every row in the database that mentions any of `needles`, as `table: row` strings. */
async function rowsMentioning(db: Db, needles: string[]) {
  const found: string[] = [];
  for (const table of ALL_TABLES) {
    for (const row of await rowsOf(db, table)) {
      const text = JSON.stringify(row).toLowerCase();
      if (needles.some((n) => text.includes(n.toLowerCase())))
        found.push(`${getTableConfig(table).name}: ${text}`);
    }
  }
  return found;
}

/** A user with a row in every table that references users, through the app where it can. */
async function seedEverything() {
  const account = await signedInClient(t.app, { name: "Sam Leaving" });
  const db = t.database.db;
  const userId = account.user.id;
  const folderId = await seedFolder(db, userId, "Team notes");
  await seedConversation(db, parseKeyRing(t.config.dataKey!), userId, {
    title: "Before I go",
    folderId,
    contents: ["A reflection about the week.", "What stood out?"],
  });
  await db
    .insert(subscriptions)
    .values({ userId, stripeCustomerId: `cus_${userId.slice(0, 8)}`, plan: "free" });
  await db.insert(messageUsage).values({ userId, month: "2026-01", count: 3 });
  // A second device, and counters keyed by the user's id and email in rate_limits.
  expect((await new TestClient(t.app).login(account.email, account.password)).statusCode).toBe(200);
  expect((await new TestClient(t.app).login(account.email, "a wrong password here")).statusCode).toBe(401);
  expect((await account.client.get("/api/me/export")).statusCode).toBe(200);
  expect((await account.client.put("/api/me/research", { optIn: true })).statusCode).toBe(200);
  await contributeMessage({ db, clock: t.app.deps.clock }, userId, "I feel so anxious before every visit.");
  return { ...account, userId };
}

describe("DELETE /api/me", () => {
  it("erases every row of the user in every table, ends all sessions and clears the cookie", async () => {
    const me = await seedEverything();
    const bystander = await signedInClient(t.app);
    const db = t.database.db;
    const needles = [me.userId, me.email];

    // The fixture must reach every table that can hold something of a user, so a table added
    // later fails here until its data is part of this test (and of the cascade).
    for (const { name, table, keys } of userReferencingTables()) {
      const rows = await rowsOf(db, table);
      const mine = rows.filter((r) => keys.some((key) => r[key] === me.userId));
      expect(mine.length, `no fixture row in ${name}: add one to seedEverything()`).toBeGreaterThan(0);
    }
    expect((await rowsMentioning(db, needles)).some((r) => r.startsWith("rate_limits"))).toBe(true);

    const otherDevice = new TestClient(t.app);
    expect((await otherDevice.login(me.email, me.password)).statusCode).toBe(200);

    const res = await me.client.delete("/api/me", { password: me.password });
    expect(res.statusCode).toBe(204);
    const cleared = (res.cookies as Array<{ name: string; value: string; maxAge?: number }>).find(
      (c) => c.name === "aluma_session",
    );
    expect(cleared?.value).toBe("");

    expect(await rowsMentioning(db, needles)).toEqual([]);
    for (const { name, table, keys } of userReferencingTables()) {
      const rows = await rowsOf(db, table);
      expect(
        rows.filter((r) => keys.some((key) => r[key] === me.userId)),
        name,
      ).toEqual([]);
    }

    // Sessions are over everywhere; the other account is untouched.
    expect((await me.client.get("/api/me")).statusCode).toBe(401);
    expect((await otherDevice.get("/api/me")).statusCode).toBe(401);
    expect((await bystander.client.get("/api/me")).statusCode).toBe(200);
    expect((await new TestClient(t.app).login(me.email, me.password)).statusCode).toBe(401);

    // The audit trail keeps one unlinkable row.
    const deletions = await db.select().from(auditEvents).where(eq(auditEvents.event, "account_deleted"));
    expect(deletions).toHaveLength(1);
    expect(deletions[0]).toMatchObject({ userId: null, ip: null, userAgent: null });
    expect(deletions[0]!.at.toISOString()).toMatch(/T00:00:00\.000Z$/);
  });

  it("refuses a wrong password with 401 and deletes nothing", async () => {
    const me = await seedEverything();
    const before = await rowsMentioning(t.database.db, [me.userId]);
    const res = await me.client.delete("/api/me", { password: "not my password at all" });
    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toBe("invalid_credentials");
    expect((await me.client.get("/api/me")).statusCode).toBe(200);
    const after = await rowsMentioning(t.database.db, [me.userId]);
    // Only the rate-limit counter for this attempt may be new.
    expect(after.filter((r) => !r.startsWith("rate_limits")).length).toBe(
      before.filter((r) => !r.startsWith("rate_limits")).length,
    );
  });

  it("needs the password field and the CSRF token", async () => {
    const { client, password } = await signedInClient(t.app);
    expect((await client.delete("/api/me", {})).statusCode).toBe(400);
    const noCsrf = await client.delete("/api/me", { password }, { headers: { "x-csrf-token": "" } });
    expect(noCsrf.statusCode).toBe(403);
    expect((await client.get("/api/me")).statusCode).toBe(200);
  });

  it("leaves anonymous research counters and crash reports alone (they hold nothing of the user)", async () => {
    const me = await seedEverything();
    await recordCrash(t.app.deps, { source: "web", message: "TypeError: x is undefined" });
    const research = await rowsOf(t.database.db, schema.researchCounts);
    expect((await me.client.delete("/api/me", { password: me.password })).statusCode).toBe(204);
    expect(await rowsOf(t.database.db, schema.researchCounts)).toEqual(research);
  });
});

describe("DELETE /api/me with billing", () => {
  it("aborts with 502 and deletes nothing when Stripe cannot be reached", async () => {
    const billing = await createTestApp({
      env: { STRIPE_SECRET_KEY: "sk_test_unreachable", STRIPE_API_URL: "http://127.0.0.1:9" },
    });
    try {
      const me = await signedInClient(billing.app);
      await billing.database.db
        .insert(subscriptions)
        .values({ userId: me.user.id, stripeCustomerId: "cus_unreachable", plan: "pro", status: "active" });
      const res = await me.client.delete("/api/me", { password: me.password });
      expect(res.statusCode).toBe(502);
      expect((await me.client.get("/api/me")).statusCode).toBe(200);
      const [row] = await billing.database.db.select().from(users).where(eq(users.id, me.user.id));
      expect(row).toBeDefined();
    } finally {
      await billing.close();
    }
  });
});
