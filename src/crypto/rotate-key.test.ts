import { mkdtemp, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createTestApp,
  signedInClient,
  TEST_DATA_KEY,
  type TestApp,
  TestClient,
  testConfig,
} from "../../test/helper.ts";
import { conversations, messages } from "../db/schema.ts";
import { generateDataKey, readSecrets, writeSecrets } from "../server/secrets.ts";
import { parseKeyRing } from "./key-ring.ts";
import { nextKeyId, prepareRotationKeyRing, rotateStoredKeys } from "./rotate-key.ts";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

describe("rotate-key", () => {
  it("re-encrypts every message and title under the new key, and everything still reads back", async () => {
    const { client } = await signedInClient(t.app);
    const conv = (await client.post("/api/conversations", { title: "Before rotation" })).json();
    for (const content of ["First thought.", "Second thought.", "Third thought."]) {
      await client.post(`/api/conversations/${conv.id}/messages`, { content });
    }
    const before = (await client.get(`/api/conversations/${conv.id}`)).json();

    const dataKey = `${generateDataKey("k2")},${TEST_DATA_KEY}`;
    const ring = parseKeyRing(dataKey);
    const result = await rotateStoredKeys(t.database.db, ring, 2);
    expect(result.messages).toBeGreaterThanOrEqual(6);
    expect(result.titles).toBeGreaterThanOrEqual(1);
    expect(await rotateStoredKeys(t.database.db, ring, 2)).toEqual({ messages: 0, titles: 0 });

    const rows = await t.database.db.select().from(messages).where(eq(messages.conversationId, conv.id));
    expect(rows.every((r) => r.keyId === "k2")).toBe(true);
    const [title] = await t.database.db.select().from(conversations).where(eq(conversations.id, conv.id));
    expect(title!.titleKeyId).toBe("k2");

    const rotated = await createTestApp({ database: t.database, config: testConfig({ DATA_KEY: dataKey }) });
    try {
      const reader = new TestClient(rotated.app, client.ip);
      reader.cookies = new Map(client.cookies);
      const after = (await reader.get(`/api/conversations/${conv.id}`)).json();
      expect(after).toEqual(before);
    } finally {
      await rotated.close();
    }
    // The old ring alone can no longer read the rotated rows: the key really changed.
    const row = rows[0]!;
    const oldRing = parseKeyRing(TEST_DATA_KEY);
    expect(() =>
      oldRing.decrypt({ ciphertext: row.contentCiphertext, keyId: "k1" }, `message:${row.id}`),
    ).toThrow();
  });

  it("generates the new key first in DATA_DIR/secrets.json for the embedded mode", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "aluma-rotate-"));
    try {
      await writeSecrets(dir, { dataKey: TEST_DATA_KEY });
      const config = { ...testConfig({ DATA_DIR: dir }), dataKey: undefined };
      const { dataKey, generatedKeyId } = await prepareRotationKeyRing(config);
      expect(generatedKeyId).toBe("k2");
      expect(parseKeyRing(dataKey).keyIds).toEqual(["k2", "k1"]);
      expect((await readSecrets(dir))?.dataKey).toBe(dataKey);
      expect((await stat(path.join(dir, "secrets.json"))).mode & 0o777).toBe(0o600);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("uses an operator-supplied DATA_KEY as given", async () => {
    const dataKey = `${generateDataKey("new")},${TEST_DATA_KEY}`;
    expect(await prepareRotationKeyRing(testConfig({ DATA_KEY: dataKey }))).toEqual({
      dataKey,
      generatedKeyId: null,
    });
  });

  it("picks the next free key id", () => {
    expect(nextKeyId(["k1"])).toBe("k2");
    expect(nextKeyId(["k7", "k2"])).toBe("k8");
    expect(nextKeyId(["prod-2025"])).toBe("k1");
  });
});
