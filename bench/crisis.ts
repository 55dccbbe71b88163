// Crisis detector quality on every labelled file, side by side: the tuning corpus, the held-out
// file and the blind batches (each written before the detector was tuned on it).
// Run: npm run bench:crisis   (add --misses to list every wrong answer, --file=NAME for one file)

import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { detectCrisis } from "../src/crisis/index.ts";
import { type CorpusRow, parseCorpus, type Score, score } from "../src/crisis/score.ts";

const showMisses = process.argv.includes("--misses");
const only = process.argv.find((a) => a.startsWith("--file="))?.slice("--file=".length);
const dir = new URL("./corpus/", import.meta.url);

function load(name: string): CorpusRow[] {
  return parseCorpus(readFileSync(fileURLToPath(new URL(name, dir)), "utf8"));
}

// The tuning corpus first, then the held-out file, then blind batches in the order written.
const files = readdirSync(fileURLToPath(dir))
  .filter((f) => /^crisis.*\.jsonl$/.test(f))
  .sort((a, b) => (a === "crisis.jsonl" ? -1 : b === "crisis.jsonl" ? 1 : a.localeCompare(b)))
  .filter((f) => !only || f === only);

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const frac = (a: number, b: number) => `${pct(b === 0 ? 1 : a / b)} (${a}/${b})`;

const results: { file: string; s: Score; ms: number; n: number }[] = [];
for (const file of files) {
  const rows = load(file);
  const started = performance.now();
  const s = score(rows, detectCrisis);
  results.push({ file, s, ms: (performance.now() - started) / rows.length, n: rows.length });
}

const columns: [string, (r: (typeof results)[number]) => string][] = [
  ["messages", (r) => String(r.n)],
  ["self recall", (r) => frac(r.s.matrix.self.self, r.s.support.self)],
  ["client recall", (r) => frac(r.s.matrix.client.client, r.s.support.client)],
  ["any-crisis recall", (r) => pct(r.s.anyRecall)],
  ["false positives", (r) => frac(r.s.falsePositives, r.s.support.none)],
  ["self->client", (r) => String(r.s.matrix.self.client)],
  ["client->self", (r) => String(r.s.matrix.client.self)],
  ["ms/message", (r) => r.ms.toFixed(3)],
];
const width = Math.max(...results.map((r) => r.file.length), 18) + 2;
console.log(`\n${"".padEnd(20)}${results.map((r) => r.file.padStart(width)).join("")}`);
for (const [name, cell] of columns) {
  console.log(`${name.padEnd(20)}${results.map((r) => cell(r).padStart(width)).join("")}`);
}

if (showMisses) {
  for (const r of results) {
    console.log(`\n${r.file}:`);
    for (const m of r.s.misses) console.log(`  MISS label=${m.label} got=${m.got}: ${m.text}`);
  }
}
