import { readFile } from "node:fs/promises";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { eq } from "drizzle-orm";
import { strFromU8, unzipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, signedInClient, type TestApp } from "../../../test/helper.ts";
import { parseKeyRing } from "../../crypto/key-ring.ts";
import { auditEvents, featureUsage, users } from "../../db/schema.ts";
import { seedConversation, seedFolder } from "./account-export.fixtures.ts";

let t: TestApp;
let validate: (data: unknown) => boolean;
let validationErrors: () => unknown;

beforeAll(async () => {
  t = await createTestApp({ limits: { export: { points: 3, duration: 3600 } } });
  const schema = JSON.parse(
    await readFile(new URL("../../../docs/export-schema.json", import.meta.url), "utf8"),
  );
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats.default(ajv);
  const check = ajv.compile(schema);
  validate = (data) => check(data) as boolean;
  validationErrors = () => check.errors;
});
afterAll(async () => t.close());

const keyRing = () => parseKeyRing(t.config.dataKey!);

async function seedAccount() {
  const account = await signedInClient(t.app, { name: "Robin Export" });
  const db = t.database.db;
  const folderId = await seedFolder(db, account.user.id, "Supervision prep");
  const first = await seedConversation(db, keyRing(), account.user.id, {
    title: "A hard home visit",
    folderId,
    contents: [
      "I keep thinking about [name removed for privacy] and the visit.",
      "What stays with you most?",
      "That I could not do more. **Really** could not.",
    ],
  });
  const second = await seedConversation(db, keyRing(), account.user.id, {
    title: null,
    contents: ["An untitled reflection."],
    start: new Date("2026-01-12T09:00:00Z"),
  });
  return { ...account, folderId, conversations: [first, second] };
}

describe("GET /api/me/export (JSON)", () => {
  it("returns every section as a schema-valid, decrypted attachment, and nothing of anyone else", async () => {
    const me = await seedAccount();
    const other = await seedAccount();

    const res = await me.client.get("/api/me/export");
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toMatch(/^application\/json/);
    expect(res.headers["content-disposition"]).toMatch(
      /^attachment; filename="aluma-export-\d{4}-\d{2}-\d{2}\.json"$/,
    );
    expect(res.headers["cache-control"]).toBe("no-store");

    const body = res.json();
    expect(validate(body), JSON.stringify(validationErrors())).toBe(true);
    expect(body).toMatchObject({ format: "ask-aluma-export", version: 1 });
    expect(body.profile).toMatchObject({ id: me.user.id, name: "Robin Export", email: me.email });
    expect(body.research).toEqual({ optIn: false });
    expect(body.policyAcceptances).toHaveLength(1);
    expect(body.sessions).toHaveLength(1);
    expect(body.sessions[0].current).toBe(true);
    expect(body.auditEvents.map((e: { event: string }) => e.event)).toEqual(["signup", "export"]);
    expect(body.folders).toEqual([expect.objectContaining({ id: me.folderId, name: "Supervision prep" })]);

    expect(body.conversations.map((c: { id: string }) => c.id)).toEqual(me.conversations.map((c) => c.id));
    const [first, second] = body.conversations;
    expect(first).toMatchObject({ title: "A hard home visit", folderId: me.folderId, pinned: false });
    expect(first.messages.map((m: { content: string }) => m.content)).toEqual(
      me.conversations[0]!.messages.map((m) => m.content),
    );
    expect(first.messages.map((m: { role: string }) => m.role)).toEqual(["user", "assistant", "user"]);
    expect(first.messages[0].redactions).toEqual({ name: 1 });
    expect(second).toMatchObject({ title: null, folderId: null });

    // No secrets and no other user: neither hashes nor the other account's ids or email.
    const [row] = await t.database.db.select().from(users).where(eq(users.id, me.user.id));
    for (const forbidden of [
      row!.passwordHash,
      "passwordHash",
      "tokenHash",
      "token_hash",
      "scrypt$",
      other.user.id,
      other.email,
      other.folderId,
      ...other.conversations.map((c) => c.id),
    ]) {
      expect(res.body).not.toContain(forbidden);
    }
    expect(res.body).not.toContain(me.client.cookies.get("aluma_session")!);
  });

  it("audits the export and counts the feature without a user id", async () => {
    const { client, user } = await signedInClient(t.app);
    const res = await client.get("/api/me/export");
    expect(res.statusCode).toBe(200);
    const events = await t.database.db.select().from(auditEvents).where(eq(auditEvents.userId, user.id));
    expect(events.map((e) => e.event)).toContain("export");
    const usage = await t.database.db
      .select()
      .from(featureUsage)
      .where(eq(featureUsage.feature, "account.export"));
    expect(usage[0]!.count).toBeGreaterThanOrEqual(1);
  });

  it("is rate limited per user", async () => {
    const { client } = await signedInClient(t.app);
    for (let i = 0; i < 3; i++) expect((await client.get("/api/me/export")).statusCode).toBe(200);
    const limited = await client.get("/api/me/export?format=zip");
    expect(limited.statusCode).toBe(429);
    expect(limited.headers["retry-after"]).toBeDefined();
  });

  it("needs a session and refuses unknown formats", async () => {
    expect((await t.app.inject({ method: "GET", url: "/api/me/export" })).statusCode).toBe(401);
    const { client } = await signedInClient(t.app);
    expect((await client.get("/api/me/export?format=pdf")).statusCode).toBe(400);
  });
});

describe("GET /api/me/export?format=zip", () => {
  it("holds export.json and one Markdown file per conversation", async () => {
    const me = await seedAccount();
    const res = await me.client.get("/api/me/export?format=zip");
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toBe("application/zip");
    expect(res.headers["content-disposition"]).toMatch(/^attachment; filename="aluma-export-.*\.zip"$/);

    const files = unzipSync(new Uint8Array(res.rawPayload));
    const names = Object.keys(files).sort();
    expect(names).toEqual([
      "conversations/0001-a-hard-home-visit.md",
      "conversations/0002-untitled-conversation.md",
      "export.json",
    ]);
    const json = JSON.parse(strFromU8(files["export.json"]!));
    expect(validate(json), JSON.stringify(validationErrors())).toBe(true);
    expect(json.conversations).toHaveLength(2);

    const markdown = strFromU8(files["conversations/0001-a-hard-home-visit.md"]!);
    expect(markdown).toMatch(/^# A hard home visit\n/);
    expect(markdown).toContain("- Folder: Supervision prep");
    expect(markdown).toContain("### You · 2026-01-10 09:00 UTC");
    expect(markdown).toContain("### Aluma · ");
    for (const m of me.conversations[0]!.messages) expect(markdown).toContain(m.content);
  });
});
