import { desc, eq } from "drizzle-orm";
import Fastify from "fastify";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createTestApp, signedInClient, type TestApp, TestClient } from "../../../test/helper.ts";
import { parseKeyRing } from "../../crypto/key-ring.ts";
import { crashReports, featureUsage, messages } from "../../db/schema.ts";
import { createManualClock } from "../../lib/clock.ts";
import { errorHandlerPlugin } from "../../server/plugins/error-handler.ts";
import { seedConversation } from "../account/account-export.fixtures.ts";
import { createServerCrashReporter } from "./crash.service.ts";
import { scrubMessage, scrubStack, stripQuery } from "./scrub.ts";
import { crashSignature } from "./signature.ts";
import { recordFeatureUse } from "./usage.ts";

const FIREFOX_LINUX = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0";
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ limits: { telemetry: { points: 3, duration: 3600 } } });
});
afterAll(async () => t.close());

async function latestCrash() {
  const [row] = await t.database.db
    .select()
    .from(crashReports)
    .orderBy(desc(crashReports.createdAt))
    .limit(1);
  return row!;
}

describe("scrubbing", () => {
  it("strips query strings and fragments but keeps stack positions", () => {
    expect(stripQuery("https://a.example/x/y.js?token=abc#frag")).toBe("https://a.example/x/y.js");
    expect(stripQuery("https://a.example/app.js?v=3:12:40")).toBe("https://a.example/app.js:12:40");
  });

  it("leaves only markers of a name, email and phone in a message", () => {
    const scrubbed = scrubMessage(
      "Could not save note for Maria Lopez (maria.lopez@example.com, 555-123-4567)",
    );
    expect(scrubbed).toContain("[name removed for privacy]");
    expect(scrubbed).toContain("[email removed for privacy]");
    expect(scrubbed).toContain("[phone number removed for privacy]");
    expect(scrubbed).not.toMatch(/Maria|Lopez|maria|example\.com|4567/);
  });

  it("keeps error class names, which are code, readable", () => {
    expect(scrubMessage("RangeError: Invalid time value")).toBe("RangeError: Invalid time value");
    expect(scrubMessage("ChunkLoadError: Loading chunk 42 failed.")).toBe(
      "ChunkLoadError: Loading chunk 42 failed.",
    );
  });

  it("masks ids and tokens, and cleans stack locations without losing the frames", () => {
    const stack = [
      "TypeError: failed for Maria Lopez",
      "    at ConversationView (https://app.example.org/assets/index-B3xk9a.js?session=s3cr3t:12:3456)",
      "    at load (https://app.example.org/c/6f1c1f7e-1d2b-4f7a-9a55-3c1f0b2e9d10/view.js:1:2)",
      "handleSubmit@https://app.example.org/assets/index.js?q=maria:1:2",
    ].join("\n");
    const scrubbed = scrubStack(stack);
    expect(scrubbed).not.toMatch(/Maria|maria|s3cr3t|6f1c1f7e|app\.example\.org/);
    expect(scrubbed).toContain("at ConversationView (/assets/index-B3xk9a.js:12:3456)");
    expect(scrubbed).toContain("at load (/c/[id]/view.js:1:2)");
    expect(scrubbed).toContain("handleSubmit@/assets/index.js:1:2");
    expect(scrubMessage("Conversation 6f1c1f7e-1d2b-4f7a-9a55-3c1f0b2e9d10 not found")).toBe(
      "Conversation [id] not found",
    );
  });

  it("gives one signature across builds and positions, different ones for different frames", () => {
    const a = "    at render (/assets/index-B3xk9a.js:12:3456)\n    at run (/assets/vendor-Zz91ab.js:1:2)";
    const b = "    at render (/assets/index-Q81mzz.js:99:1)\n    at run (/assets/vendor-Pq12cd.js:7:7)";
    const c = "    at paint (/assets/index-B3xk9a.js:12:3456)\n    at run (/assets/vendor-Zz91ab.js:1:2)";
    expect(crashSignature("TypeError: x", a)).toBe(crashSignature("TypeError: y", b));
    expect(crashSignature("TypeError: x", a)).not.toBe(crashSignature("TypeError: x", c));
    expect(crashSignature("Failed after 3 tries", null)).toBe(crashSignature("Failed after 12 tries", null));
  });
});

