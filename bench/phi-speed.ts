// PHI engine speed: load time (fresh process: import + first call), throughput on ~300-character
// social-work messages (one core, several runs) and bundle size, beside the npm peers measured in the
// same run. Run: npm run bench:phi-speed [-- --runs 7 --seconds 0.6 --loads 7 --entry path/to/index.ts]
//
// Every measurement runs in a fresh child process pinned to one CPU (taskset, when available), so
// engines never share a JIT, caches or a garbage collector, and the load average is printed with them.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

type EngineName = "aluma detectPhi" | "aluma redact" | "redact-pii" | "@redactpii/node";
const ENGINES: EngineName[] = ["aluma detectPhi", "aluma redact", "redact-pii", "@redactpii/node"];
const CORPORA = ["social-work", "social-work-holdout", "social-work-blind"];
const TARGET_CHARS = 300;
const SELF = fileURLToPath(import.meta.url);
const ROOT = fileURLToPath(new URL("..", import.meta.url));

/** Corpus messages joined in order (one space apart) into messages of about 300 characters. */
function messages(): string[] {
  const texts: string[] = [];
  for (const c of CORPORA) {
    const path = new URL(`./corpus/${c}.jsonl`, import.meta.url);
    for (const line of readFileSync(path, "utf8").trim().split("\n"))
      texts.push((JSON.parse(line) as { text: string }).text);
  }
  const out: string[] = [];
  let cur = "";
  for (const t of texts) {
    cur = cur ? `${cur} ${t}` : t;
    if (cur.length >= TARGET_CHARS - 20) {
      out.push(cur);
      cur = "";
    }
  }
  if (cur) out.push(cur);
  return out;
}

/** A function text => anything, for each engine, imported from `alumaUrl` (bundle or source). */
async function engine(name: EngineName, alumaUrl: string): Promise<(text: string) => unknown> {
  if (name === "redact-pii") {
    const { SyncRedactor } = await import("redact-pii");
    const r = new SyncRedactor();
    return (t) => r.redact(t);
  }
  if (name === "@redactpii/node") {
    const { Redactor } = await import("@redactpii/node");
    const r = new Redactor();
    return (t) => r.redact(t);
  }
  const mod = (await import(alumaUrl)) as typeof import("../src/phi/index.ts");
  return name === "aluma redact" ? mod.redact : mod.detectPhi;
}

// ---- child processes -------------------------------------------------------------------------

async function childThroughput(name: EngineName, alumaUrl: string, runs: number, seconds: number) {
  const msgs = messages();
  const fn = await engine(name, alumaUrl);
  const pass = () => {
    const t0 = performance.now();
    for (const m of msgs) fn(m);
    return performance.now() - t0;
  };
  const firstPass = (msgs.length / pass()) * 1000;
  // Each run repeats the corpus for at least `seconds`, so timer noise stays small. Rates per second of
  // this process's CPU time are printed too: on a busy machine they leave out time spent descheduled.
  const rates: number[] = [];
  const cpuRates: number[] = [];
  for (let r = 0; r < runs; r++) {
    let n = 0;
    let ms = 0;
    const cpu0 = process.cpuUsage();
    while (ms < seconds * 1000) {
      ms += pass();
      n += msgs.length;
    }
    const cpu = process.cpuUsage(cpu0);
    rates.push((n / ms) * 1000);
    cpuRates.push((n / (cpu.user + cpu.system)) * 1e6);
  }
  process.stdout.write(JSON.stringify({ firstPass, rates, cpuRates }));
}

// ---- parent ----------------------------------------------------------------------------------

const hasTaskset = spawnSync("taskset", ["-V"]).status === 0;

// The last CPU: one core, and the same one for every engine.
const CPU = String(Math.max(0, availableParallelism() - 1));

function run(node: string[]): unknown {
  const [cmd, ...rest] = hasTaskset
    ? ["taskset", "-c", CPU, process.execPath, ...node]
    : [process.execPath, ...node];
  const out = execFileSync(cmd!, rest, { cwd: ROOT, encoding: "utf8", maxBuffer: 1 << 24 });
  return JSON.parse(out);
}
const child = (args: string[]) => run(["--import", "tsx", SELF, "--child", ...args]);

