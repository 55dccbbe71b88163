/**
 * npm run bench:http — HTTP load against a real server process on PostgreSQL.
 *
 * Measures authenticated GET /api/me (session lookup + user read) side by side with
 * GET /api/health (one `select 1`, no session) as the in-run baseline, at 50 connections flat
 * out and at a fixed 200 requests/s; reports server memory before and after. Login is measured
 * apart, at production scrypt cost, to show concurrent hashing stays bounded.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { Agent, request } from "node:http";
import { createServer } from "node:net";
import autocannon from "autocannon";
import pg from "pg";

const ADMIN_URL = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const DB_NAME = `aluma_bench_${process.pid}`;

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const srv = createServer().listen(0, "127.0.0.1", () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

function rssMiB(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return Math.round(kb / 1024);
}

async function waitForHealth(base: string) {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error("server did not start");
}

async function admin(sql: string) {
  const client = new pg.Client({ connectionString: ADMIN_URL });
  await client.connect();
  await client.query(sql);
  await client.end();
}

async function signUp(base: string, email: string) {
  const csrfRes = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrfRes.json()) as { csrfToken: string };
  const res = await fetch(`${base}/api/auth/signup`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      "x-csrf-token": csrfToken,
      cookie: `aluma_csrf=${csrfToken}`,
    },
    body: JSON.stringify({
      name: "Bench",
      email,
      password: "quiet harbor lantern 42",
      ageConfirmed: true,
      acceptedPolicy: true,
    }),
  });
  const session = res.headers
    .getSetCookie()
    .find((c) => c.startsWith("aluma_session="))!
    .split(";")[0]!;
  return { csrfToken, cookie: `${session}; aluma_csrf=${csrfToken}` };
}

function run(opts: autocannon.Options): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    autocannon(opts, (err, result) => (err ? reject(err) : resolve(result)));
  });
}

/**
 * Open-loop load at a fixed rate, one request every 1000/rps ms over up to 50 keep-alive sockets.
 * autocannon's fixed-rate modes fire each second's (or each connection's) requests together, which
 * measures burst queueing rather than latency at a steady 200 req/s.
 */
async function runPaced(url: string, rps: number, seconds: number, headers: Record<string, string> = {}) {
  const agent = new Agent({ keepAlive: true, maxSockets: 50 });
  const latencies: number[] = [];
  let errors = 0;
  const one = () =>
    new Promise<void>((resolve) => {
      const start = performance.now();
      const req = request(url, { agent, headers }, (res) => {
        res.resume();
        res.on("end", () => {
          if (res.statusCode !== 200) errors++;
          latencies.push(performance.now() - start);
          resolve();
        });
      });
      req.on("error", () => {
        errors++;
        resolve();
      });
      req.end();
    });
  const inflight: Promise<void>[] = [];
  const t0 = performance.now();
  const total = rps * seconds;
  for (let i = 0; i < total; i++) {
    const due = t0 + (i * 1000) / rps;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    inflight.push(one());
  }
  await Promise.all(inflight);
  const elapsed = (performance.now() - t0) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const pct = (q: number) =>
    Math.round(latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))]! * 10) / 10;
  return { rate: Math.round(latencies.length / elapsed), p50: pct(0.5), p99: pct(0.99), errors };
}

const pacedRow = (name: string, r: Awaited<ReturnType<typeof runPaced>>) =>
  `${name.padEnd(34)} ${String(r.rate).padStart(8)} ${String(r.p50).padStart(7)} ${String(r.p99).padStart(7)} ${String(r.errors).padStart(6)}`;

const row = (name: string, r: autocannon.Result) =>
  `${name.padEnd(34)} ${String(Math.round(r.requests.average)).padStart(8)} ${String(r.latency.p50).padStart(7)} ${String(r.latency.p99).padStart(7)} ${String(r.non2xx).padStart(6)}`;

