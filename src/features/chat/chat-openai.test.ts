/** Chat against a real local HTTP server speaking the OpenAI API (test/fake-openai.ts). */
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { DEFAULT_REPLY, type FakeOpenAi, parseSse, startFakeOpenAi } from "../../../test/fake-openai.ts";
import { createTestApp, signedInClient, type TestApp, TestClient } from "../../../test/helper.ts";
import { messages } from "../../db/schema.ts";
import { TITLE_PROMPT } from "../../llm/prompts.ts";

let fake: FakeOpenAi;
let t: TestApp;
beforeAll(async () => {
  fake = await startFakeOpenAi();
  t = await createTestApp({
    env: {
      OPENAI_API_KEY: "sk-test",
      OPENAI_BASE_URL: fake.baseUrl,
      OPENAI_MODEL: "fake-model",
      OPENAI_TIMEOUT_MS: "500",
    },
  });
});
afterAll(async () => {
  // fetch's keep-alive pool may hold a connection the server does not count as idle.
  t.app.server.closeAllConnections();
  await t.close();
  await fake.close();
});
beforeEach(() => fake.reset());

const sse = { headers: { accept: "text/event-stream" } };
const FULL_REPLY = DEFAULT_REPLY.join("");

const IDENTIFIERS = [
  "Maria",
  "Gonzalez",
  "Tyler",
  "(555) 123-4567",
  "123-4567",
  "maria.g@example.com",
  "123-45-6789",
  "CASE-2024-00123",
  "42 Oak Street",
];
const PHI_MESSAGE =
  "I visited Maria Gonzalez at 42 Oak Street, Springfield today. Her phone is (555) 123-4567, email " +
  "maria.g@example.com, SSN 123-45-6789, case number CASE-2024-00123. Her son Tyler Gonzalez cried the whole time.";

async function setup() {
  const { client } = await signedInClient(t.app);
  const conv = (await client.post("/api/conversations", {})).json() as { id: string };
  return { client, conv, url: `/api/conversations/${conv.id}` };
}

async function storedMessages(conversationId: string) {
  return t.database.db.select().from(messages).where(eq(messages.conversationId, conversationId));
}

async function waitFor<T>(probe: () => Promise<T | undefined | null | false>, ms = 5_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > end) throw new Error("waitFor timed out");
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe("privacy of what the model receives", () => {
  it("never sends an identifier to the model, in the message, the history, moderation or titles", async () => {
    const { client, url } = await setup();
    fake.titleReply = "Supporting Maria Gonzalez after a home visit";
    expect((await client.post(`${url}/messages`, { content: PHI_MESSAGE })).statusCode).toBe(201);
    expect(
      (await client.post(`${url}/messages`, { content: `Also, Tyler's SSN is 123-45-6789.` })).statusCode,
    ).toBe(201);

    const paths = fake.requests.map((r) => r.path);
    expect(paths.filter((p) => p.endsWith("/chat/completions"))).toHaveLength(3); // 2 answers + 1 title
    expect(paths.filter((p) => p.endsWith("/moderations"))).toHaveLength(2);
    const everything = fake.requests.map((r) => r.raw).join("\n");
    for (const id of IDENTIFIERS) expect(everything).not.toContain(id);
    for (const marker of [
      "[name removed for privacy]",
      "[phone number removed for privacy]",
      "[SSN removed for privacy]",
    ]) {
      expect(everything).toContain(marker);
    }
    // The second answer saw the first exchange as history, still redacted.
    const second = fake.chatRequests()[1]!.body as { messages: Array<{ role: string; content: string }> };
    expect(second.messages.map((m) => m.role)).toEqual(["system", "user", "assistant", "user"]);
    expect(
      (fake.requests.find((r) => r.path.endsWith("/moderations"))!.body as { model: string }).model,
    ).toBe("omni-moderation-latest");

    const detail = (await client.get(url)).json();
    expect(detail.title).toBe("Supporting after a home visit");
    expect(detail.messages[1].provider).toBe("openai");
  });
});

