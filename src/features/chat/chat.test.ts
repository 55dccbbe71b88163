/** Chat with the offline guide (no model configured): the JSON and SSE contracts, validation, crisis. */
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseSse } from "../../../test/fake-openai.ts";
import { createTestApp, signedInClient, type TestApp, type TestClient } from "../../../test/helper.ts";
import { messages } from "../../db/schema.ts";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

const IDENTIFIERS = [
  "Maria Gonzalez",
  "(555) 123-4567",
  "maria.g@example.com",
  "123-45-6789",
  "CASE-2024-00123",
  "Oak Street",
];
const PHI_MESSAGE =
  "I visited Maria Gonzalez at 42 Oak Street, Springfield today. Her phone is (555) 123-4567, email " +
  "maria.g@example.com, SSN 123-45-6789, case number CASE-2024-00123. I left feeling drained and unsure.";

async function newConversation(client: TestClient, body: Record<string, unknown> = {}) {
  return (await client.post("/api/conversations", body)).json() as { id: string };
}

const sse = { headers: { accept: "text/event-stream" } };

describe("sending a message (JSON)", () => {
  it("stores the redacted message and the offline guide's answer, and titles the conversation", async () => {
    const { client } = await signedInClient(t.app);
    const conv = await newConversation(client);
    const res = await client.post(`/api/conversations/${conv.id}/messages`, {
      content: `  ${PHI_MESSAGE}  `,
    });
    expect(res.statusCode).toBe(201);
    const body = res.json();
    for (const id of IDENTIFIERS) expect(body.userMessage.content).not.toContain(id);
    expect(body.userMessage.content).toContain("[name removed for privacy]");
    expect(body.userMessage.redactions).toMatchObject({
      name: 1,
      phone: 1,
      email: 1,
      ssn: 1,
      case_number: 1,
    });
    expect(body.userMessage).toMatchObject({ role: "user", status: "complete" });
    expect(body.assistantMessage).toMatchObject({
      role: "assistant",
      status: "complete",
      provider: "offline-guide",
    });
    expect(body.assistantMessage.content.length).toBeGreaterThan(20);
    expect(body.crisis).toBeNull();

    const detail = (await client.get(`/api/conversations/${conv.id}`)).json();
    expect(detail.messages.map((m: { id: string }) => m.id)).toEqual([
      body.userMessage.id,
      body.assistantMessage.id,
    ]);
    expect(detail.title).toEqual(expect.any(String));
    for (const id of IDENTIFIERS) expect(detail.title).not.toContain(id);
    expect(detail.title).not.toContain("removed for privacy");

    const rows = await t.database.db.select().from(messages).where(eq(messages.conversationId, conv.id));
    for (const row of rows) {
      expect(row.keyId).toBe("k1");
      const raw = `${row.contentCiphertext} ${Buffer.from(row.contentCiphertext, "base64").toString("latin1")}`;
      expect(raw).not.toContain("drained");
      expect(raw).not.toContain("removed for privacy");
    }
  });

  it("never overwrites a title the user chose", async () => {
    const { client } = await signedInClient(t.app);
    const conv = await newConversation(client, { title: "My own title" });
    await client.post(`/api/conversations/${conv.id}/messages`, {
      content: "Today was a long day of visits.",
    });
    expect((await client.get(`/api/conversations/${conv.id}`)).json().title).toBe("My own title");
  });

  it("bumps the conversation to the top of the list", async () => {
    const { client } = await signedInClient(t.app);
    const older = await newConversation(client);
    await newConversation(client);
    await client.post(`/api/conversations/${older.id}/messages`, { content: "Back to this one." });
    expect((await client.get("/api/conversations")).json().items[0].id).toBe(older.id);
  });
});

describe("sending a message (SSE)", () => {
  it("streams user, deltas and done, and stores the concatenation", async () => {
    const { client } = await signedInClient(t.app);
    const conv = await newConversation(client);
    const res = await client.post(`/api/conversations/${conv.id}/messages`, { content: PHI_MESSAGE }, sse);
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toContain("text/event-stream");
    const events = parseSse(res.body);
    const names = events.map((e) => e.event);
    expect(names[0]).toBe("user");
    expect(names.indexOf("done")).toBeGreaterThan(names.lastIndexOf("delta"));
    expect(names.filter((n) => n === "delta").length).toBeGreaterThan(3);
    expect(names.at(-1)).toBe("title");
    // The content only: the event also carries a random UUID, which can hold any run of digits.
    const echoed = (events[0]!.data as { content: string }).content;
    expect(echoed).toContain("[phone number removed for privacy]");
    for (const id of IDENTIFIERS) expect(echoed).not.toContain(id);

    const text = events
      .filter((e) => e.event === "delta")
      .map((e) => (e.data as { text: string }).text)
      .join("");
    const done = (
      events.find((e) => e.event === "done")!.data as { message: { id: string; content: string } }
    ).message;
    expect(done.content).toBe(text);
    const stored = (await client.get(`/api/conversations/${conv.id}`)).json().messages[1];
    expect(stored).toMatchObject({ id: done.id, content: text, status: "complete" });
  });
});