async function main() {
  await admin(`create database ${DB_NAME}`);
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const url = new URL(ADMIN_URL);
  url.pathname = `/${DB_NAME}`;
  const server: ChildProcess = spawn(process.execPath, ["--import", "tsx", "src/cli.ts", "serve"], {
    env: {
      ...process.env,
      PORT: String(port),
      DATABASE_URL: url.toString(),
      DATA_KEY: `k1:${Buffer.alloc(32, 1).toString("base64")}`,
      LOG_LEVEL: "warn",
      RATE_LIMIT_PER_MINUTE: "10000000",
      SCRYPT_LOG_N: "17",
    },
    stdio: ["ignore", "inherit", "inherit"],
  });
  try {
    await waitForHealth(base);
    const memStart = rssMiB(server.pid!);
    const { cookie } = await signUp(base, `bench.${Date.now()}@example.org`);
    const headers = { cookie };
    // Warm up JIT and pools.
    await run({ url: `${base}/api/me`, connections: 10, duration: 3, headers });

    const health = await run({ url: `${base}/api/health`, connections: 50, duration: 10 });
    const me = await run({ url: `${base}/api/me`, connections: 50, duration: 10, headers });
    const healthFixed = await runPaced(`${base}/api/health`, 200, 10);
    const meFixed = await runPaced(`${base}/api/me`, 200, 10, headers);
    const memAfter = rssMiB(server.pid!);

    console.log(
      "\nHTTP, 50 connections (paced rows: open loop, up to 50 sockets), server on PostgreSQL (one process, 2-core machine)",
    );
    console.log(
      `${"scenario".padEnd(34)} ${"req/s".padStart(8)} ${"p50 ms".padStart(7)} ${"p99 ms".padStart(7)} ${"non2xx".padStart(6)}`,
    );
    console.log(row("GET /api/health (baseline)", health));
    console.log(row("GET /api/me (authenticated)", me));
    console.log(pacedRow("GET /api/health @ 200 req/s, paced", healthFixed));
    console.log(pacedRow("GET /api/me @ 200 req/s, paced", meFixed));
    console.log(
      `ratio /api/me : /api/health  throughput ${(me.requests.average / health.requests.average).toFixed(2)}x, p99 at 200 req/s ${(meFixed.p99 / Math.max(1, healthFixed.p99)).toFixed(2)}x`,
    );
    console.log(
      `target p99 < 50 ms at 200 req/s: ${meFixed.p99 < 50 ? "met" : "NOT met"} (${meFixed.p99} ms)`,
    );
    console.log(`server RSS: ${memStart} MiB before, ${memAfter} MiB after`);

    // Login at production cost (N=2^17): 20 concurrent clients, bounded by the hashing semaphore.
    const loginEmail = `login.${Date.now()}@example.org`;
    const { csrfToken } = await signUp(base, loginEmail);
    const memBeforeLogin = rssMiB(server.pid!);
    let peak = memBeforeLogin;
    const sampler = setInterval(() => {
      peak = Math.max(peak, rssMiB(server.pid!));
    }, 50);
    const login = await run({
      url: `${base}/api/auth/login`,
      method: "POST",
      connections: 20,
      amount: 40,
      headers: {
        "content-type": "application/json",
        "x-csrf-token": csrfToken,
        cookie: `aluma_csrf=${csrfToken}`,
      },
      // Correct credentials: failures would trip the login limiter, which is not what is measured.
      body: JSON.stringify({ email: loginEmail, password: "quiet harbor lantern 42" }),
      timeout: 60,
    });
    clearInterval(sampler);
    console.log(
      `\nPOST /api/auth/login, scrypt N=2^17, 20 concurrent: ${login.requests.average.toFixed(1)} logins/s, p50 ${login.latency.p50} ms, p99 ${login.latency.p99} ms; RSS ${memBeforeLogin} → peak ${peak} MiB`,
    );
  } finally {
    server.kill("SIGTERM");
    await new Promise((r) => server.once("exit", r));
    await admin(`drop database if exists ${DB_NAME} with (force)`);
  }
}

await main();
