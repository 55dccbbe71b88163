/**
 * A large account (10,000 messages, ~20 MB of text) exports through a real socket while the heap
 * stays far below the size of the export: the document is streamed page by page, never held.
 */
import { randomUUID } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { afterAll, beforeAll, expect, it } from "vitest";
import { createTestApp, signedInClient, type TestApp } from "../../../test/helper.ts";
import { parseKeyRing } from "../../crypto/key-ring.ts";
import { conversations } from "../../db/schema.ts";
import { insertMessages } from "./account-export.fixtures.ts";

const MESSAGE_COUNT = 10_000;
const CONTENT_BYTES = 2_000;
const MB = 1024 * 1024;

setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

/** One long conversation (paging within it) and 125 shorter ones (paging across them). */
async function seedLargeAccount(userId: string) {
  const keyRing = parseKeyRing(t.config.dataKey!);
  const filler = "I keep returning to the same visit and what I could have said differently. ".repeat(30);
  const plan = [5_000, ...Array<number>(125).fill(40)];
  let n = 0;
  for (const [i, size] of plan.entries()) {
    const id = randomUUID();
    const start = new Date(Date.UTC(2025, 0, 1) + i * 86_400_000);
    await t.database.db.insert(conversations).values({ id, userId, createdAt: start, updatedAt: start });
    const rows = Array.from({ length: size }, (_, j) => ({
      id: randomUUID(),
      role: (j % 2 === 0 ? "user" : "assistant") as "user" | "assistant",
      content: `#${n++} ${filler}`.slice(0, CONTENT_BYTES),
    }));
    await insertMessages(t.database.db, keyRing, userId, id, rows, start);
  }
  return n;
}

function streamExport(url: string, cookie: string, onChunk: (chunk: Buffer) => void) {
  return new Promise<{ status: number; firstByteMs: number }>((resolve, reject) => {
    const started = performance.now();
    let firstByteMs = -1;
    http
      .get(url, { headers: { cookie } }, (res) => {
        res.on("data", (chunk: Buffer) => {
          if (firstByteMs < 0) firstByteMs = performance.now() - started;
          onChunk(chunk);
        });
        res.on("end", () => resolve({ status: res.statusCode ?? 0, firstByteMs }));
        res.on("error", reject);
      })
      .on("error", reject);
  });
}

it(`exports ${MESSAGE_COUNT} messages as a stream within a memory bound`, { timeout: 300_000 }, async () => {
  const { client, user } = await signedInClient(t.app);
  const seeded = await seedLargeAccount(user.id);
  expect(seeded).toBe(MESSAGE_COUNT);

  await t.app.listen({ host: "127.0.0.1", port: 0 });
  const { port } = t.app.server.address() as AddressInfo;

  gc();
  const baseline = process.memoryUsage().heapUsed;
  let peak = baseline;
  let retainedPeak = baseline;
  let bytes = 0;
  let chunks = 0;
  let head = "";
  let tail = "";
  let messageCount = 0;
  let carry = "";
  const started = performance.now();
  const { status, firstByteMs } = await streamExport(
    `http://127.0.0.1:${port}/api/me/export`,
    client.cookieHeader(),
    (chunk) => {
      bytes += chunk.length;
      chunks += 1;
      const text = carry + chunk.toString("latin1");
      messageCount += text.split('"provider":').length - 1;
      carry = text.slice(-16);
      messageCount -= carry.split('"provider":').length - 1;
      if (head.length < 32) head += chunk.toString("utf8", 0, 32);
      tail = (tail + chunk.toString("latin1")).slice(-8);
      peak = Math.max(peak, process.memoryUsage().heapUsed);
      // Every so often, what is really held (garbage collected first): this is what must not grow.
      if (chunks % 100 === 0) {
        gc();
        retainedPeak = Math.max(retainedPeak, process.memoryUsage().heapUsed);
      }
    },
  );
  messageCount += carry.split('"provider":').length - 1;
  const totalMs = performance.now() - started;
  const growthMb = (peak - baseline) / MB;
  const retainedMb = (retainedPeak - baseline) / MB;

  expect(status).toBe(200);
  expect(head.startsWith('{"format":"ask-aluma-export"')).toBe(true);
  expect(tail.endsWith("]}]}")).toBe(true);
  expect(messageCount).toBe(MESSAGE_COUNT);
  expect(bytes).toBeGreaterThan(MESSAGE_COUNT * CONTENT_BYTES);
  expect(chunks).toBeGreaterThan(100);
  // Holding the export (or the decrypted rows) would cost more than its 20 MB; streaming keeps
  // the peak to a few pages plus garbage not yet collected, and what is retained to a few pages.
  expect(growthMb).toBeLessThan(64);
  expect(retainedMb).toBeLessThan(12);
  console.info(
    `export: ${(bytes / MB).toFixed(1)} MB, ${MESSAGE_COUNT} messages, ${chunks} chunks, ` +
      `first byte ${firstByteMs.toFixed(0)} ms, total ${totalMs.toFixed(0)} ms, heap growth ${growthMb.toFixed(1)} MB (retained ${retainedMb.toFixed(1)} MB)`,
  );
});