describe("streaming", () => {
  it("sends user, then the model's deltas, then done; the stored answer is their concatenation", async () => {
    const { client, conv, url } = await setup();
    const res = await client.post(`${url}/messages`, { content: "The visit went badly." }, sse);
    expect(res.statusCode).toBe(200);
    const events = parseSse(res.body);
    expect(events.map((e) => e.event)).toEqual([
      "user",
      ...DEFAULT_REPLY.map(() => "delta"),
      "done",
      "title",
    ]);
    const deltas = events.filter((e) => e.event === "delta").map((e) => (e.data as { text: string }).text);
    expect(deltas).toEqual(DEFAULT_REPLY);
    const done = (events.at(-2)!.data as { message: { content: string; status: string } }).message;
    expect(done).toMatchObject({ content: FULL_REPLY, status: "complete" });
    expect(events.at(-1)!.data).toEqual({ title: "Reflecting on a hard home visit" });
    const rows = await storedMessages(conv.id);
    expect(rows.map((r) => r.status).sort()).toEqual(["complete", "complete"]);
    expect((await client.get(url)).json().messages[1].content).toBe(FULL_REPLY);
  });

  it("redacts an identifier the model itself produced before storing it", async () => {
    const { client, url } = await setup();
    fake.replyChunks = ["You could call", " 555-867-5309", " tomorrow."];
    const res = await client.post(`${url}/messages`, { content: "What should I do next?" });
    expect(res.json().assistantMessage.content).toBe(
      "You could call [phone number removed for privacy] tomorrow.",
    );
    expect(res.json().assistantMessage.redactions).toEqual({ phone: 1 });
  });
});

describe("titles", () => {
  it("falls back to the offline guide's title when the model's title call fails", async () => {
    const { client, url } = await setup();
    fake.titlesFail = true;
    await client.post(`${url}/messages`, { content: "I keep doubting my decisions at work." });
    const title = (await client.get(url)).json().title;
    expect(title).toEqual(expect.any(String));
    expect(title.length).toBeGreaterThan(0);
    const titleCall = fake.requests.find(
      (r) => r.path.endsWith("/chat/completions") && !(r.body as { stream?: boolean }).stream,
    );
    expect(JSON.stringify(titleCall!.body)).toContain(JSON.stringify(TITLE_PROMPT).slice(1, 40));
  });
});

describe("moderation", () => {
  it("adds a self-harm signal the local detector missed", async () => {
    const { client, url } = await setup();
    fake.flagSelfHarm = /no point going on/;
    const res = await client.post(`${url}/messages`, {
      content: "Lately it feels like there is no point going on.",
    });
    expect(res.statusCode).toBe(201);
    expect(res.json().crisis?.kind).toBe("self");
    const system = (fake.chatRequests()[0]!.body as { messages: Array<{ content: string }> }).messages[0]!
      .content;
    expect(system).toContain("988");
  });

  it("never blocks the chat when moderation fails", async () => {
    const { client, url } = await setup();
    fake.moderationFails = true;
    const res = await client.post(`${url}/messages`, { content: "A long day." });
    expect(res.statusCode).toBe(201);
    expect(res.json().crisis).toBeNull();
  });
});

describe("provider failures", () => {
  it.each([
    ["a 500", "error500"],
    ["a timeout", "hang"],
    ["a stream cut mid-way", "cut"],
  ] as const)(
    "after %s: error event / 502, the user's message kept, then regenerate works",
    async (_l, mode) => {
      const { client, conv, url } = await setup();
      fake.mode = mode;
      const streamed = await client.post(`${url}/messages`, { content: "First attempt." }, sse);
      const events = parseSse(streamed.body);
      expect(events[0]!.event).toBe("user");
      expect(events.at(-1)).toEqual({
        event: "error",
        data: { code: "provider_error", message: expect.stringContaining("Your message is saved") },
      });
      if (mode === "cut") expect(events.filter((e) => e.event === "delta")).toHaveLength(fake.cutAfter);

      const json = await client.post(`${url}/messages`, { content: "Second attempt." });
      expect(json.statusCode).toBe(502);
      expect(json.json().error.code).toBe("provider_error");

      const detail = (await client.get(url)).json();
      expect(detail.messages.map((m: { role: string; status: string }) => `${m.role}:${m.status}`)).toEqual([
        "user:complete",
        "assistant:error",
        "user:complete",
        "assistant:error",
      ]);
      expect(detail.messages[0].content).toBe("First attempt.");

      fake.mode = "ok";
      const again = await client.post(`${url}/regenerate`, undefined, sse);
      const names = parseSse(again.body).map((e) => e.event);
      expect(names[0]).toBe("user");
      expect(names).toContain("done");
      const rows = (await client.get(url)).json().messages;
      expect(rows).toHaveLength(4);
      expect(rows[3]).toMatchObject({ role: "assistant", status: "complete", content: FULL_REPLY });
      // The failed first answer stays as it was; only the last answer was replaced.
      expect((await storedMessages(conv.id)).filter((r) => r.status === "error")).toHaveLength(1);
    },
  );
});

