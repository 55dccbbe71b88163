// The server's added latency to the first token, against calling the fake model directly, side by
// side in one run; then the in-memory search over one user's 2,000 encrypted messages.
// Run: npm run bench:chat   (--requests=N, default 200; BENCH_DATABASE_URL=postgres://... to run
// against real PostgreSQL in a scratch database instead of in-process PGlite)

import { randomUUID } from "node:crypto";
import pg from "pg";
import { type Database, openPglite, openPostgres } from "../src/db/client.ts";
import { migrateDatabase } from "../src/db/migrate.ts";
import { conversations, messages, users } from "../src/db/schema.ts";
import { parseConfig } from "../src/env.ts";
import { sealMessage, sealTitle } from "../src/features/conversations/sealed.ts";
import { searchConversationIds } from "../src/features/conversations/search.ts";
import { buildApp } from "../src/server/app.ts";
import { DEFAULT_REPLY, startFakeOpenAi } from "../test/fake-openai.ts";

const REQUESTS = Number(process.argv.find((a) => a.startsWith("--requests="))?.slice(11) ?? 200);
const WARMUP = 20;

const fake = await startFakeOpenAi();
fake.replyChunks = [...DEFAULT_REPLY];
const postgresUrl = process.env.BENCH_DATABASE_URL;
const scratch = `aluma_bench_${randomUUID().slice(0, 8)}`;
async function admin(sql: string) {
  const client = new pg.Client({ connectionString: postgresUrl });
  await client.connect();
  await client.query(sql);
  await client.end();
}
let database: Database;
if (postgresUrl) {
  await admin(`create database "${scratch}"`);
  const url = new URL(postgresUrl);
  url.pathname = `/${scratch}`;
  database = await openPostgres(url.toString());
} else {
  database = await openPglite(undefined);
}
await migrateDatabase(database);
console.log(`database: ${postgresUrl ? "PostgreSQL" : "PGlite (in process)"}`);
const config = parseConfig({
  NODE_ENV: "test",
  LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? "silent",
  SCRYPT_LOG_N: "10",
  DATA_KEY: `k1:${Buffer.alloc(32, 3).toString("base64")}`,
  OPENAI_API_KEY: "sk-bench",
  OPENAI_BASE_URL: fake.baseUrl,
  OPENAI_MODEL: "fake-model",
});
const app = await buildApp({
  config,
  database,
  webDist: false,
  limits: { messages: { points: 1_000_000, duration: 60 }, global: { points: 1_000_000, duration: 60 } },
});
const base = await app.listen({ port: 0, host: "127.0.0.1" });

// A signed-in session, as the browser would have it.
const cookies = new Map<string, string>();
const remember = (res: Response) => {
  for (const c of res.headers.getSetCookie()) {
    const [pair] = c.split(";");
    const [k, v] = pair!.split("=");
    cookies.set(k!, v ?? "");
  }
};
const cookieHeader = () => [...cookies].map(([k, v]) => `${k}=${v}`).join("; ");
const csrfRes = await fetch(`${base}/api/auth/csrf`);
remember(csrfRes);
const { csrfToken } = (await csrfRes.json()) as { csrfToken: string };
const headers = () => ({
  "content-type": "application/json",
  "x-csrf-token": csrfToken,
  cookie: cookieHeader(),
});
const signup = await fetch(`${base}/api/auth/signup`, {
  method: "POST",
  headers: headers(),
  body: JSON.stringify({
    name: "Bench Worker",
    email: `bench-${randomUUID()}@example.org`,
    password: "quiet harbor lantern 42",
    ageConfirmed: true,
    acceptedPolicy: true,
  }),
});
remember(signup);
if (signup.status !== 201) throw new Error(`signup failed: ${signup.status}`);

async function newConversation(): Promise<string> {
  const res = await fetch(`${base}/api/conversations`, { method: "POST", headers: headers(), body: "{}" });
  return ((await res.json()) as { id: string }).id;
}

