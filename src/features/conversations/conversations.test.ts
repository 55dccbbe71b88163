import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, signedInClient, type TestApp } from "../../../test/helper.ts";
import { conversations, folders, messages } from "../../db/schema.ts";
import { PAGE_SIZE } from "./conversations.list.ts";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

describe("folders", () => {
  it("creates, lists, renames and deletes folders, redacting names", async () => {
    const { client } = await signedInClient(t.app);
    const created = await client.post("/api/folders", { name: "  Home visits  " });
    expect(created.statusCode).toBe(201);
    const folder = created.json();
    expect(folder.name).toBe("Home visits");

    const phi = await client.post("/api/folders", { name: "Call 555-867-5309 about it" });
    expect(phi.statusCode).toBe(201);
    expect(phi.json().name).not.toContain("867-5309");
    expect(phi.json().name).toContain("[phone number removed for privacy]");

    const list = await client.get("/api/folders");
    expect(list.json().items.map((f: { name: string }) => f.name)).toEqual(["Home visits", phi.json().name]);

    const renamed = await client.patch(`/api/folders/${folder.id}`, { name: "Supervision" });
    expect(renamed.statusCode).toBe(200);
    expect(renamed.json().name).toBe("Supervision");

    expect((await client.delete(`/api/folders/${folder.id}`)).statusCode).toBe(204);
    expect((await client.get("/api/folders")).json().items).toHaveLength(1);
  });

  it.each([
    ["empty", ""],
    ["blank", "   "],
    ["too long", "x".repeat(101)],
    ["wrong type", 42],
  ])("refuses a %s name", async (_label, name) => {
    const { client } = await signedInClient(t.app);
    const res = await client.post("/api/folders", { name });
    expect(res.statusCode).toBe(400);
  });

  it("unfiles a deleted folder's conversations, or deletes them on request", async () => {
    const { client } = await signedInClient(t.app);
    const a = (await client.post("/api/folders", { name: "A" })).json();
    const b = (await client.post("/api/folders", { name: "B" })).json();
    const inA = (await client.post("/api/conversations", { folderId: a.id })).json();
    const inB = (await client.post("/api/conversations", { folderId: b.id })).json();

    expect((await client.delete(`/api/folders/${a.id}`)).statusCode).toBe(204);
    expect((await client.get(`/api/conversations/${inA.id}`)).json().folderId).toBeNull();

    // With messages, so the hard delete is proven on the rows, not only through the API.
    const sent = await client.post(`/api/conversations/${inB.id}/messages`, {
      content: "A hard visit today.",
    });
    expect(sent.statusCode).toBe(201);
    expect((await client.delete(`/api/folders/${b.id}?deleteConversations=true`)).statusCode).toBe(204);
    expect((await client.get(`/api/conversations/${inB.id}`)).statusCode).toBe(404);
    const { db } = t.database;
    expect(await db.select().from(conversations).where(eq(conversations.id, inB.id))).toEqual([]);
    expect(await db.select().from(messages).where(eq(messages.conversationId, inB.id))).toEqual([]);
  });
});