describe("POST /api/telemetry/crash", () => {
  it("stores a scrubbed report with browser and OS family and nothing that identifies the sender", async () => {
    const { client, user, email } = await signedInClient(t.app);
    const res = await client.post(
      "/api/telemetry/crash",
      {
        message: `Error: Could not load the note about Maria Lopez, call 555-123-4567 or write to ${email}`,
        stack: "Error: x\n    at Composer (https://app.example.org/assets/index.js?draft=Maria:3:7)",
        appVersion: "1.4.2",
      },
      { headers: { "user-agent": FIREFOX_LINUX } },
    );
    expect(res.statusCode).toBe(204);
    const row = await latestCrash();
    expect(row).toMatchObject({ source: "web", appVersion: "1.4.2", browser: "Firefox", os: "Linux" });
    expect(row.message).toBe(
      "Error: Could not load the note about [name removed for privacy], call [phone number removed for privacy] or write to [email removed for privacy]",
    );
    expect(row.stack).toBe("Error: x\n    at Composer (/assets/index.js:3:7)");
    const stored = JSON.stringify(row);
    for (const forbidden of [
      user.id,
      email,
      client.ip,
      client.cookies.get("aluma_session")!,
      "Maria",
      "128.0",
    ])
      expect(stored).not.toContain(forbidden);
  });

  it("is public but still needs the CSRF token", async () => {
    const anonymous = new TestClient(t.app);
    expect((await anonymous.post("/api/telemetry/crash", { message: "TypeError: boom" })).statusCode).toBe(
      204,
    );
    const noToken = await anonymous.post(
      "/api/telemetry/crash",
      { message: "TypeError: boom" },
      { headers: { "x-csrf-token": "" } },
    );
    expect(noToken.statusCode).toBe(403);
  });

  it("refuses oversized bodies, unknown fields and bad versions", async () => {
    const client = new TestClient(t.app);
    const big = await client.post("/api/telemetry/crash", { message: "x", stack: "y".repeat(9000) });
    expect(big.statusCode).toBe(413);
    expect((await client.post("/api/telemetry/crash", { message: "x", userId: "u" })).statusCode).toBe(400);
    expect(
      (await client.post("/api/telemetry/crash", { message: "x", appVersion: "<script>" })).statusCode,
    ).toBe(400);
  });

  it("is rate limited per IP", async () => {
    const client = new TestClient(t.app, "10.200.1.1");
    for (let i = 0; i < 3; i++)
      expect((await client.post("/api/telemetry/crash", { message: "TypeError: again" })).statusCode).toBe(
        204,
      );
    const limited = await client.post("/api/telemetry/crash", { message: "TypeError: again" });
    expect(limited.statusCode).toBe(429);
    // Another address is not affected.
    expect(
      (await new TestClient(t.app, "10.200.1.2").post("/api/telemetry/crash", { message: "e" })).statusCode,
    ).toBe(204);
  });
});

describe("server-side crash capture", () => {
  it("stores 5xx errors through the error handler with the class and route, never the message", async () => {
    const probe = Fastify({ logger: false });
    await probe.register(errorHandlerPlugin(createServerCrashReporter(t.app.deps)));
    probe.get("/boom/:id", async () => {
      const error = new Error("duplicate key value (email)=(maria.lopez@example.com)") as Error & {
        code: string;
      };
      error.code = "23505";
      throw error;
    });
    const res = await probe.inject({ method: "GET", url: "/boom/42" });
    expect(res.statusCode).toBe(500);
    expect(res.body).not.toContain("maria");
    const row = await vi.waitFor(async () => {
      const latest = await latestCrash();
      expect(latest.message).toBe("Error [23505] in GET /boom/:id");
      return latest;
    });
    expect(row.source).toBe("server");
    expect(row.stack).toMatch(/^\s+at /);
    expect(JSON.stringify(row)).not.toContain("maria");
    await probe.close();
  });

  it("is wired into the app: a crash in any route is stored", async () => {
    // A message whose ciphertext was moved from another row fails to decrypt: a genuine 500.
    const { client, user } = await signedInClient(t.app);
    const keyRing = parseKeyRing(t.config.dataKey!);
    const conversation = await seedConversation(t.database.db, keyRing, user.id, {
      title: "Broken",
      contents: ["one", "two"],
    });
    const [first, second] = conversation.messages;
    const [moved] = await t.database.db.select().from(messages).where(eq(messages.id, second!.id));
    await t.database.db
      .update(messages)
      .set({ contentCiphertext: moved!.contentCiphertext })
      .where(eq(messages.id, first!.id));
    const res = await client.get(`/api/conversations/${conversation.id}`);
    expect(res.statusCode).toBe(500);
    const row = await vi.waitFor(async () => {
      const latest = await latestCrash();
      expect(latest.message).toMatch(/ in GET \/api\/conversations\/:id$/);
      return latest;
    });
    expect(row.source).toBe("server");
    expect(JSON.stringify(row)).not.toContain(user.id);
    expect(JSON.stringify(row)).not.toContain(conversation.id);
  });
});

describe("feature usage", () => {
  it("counts per day with no user id, and never fails the caller", async () => {
    const clock = createManualClock(new Date("2026-02-03T10:00:00Z"));
    const deps = { db: t.database.db, clock };
    await recordFeatureUse(deps, "test.feature");
    await recordFeatureUse(deps, "test.feature");
    clock.advance(86_400_000);
    await recordFeatureUse(deps, "test.feature");
    const rows = await t.database.db
      .select()
      .from(featureUsage)
      .where(eq(featureUsage.feature, "test.feature"));
    expect(rows.map((r) => [r.day, r.count]).sort()).toEqual([
      ["2026-02-03", 2],
      ["2026-02-04", 1],
    ]);
    await expect(recordFeatureUse(deps, "Free text with a Name")).rejects.toThrow();
  });
});