// Load time in plain node (no TypeScript loader): the bundle as browsers and the server get it.
const LOAD_SNIPPET = {
  aluma: `const { detectPhi: f } = await import(process.argv[1]);`,
  "redact-pii": `const { SyncRedactor } = await import("redact-pii"); const r = new SyncRedactor(); const f = (t) => r.redact(t);`,
  "@redactpii/node": `const { Redactor } = await import("@redactpii/node"); const r = new Redactor(); const f = (t) => r.redact(t);`,
};
function loadOnce(which: keyof typeof LOAD_SNIPPET, url: string): { importMs: number; totalMs: number } {
  const code = `const t0 = performance.now(); ${LOAD_SNIPPET[which]} const t1 = performance.now();
f("Met with Maria Lopez at 4410 Maple Ridge Dr, call her on 555-201-3344.");
const t2 = performance.now(); console.log(JSON.stringify({ importMs: t1 - t0, totalMs: t2 - t0 }));`;
  return run(["--input-type=module", "-e", code, url]) as { importMs: number; totalMs: number };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}
const load = () =>
  loadavg()
    .map((x) => x.toFixed(2))
    .join(" ");
const flag = (name: string, dflt: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : dflt;
};

async function bundle(dir: string, entry: string): Promise<{ url: string; raw: number; gz: number }> {
  const out = join(dir, "phi.mjs");
  await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: "esm",
    target: "es2022",
    outfile: out,
    logLevel: "silent",
  });
  const code = readFileSync(out);
  return { url: pathToFileURL(out).href, raw: code.length, gz: gzipSync(code, { level: 9 }).length };
}

async function main(): Promise<void> {
  const runs = flag("runs", 7);
  const seconds = flag("seconds", 0.6);
  const loads = flag("loads", 7);
  const msgs = messages();
  const avg = msgs.reduce((a, m) => a + m.length, 0) / msgs.length;
  const dir = mkdtempSync(join(tmpdir(), "phi-speed-"));
  try {
    // --entry compares another copy of the engine (an older checkout) under the same conditions.
    const i = process.argv.indexOf("--entry");
    const b = await bundle(dir, i >= 0 ? process.argv[i + 1]! : join(ROOT, "src/phi/index.ts"));
    console.log(`# PHI speed (${hasTaskset ? "pinned to one CPU" : "not pinned: no taskset"})`);
    console.log(
      `\n${msgs.length} messages, ${avg.toFixed(0)} characters on average, from ${CORPORA.join(", ")}`,
    );
    console.log(
      `aluma bundle (esbuild, minified ESM): ${(b.raw / 1024).toFixed(0)} KB, ${(b.gz / 1024).toFixed(0)} KB gzipped`,
    );
    console.log(`load average at start: ${load()}`);

    console.log("\n## Load: fresh process, import + first call (ms)\n");
    console.log("| engine | import min | import median | import + first call min | median | load avg |");
    console.log("| --- | --- | --- | --- | --- | --- |");
    for (const name of ["aluma", "redact-pii", "@redactpii/node"] as const) {
      const rs = Array.from({ length: loads }, () => loadOnce(name, b.url));
      const imp = rs.map((r) => r.importMs);
      const tot = rs.map((r) => r.totalMs);
      console.log(
        `| ${name === "aluma" ? "aluma (bundle)" : name} | ${Math.min(...imp).toFixed(0)} | ${median(imp).toFixed(0)} | ${Math.min(...tot).toFixed(0)} | ${median(tot).toFixed(0)} | ${load()} |`,
      );
    }

    console.log(
      `\n## Throughput: messages per second, ${runs} runs of ≥ ${seconds} s after one warm-up pass\n`,
    );
    console.log("| engine | first pass | min | median | max | median per CPU-second | load avg |");
    console.log("| --- | --- | --- | --- | --- | --- | --- |");
    for (const name of ENGINES) {
      const r = child(["throughput", name, b.url, String(runs), String(seconds)]) as {
        firstPass: number;
        rates: number[];
        cpuRates: number[];
      };
      const f = (x: number) => x.toFixed(0);
      console.log(
        `| ${name} | ${f(r.firstPass)} | ${f(Math.min(...r.rates))} | ${f(median(r.rates))} | ${f(Math.max(...r.rates))} | ${f(median(r.cpuRates))} | ${load()} |`,
      );
    }
    console.log(
      "\naluma redact runs detection at least twice per message (the second pass proves idempotence).",
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const ci = process.argv.indexOf("--child");
if (ci >= 0) {
  const [, name, url, runs, seconds] = process.argv.slice(ci + 1);
  await childThroughput(name as EngineName, url!, Number(runs), Number(seconds));
} else await main();