describe("conversations", () => {
  it("creates, reads, renames, moves, pins and deletes a conversation", async () => {
    const { client } = await signedInClient(t.app);
    const empty = await client.post("/api/conversations");
    expect(empty.statusCode).toBe(201);
    expect(empty.json()).toMatchObject({ title: null, folderId: null, pinned: false });

    const folder = (await client.post("/api/folders", { name: "Ethics" })).json();
    const created = await client.post("/api/conversations", { title: "A hard week", folderId: folder.id });
    expect(created.statusCode).toBe(201);
    const conv = created.json();
    expect(conv).toMatchObject({ title: "A hard week", folderId: folder.id, pinned: false });

    const detail = await client.get(`/api/conversations/${conv.id}`);
    expect(detail.statusCode).toBe(200);
    expect(detail.json()).toMatchObject({ id: conv.id, title: "A hard week", messages: [] });

    const patched = await client.patch(`/api/conversations/${conv.id}`, {
      title: "Talked with Maria Gonzalez",
      folderId: null,
      pinned: true,
    });
    expect(patched.statusCode).toBe(200);
    expect(patched.json()).toMatchObject({ folderId: null, pinned: true });
    expect(patched.json().title).not.toContain("Gonzalez");
    expect(patched.json().title).toContain("[name removed for privacy]");

    expect((await client.delete(`/api/conversations/${conv.id}`)).statusCode).toBe(204);
    expect((await client.get(`/api/conversations/${conv.id}`)).statusCode).toBe(404);
  });

  it("refuses an empty patch, an unknown field and a folder that does not exist", async () => {
    const { client } = await signedInClient(t.app);
    const conv = (await client.post("/api/conversations", {})).json();
    expect((await client.patch(`/api/conversations/${conv.id}`, {})).statusCode).toBe(400);
    expect((await client.patch(`/api/conversations/${conv.id}`, { owner: "x" })).statusCode).toBe(400);
    const missing = "00000000-0000-4000-8000-000000000000";
    expect((await client.patch(`/api/conversations/${conv.id}`, { folderId: missing })).statusCode).toBe(404);
    expect((await client.post("/api/conversations", { folderId: missing })).statusCode).toBe(404);
    expect((await client.get("/api/conversations/not-a-uuid")).statusCode).toBe(400);
  });

  it("lists pinned first, then newest activity, in pages with an opaque cursor", async () => {
    const { client } = await signedInClient(t.app);
    const ids: string[] = [];
    for (let i = 0; i < PAGE_SIZE + 5; i++) ids.push((await client.post("/api/conversations", {})).json().id);
    const pinnedId = ids[3]!;
    await client.patch(`/api/conversations/${pinnedId}`, { pinned: true });

    const first = await client.get("/api/conversations");
    expect(first.statusCode).toBe(200);
    const page1 = first.json();
    expect(page1.items).toHaveLength(PAGE_SIZE);
    expect(page1.items[0].id).toBe(pinnedId);
    expect(page1.items[1].id).toBe(ids.at(-1));
    expect(page1.nextCursor).toEqual(expect.any(String));

    const page2 = (
      await client.get(`/api/conversations?cursor=${encodeURIComponent(page1.nextCursor)}`)
    ).json();
    expect(page2.items).toHaveLength(5);
    expect(page2.nextCursor).toBeNull();
    const all = [...page1.items, ...page2.items].map((c: { id: string }) => c.id);
    expect(new Set(all).size).toBe(ids.length);

    expect((await client.get("/api/conversations?cursor=garbage")).statusCode).toBe(400);
  });

  it("filters by folder, and by none for unfiled", async () => {
    const { client } = await signedInClient(t.app);
    const folder = (await client.post("/api/folders", { name: "Topic" })).json();
    const filed = (await client.post("/api/conversations", { folderId: folder.id })).json();
    const loose = (await client.post("/api/conversations", {})).json();
    const inFolder = (await client.get(`/api/conversations?folderId=${folder.id}`)).json();
    expect(inFolder.items.map((c: { id: string }) => c.id)).toEqual([filed.id]);
    const unfiled = (await client.get("/api/conversations?folderId=none")).json();
    expect(unfiled.items.map((c: { id: string }) => c.id)).toEqual([loose.id]);
  });

  it("stores titles encrypted, with the key id beside them", async () => {
    const { client } = await signedInClient(t.app);
    const conv = (await client.post("/api/conversations", { title: "Boundaries with my team" })).json();
    const [row] = await t.database.db.select().from(conversations).where(eq(conversations.id, conv.id));
    expect(row!.titleCiphertext).not.toContain("Boundaries");
    expect(Buffer.from(row!.titleCiphertext!, "base64").toString("latin1")).not.toContain("Boundaries");
    expect(row!.titleKeyId).toBe("k1");
    expect(row!.titleSet).toBe(true);
  });
});