describe("regenerate", () => {
  it("replaces the last answer", async () => {
    const { client, url } = await setup();
    const first = (await client.post(`${url}/messages`, { content: "How do I hold boundaries?" })).json();
    fake.replyChunks = ["A different", " answer."];
    const res = await client.post(`${url}/regenerate`);
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body.userMessage.id).toBe(first.userMessage.id);
    expect(body.assistantMessage.id).not.toBe(first.assistantMessage.id);
    const all = (await client.get(url)).json().messages;
    expect(all.map((m: { content: string }) => m.content)).toEqual([
      "How do I hold boundaries?",
      "A different answer.",
    ]);
  });

  it("refuses when there is nothing to answer", async () => {
    const { client, url } = await setup();
    expect((await client.post(`${url}/regenerate`)).statusCode).toBe(409);
  });
});

describe("stop", () => {
  function slowReply() {
    fake.mode = "slow";
    fake.chunkDelayMs = 60;
    fake.replyChunks = Array.from({ length: 40 }, (_, i) => ` word${i}`);
  }

  async function waitForPartial(conversationId: string) {
    return waitFor(async () => {
      const rows = await storedMessages(conversationId);
      const streaming = rows.find((r) => r.role === "assistant" && r.status === "streaming");
      return streaming && fake.chatRequests().length > 0 ? streaming : null;
    });
  }

  async function expectStopped(client: TestClient, url: string, pending: Promise<{ body: string }>) {
    const events = parseSse((await pending).body);
    const done = events.find((e) => e.event === "done")!.data as {
      message: { status: string; content: string };
    };
    expect(done.message.status).toBe("stopped");
    expect(done.message.content.length).toBeGreaterThan(0);
    expect(done.message.content.length).toBeLessThan(fake.replyChunks.join("").length);
    const stored = (await client.get(url)).json().messages[1];
    expect(stored).toMatchObject({ status: "stopped", content: done.message.content });
    // A stopped answer can be followed by a new message.
    fake.mode = "ok";
    expect((await client.post(`${url}/messages`, { content: "Next." })).statusCode).toBe(201);
  }

  it("keeps the partial answer, marked stopped", async () => {
    const { client, conv, url } = await setup();
    slowReply();
    const pending = client.post(`${url}/messages`, { content: "Tell me more." }, sse);
    await waitForPartial(conv.id);
    await new Promise((r) => setTimeout(r, 200));
    const stop = await client.post(`${url}/stop`);
    expect(stop.statusCode).toBe(200);
    expect(stop.json().message).toMatchObject({ status: "stopped" });
    await expectStopped(client, url, pending);
  });

  it("works when the stop reaches another instance", async () => {
    const { client, conv, url } = await setup();
    const other = await createTestApp({ database: t.database, config: t.config });
    try {
      const elsewhere = new TestClient(other.app, client.ip);
      elsewhere.cookies = new Map(client.cookies);
      elsewhere.csrfToken = client.csrfToken;
      slowReply();
      const pending = client.post(`${url}/messages`, { content: "Tell me more." }, sse);
      await waitForPartial(conv.id);
      await new Promise((r) => setTimeout(r, 400));
      const stop = await elsewhere.post(`${url}/stop`);
      expect(stop.statusCode).toBe(200);
      expect(stop.json().message.status).toBe("stopped");
      await expectStopped(client, url, pending);
    } finally {
      await other.close();
    }
  });

  it("refuses a new message while an answer is being written", async () => {
    const { client, conv, url } = await setup();
    slowReply();
    const pending = client.post(`${url}/messages`, { content: "One." }, sse);
    await waitForPartial(conv.id);
    const second = await client.post(`${url}/messages`, { content: "Two." });
    expect(second.statusCode).toBe(409);
    await client.post(`${url}/stop`);
    await pending;
  });
});

describe("client disconnect", () => {
  it("completes and stores the answer after the client has gone", async () => {
    const { client, conv, url } = await setup();
    fake.mode = "slow";
    fake.chunkDelayMs = 30;
    fake.replyChunks = Array.from({ length: 15 }, (_, i) => ` part${i}`);
    const address = await t.app.listen({ port: 0, host: "127.0.0.1" });
    const controller = new AbortController();
    const res = await fetch(`${address}${url}/messages`, {
      method: "POST",
      signal: controller.signal,
      headers: {
        accept: "text/event-stream",
        "content-type": "application/json",
        cookie: client.cookieHeader(),
        "x-csrf-token": await client.csrf(),
      },
      body: JSON.stringify({ content: "Walk me through it." }),
    });
    expect(res.status).toBe(200);
    const reader = res.body!.getReader();
    const first = await reader.read();
    expect(new TextDecoder().decode(first.value)).toContain("event: user");
    controller.abort();

    const done = await waitFor(async () => {
      const rows = await storedMessages(conv.id);
      return rows.find((r) => r.role === "assistant" && r.status === "complete");
    });
    expect(done).toBeDefined();
    const stored = (await client.get(url)).json().messages[1];
    expect(stored.content).toBe(fake.replyChunks.join(""));
  });
});
