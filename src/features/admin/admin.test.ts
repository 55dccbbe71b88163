import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, signedInClient, type TestApp } from "../../../test/helper.ts";
import { parseKeyRing } from "../../crypto/key-ring.ts";
import { auditEvents, users } from "../../db/schema.ts";
import { seedConversation } from "../account/account-export.fixtures.ts";
import { recordCrash } from "../telemetry/crash.service.ts";
import { recordFeatureUse } from "../telemetry/usage.ts";
import { parseCreateAdminArgs, promoteUser, UsageError } from "./create-admin.ts";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

async function admin() {
  const account = await signedInClient(t.app);
  expect(await promoteUser(t.database.db, account.email.toUpperCase(), "admin")).toBe(true);
  return account;
}

describe("create-admin", () => {
  it("parses its flags", () => {
    expect(parseCreateAdminArgs(["--email", "a@b.co"])).toEqual({ email: "a@b.co", role: "admin" });
    expect(parseCreateAdminArgs(["--email=a@b.co", "--role", "researcher"])).toEqual({
      email: "a@b.co",
      role: "researcher",
    });
    expect(() => parseCreateAdminArgs([])).toThrow(UsageError);
    expect(() => parseCreateAdminArgs(["--email", "a@b.co", "--role", "owner"])).toThrow(UsageError);
  });

  it("promotes an existing account and reports a missing one", async () => {
    const { client, user, email } = await signedInClient(t.app);
    expect((await client.get("/api/admin/crashes")).statusCode).toBe(403);
    expect(await promoteUser(t.database.db, ` ${email} `, "researcher")).toBe(true);
    const [row] = await t.database.db.select().from(users).where(eq(users.id, user.id));
    expect(row!.role).toBe("researcher");
    const audit = await t.database.db.select().from(auditEvents).where(eq(auditEvents.userId, user.id));
    expect(audit.map((e) => e.event)).toContain("role_granted_researcher");
    // Takes effect on the next request; a researcher is still not an admin.
    expect((await client.get("/api/research/summary")).statusCode).toBe(200);
    expect((await client.get("/api/admin/crashes")).statusCode).toBe(403);
    expect(await promoteUser(t.database.db, "nobody@example.org", "admin")).toBe(false);
  });
});

describe("admin routes", () => {
  it("are closed to normal users and researchers", async () => {
    const user = await signedInClient(t.app);
    for (const url of ["/api/admin/crashes", "/api/admin/usage"]) {
      expect((await user.client.get(url)).statusCode).toBe(403);
    }
  });

  it("group recent crashes by signature", async () => {
    const stack = "TypeError: x\n    at render (https://a.example/assets/index-B3xk9a.js:1:2)";
    await recordCrash(t.app.deps, { source: "web", message: "TypeError: x of Maria Lopez", stack });
    await recordCrash(t.app.deps, {
      source: "web",
      message: "TypeError: x",
      stack: stack.replace("B3xk9a.js:1:2", "Zz99ab.js:7:7"),
      userAgent: "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0",
    });
    await recordCrash(t.app.deps, { source: "web", message: "RangeError: other" });
    const { client } = await admin();
    const res = await client.get("/api/admin/crashes");
    expect(res.statusCode).toBe(200);
    const groups = res.json().groups as Array<{
      count: number;
      latest: { message: string; browser: string };
    }>;
    const render = groups.find((g) => g.count === 2);
    expect(render).toBeDefined();
    expect(render!.latest.browser).toBe("Firefox");
    expect(groups.some((g) => g.latest.message === "RangeError: other")).toBe(true);
    expect(JSON.stringify(groups)).not.toContain("Maria");
  });

  it("show feature usage per day", async () => {
    await recordFeatureUse(t.app.deps, "admin.test");
    const { client } = await admin();
    const res = await client.get("/api/admin/usage?days=2");
    expect(res.statusCode).toBe(200);
    const today = res.json().days.at(-1);
    expect(today.features["admin.test"]).toBeGreaterThanOrEqual(1);
  });
});

describe("admins cannot read conversations", () => {
  it("gets 404 on another user's conversation, and no admin route serves content", async () => {
    const owner = await signedInClient(t.app);
    const conversation = await seedConversation(
      t.database.db,
      parseKeyRing(t.config.dataKey!),
      owner.user.id,
      {
        title: "Private reflection",
        contents: ["Something only I should read."],
      },
    );
    expect((await owner.client.get(`/api/conversations/${conversation.id}`)).statusCode).toBe(200);

    const { client } = await admin();
    const res = await client.get(`/api/conversations/${conversation.id}`);
    expect(res.statusCode).toBe(404);
    expect(res.body).not.toContain("Private reflection");
    expect((await client.get("/api/conversations")).body).not.toContain(conversation.id);

    const adminRoutes = t.app
      .printRoutes({ commonPrefix: false })
      .split("\n")
      .filter((line) => /admin|research/.test(line));
    expect(adminRoutes.join("\n")).not.toMatch(/conversation|message|folder|export|title/i);
  });
});