describe("validation", () => {
  let client: TestClient;
  let url: string;
  beforeAll(async () => {
    client = (await signedInClient(t.app)).client;
    url = `/api/conversations/${(await newConversation(client)).id}/messages`;
  });

  it.each([
    ["empty", { content: "" }],
    ["blank", { content: " \n\t " }],
    ["too long", { content: "a".repeat(8001) }],
    ["a number", { content: 42 }],
    ["missing", {}],
    ["an extra field", { content: "hi", role: "assistant" }],
  ])("refuses content that is %s with 400", async (_label, body) => {
    const res = await client.post(url, body);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe("validation");
  });

  it("accepts 8,000 characters after trimming", async () => {
    const res = await client.post(url, { content: `  ${"a ".repeat(4000)}  ` });
    expect(res.statusCode).toBe(201);
  });

  it("refuses a body over the limit with 413", async () => {
    const res = await client.post(url, { content: "a".repeat(70_000) });
    expect(res.statusCode).toBe(413);
    expect(res.json().error.code).toBe("payload_too_large");
  });

  it("limits messages per user", async () => {
    const limited = await createTestApp({
      database: t.database,
      limits: { messages: { points: 2, duration: 60 } },
    });
    try {
      const { client: c } = await signedInClient(limited.app);
      const u = `/api/conversations/${(await newConversation(c)).id}/messages`;
      expect((await c.post(u, { content: "one" })).statusCode).toBe(201);
      expect((await c.post(u, { content: "two" })).statusCode).toBe(201);
      const third = await c.post(u, { content: "three" });
      expect(third.statusCode).toBe(429);
      expect(third.headers["retry-after"]).toBeDefined();
    } finally {
      await limited.close();
    }
  });
});

describe("crisis", () => {
  it("adds the crisis resources and a supportive answer for a personal crisis", async () => {
    const { client } = await signedInClient(t.app);
    const conv = await newConversation(client);
    const res = await client.post(`/api/conversations/${conv.id}/messages`, {
      content: "I want to kill myself tonight.",
    });
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body.crisis.kind).toBe("self");
    const text = JSON.stringify(body.crisis.resources);
    for (const n of ["988", "741741", "911"]) {
      expect(text).toContain(n);
      expect(body.assistantMessage.content).toContain(n);
    }
  });

  it("streams a crisis event after the user event, and stores a client's identifiers redacted", async () => {
    const { client } = await signedInClient(t.app);
    const conv = await newConversation(client);
    const content =
      "My client Jane Smith told me she has a gun and plans to kill herself tonight. Her number is 555-123-4567.";
    const res = await client.post(`/api/conversations/${conv.id}/messages`, { content }, sse);
    const events = parseSse(res.body);
    expect(events.map((e) => e.event).slice(0, 2)).toEqual(["user", "crisis"]);
    expect(events[1]!.data).toMatchObject({ kind: "client" });
    expect(JSON.stringify(events[1]!.data)).toContain("988");
    const stored = (await client.get(`/api/conversations/${conv.id}`)).json().messages;
    expect(stored[0].content).not.toContain("Jane Smith");
    expect(stored[0].content).not.toContain("555-123-4567");
    expect(stored[1].content).toContain("911");
  });
});

describe("redact and crisis resources", () => {
  it("redacts text without storing it", async () => {
    const { client } = await signedInClient(t.app);
    const text = "Call Maria Gonzalez at (555) 123-4567.";
    const res = await client.post("/api/redact", { text });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.redacted).toBe("Call [name removed for privacy] at [phone number removed for privacy].");
    expect(body.spans).toEqual([
      { start: 5, end: 19, type: "name" },
      { start: 23, end: 37, type: "phone" },
    ]);
    expect((await client.post("/api/redact", { text: "a".repeat(50_000) })).statusCode).toBe(200);
    expect((await client.post("/api/redact", { text: "a".repeat(50_001) })).statusCode).toBe(400);
    expect((await client.post("/api/redact", { text: 7 })).statusCode).toBe(400);
  });

  it("requires a session to redact", async () => {
    const res = await t.app.inject({ method: "POST", url: "/api/redact", payload: { text: "x" } });
    expect([401, 403]).toContain(res.statusCode);
  });

  it("serves the crisis resources publicly", async () => {
    const res = await t.app.inject({ method: "GET", url: "/api/crisis-resources" });
    expect(res.statusCode).toBe(200);
    const ids = res.json().resources.map((r: { id: string }) => r.id);
    expect(ids).toEqual(["988", "crisis-text-line", "911"]);
  });
});

describe("one answer at a time", () => {
  it("answers 409 to a second message while an answer is live, and lets an orphaned one go", async () => {
    const { client, user } = await signedInClient(t.app);
    const conv = await newConversation(client);
    const first = await client.post(`/api/conversations/${conv.id}/messages`, {
      content: "A first reflection.",
    });
    expect(first.statusCode).toBe(201);
    const orphanId = crypto.randomUUID();
    const orphan = {
      id: orphanId,
      userId: user.id,
      conversationId: conv.id,
      role: "assistant" as const,
      contentCiphertext: "",
      keyId: "k1",
      status: "streaming" as const,
    };
    // A live answer (just started on another instance) blocks the conversation...
    await t.database.db.insert(messages).values({ ...orphan, createdAt: new Date() });
    const blocked = await client.post(`/api/conversations/${conv.id}/messages`, {
      content: "Another thought.",
    });
    expect(blocked.statusCode).toBe(409);
    // ...and the database refuses a second one outright, whatever the instance.
    await expect(
      t.database.db.insert(messages).values({ ...orphan, id: crypto.randomUUID(), createdAt: new Date() }),
    ).rejects.toThrow();

    // An answer orphaned by a crashed instance long ago no longer blocks: it is marked failed.
    await t.database.db
      .update(messages)
      .set({ createdAt: new Date(Date.now() - 10 * 60_000) })
      .where(eq(messages.id, orphanId));
    const next = await client.post(`/api/conversations/${conv.id}/messages`, { content: "Another thought." });
    expect(next.statusCode).toBe(201);
    const [row] = await t.database.db.select().from(messages).where(eq(messages.id, orphanId));
    expect(row!.status).toBe("error");
  });
});