/** Milliseconds until the body contains `marker`, then drains the rest. */
async function timeToMarker(res: Promise<Response>, started: number, marker: string): Promise<number> {
  const reader = (await res).body!.getReader();
  const decoder = new TextDecoder();
  let seen = "";
  let at = Number.NaN;
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    seen += decoder.decode(value, { stream: true });
    if (Number.isNaN(at) && seen.includes(marker)) at = performance.now() - started;
  }
  if (Number.isNaN(at)) throw new Error(`no first token: ${seen.slice(0, 300)}`);
  return at;
}

const directBody = JSON.stringify({
  model: "fake-model",
  stream: true,
  messages: [
    { role: "system", content: "You are Aluma." },
    { role: "user", content: "The visit went badly and I keep replaying it." },
  ],
});

function direct(): Promise<number> {
  const started = performance.now();
  const res = fetch(`${fake.baseUrl}/chat/completions`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: "Bearer sk-bench" },
    body: directBody,
  });
  return timeToMarker(res, started, '"content"');
}

function viaServer(conversationId: string): Promise<number> {
  const started = performance.now();
  const res = fetch(`${base}/api/conversations/${conversationId}/messages`, {
    method: "POST",
    headers: { ...headers(), accept: "text/event-stream" },
    body: JSON.stringify({ content: "The visit went badly and I keep replaying it." }),
  });
  return timeToMarker(res, started, "event: delta");
}

const directMs: number[] = [];
const serverMs: number[] = [];
let conversationId = await newConversation();
for (let i = 0; i < REQUESTS + WARMUP; i++) {
  // Fresh conversations now and then, so history stays like a real one (bounded at 20 anyway).
  if (i % 10 === 0) conversationId = await newConversation();
  // Interleaved, so both sides see the same machine load.
  const d = await direct();
  const s = await viaServer(conversationId);
  if (i >= WARMUP) {
    directMs.push(d);
    serverMs.push(s);
  }
}

const quantile = (xs: number[], q: number) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
};
const row = (label: string, xs: number[]) =>
  `${label.padEnd(26)}${[0.5, 0.9, 0.99].map((q) => quantile(xs, q).toFixed(2).padStart(9)).join("")}`;
const added = serverMs.map((s, i) => s - directMs[i]!);

console.log(`time to first token, ${REQUESTS} requests (ms)    median      p90      p99`);
console.log(row("fake model, direct", directMs));
console.log(row("through the server", serverMs));
console.log(row("added by the server", added));
console.log(`target: added median < 15 ms → ${quantile(added, 0.5) < 15 ? "met" : "NOT met"}`);

// Search: one user with 100 conversations × 20 messages = 2,000 encrypted messages.
const [user] = await database.db.select({ id: users.id }).from(users).limit(1);
const keyRing = app.deps.keyRing;
const words = "supervision boundaries caseload paperwork visit family court report team hope grief".split(
  " ",
);
for (let c = 0; c < 100; c++) {
  const id = randomUUID();
  await database.db
    .insert(conversations)
    .values({ id, userId: user!.id, ...sealTitle(keyRing, id, `Reflection ${c}`), titleSet: true });
  const rows = Array.from({ length: 20 }, (_, m) => {
    const mid = randomUUID();
    const text = Array.from({ length: 60 }, (_, w) => words[(c * 7 + m * 3 + w) % words.length]).join(" ");
    return {
      id: mid,
      userId: user!.id,
      conversationId: id,
      role: (m % 2 ? "assistant" : "user") as "user" | "assistant",
      ...sealMessage(keyRing, mid, text),
    };
  });
  await database.db.insert(messages).values(rows);
}
const searchMs: number[] = [];
const deps = { db: database.db, clock: app.deps.clock, keyRing };
for (let i = 0; i < 25; i++) {
  const started = performance.now();
  // A needle that is nowhere: every message gets decrypted and scanned (the worst case).
  await searchConversationIds(deps, user!.id, "no such phrase anywhere", undefined);
  if (i >= 5) searchMs.push(performance.now() - started);
}
console.log(
  `\nsearch over 2,000 encrypted messages (worst case, no match): median ${quantile(searchMs, 0.5).toFixed(1)} ms, p90 ${quantile(searchMs, 0.9).toFixed(1)} ms`,
);

await app.close();
await database.close();
await fake.close();
if (postgresUrl) await admin(`drop database if exists "${scratch}" with (force)`);