describe("isolation", () => {
  it("answers 404 to another user on every folder and conversation route", async () => {
    const owner = await signedInClient(t.app);
    const folder = (await owner.client.post("/api/folders", { name: "Mine" })).json();
    const conv = (await owner.client.post("/api/conversations", { title: "Private" })).json();
    await owner.client.post(`/api/conversations/${conv.id}/messages`, { content: "A quiet reflection." });

    const { client: other } = await signedInClient(t.app);
    const attempts = [
      other.patch(`/api/folders/${folder.id}`, { name: "Theirs" }),
      other.delete(`/api/folders/${folder.id}`),
      other.get(`/api/conversations?folderId=${folder.id}`),
      other.post("/api/conversations", { folderId: folder.id }),
      other.get(`/api/conversations/${conv.id}`),
      other.patch(`/api/conversations/${conv.id}`, { title: "Mine now" }),
      other.delete(`/api/conversations/${conv.id}`),
      other.post(`/api/conversations/${conv.id}/messages`, { content: "hello" }),
      other.post(`/api/conversations/${conv.id}/regenerate`),
      other.post(`/api/conversations/${conv.id}/stop`),
    ];
    for (const res of await Promise.all(attempts)) {
      expect(res.statusCode).toBe(404);
      expect(res.json().error.code).toBe("not_found");
    }
    expect((await other.get("/api/conversations")).json().items).toEqual([]);
    expect((await other.get("/api/folders")).json().items).toEqual([]);
    // Moving the owner's conversation into someone else's folder is refused the same way.
    const theirs = (await other.post("/api/folders", { name: "Other" })).json();
    expect(
      (await owner.client.patch(`/api/conversations/${conv.id}`, { folderId: theirs.id })).statusCode,
    ).toBe(404);
    const still = await owner.client.get(`/api/conversations/${conv.id}`);
    expect(still.json()).toMatchObject({ title: "Private" });
    expect(still.json().messages).toHaveLength(2);
    const [f] = await t.database.db.select().from(folders).where(eq(folders.id, folder.id));
    expect(f!.name).toBe("Mine");
  });

  it("requires a session", async () => {
    const res = await t.app.inject({ method: "GET", url: "/api/conversations" });
    expect(res.statusCode).toBe(401);
  });
});

describe("search", () => {
  it("matches titles and message content, case-insensitively, in the user's own rows only", async () => {
    const { client } = await signedInClient(t.app);
    const byTitle = (await client.post("/api/conversations", { title: "Compassion FATIGUE notes" })).json();
    const byMessage = (await client.post("/api/conversations", {})).json();
    await client.post(`/api/conversations/${byMessage.id}/messages`, {
      content: "The paperwork backlog keeps growing every week.",
    });
    const neither = (await client.post("/api/conversations", { title: "Something else" })).json();

    const { client: other } = await signedInClient(t.app);
    const theirs = (await other.post("/api/conversations", { title: "fatigue too" })).json();

    const ids = async (q: string) =>
      (await client.get(`/api/conversations?q=${encodeURIComponent(q)}`))
        .json()
        .items.map((c: { id: string }) => c.id);
    expect(await ids("fatigue")).toEqual([byTitle.id]);
    expect(await ids("PAPERWORK backlog")).toEqual([byMessage.id]);
    expect(await ids("nothing like this")).toEqual([]);
    expect(await ids("")).toHaveLength(3);
    expect(await ids("fatigue")).not.toContain(theirs.id);
    expect(await ids("else")).toEqual([neither.id]);
  });

  it("never logs the query", async () => {
    const lines: string[] = [];
    const logged = await createTestApp({
      env: { LOG_LEVEL: "info" },
      logStream: { write: (line: string) => void lines.push(line) },
    });
    try {
      const { client } = await signedInClient(logged.app);
      await client.get("/api/conversations?q=secretive-needle");
      expect(lines.join("\n")).not.toContain("secretive-needle");
      expect(lines.join("\n")).toContain("/api/conversations");
    } finally {
      await logged.close();
    }
  });
});
