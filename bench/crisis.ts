// Crisis detector quality on every labelled file: the rule layers alone and rules + learned
// model (the shipped detector) side by side. The tuning corpus first, then the other files in
// name order. Every file not in FINAL_FILES (bench/crisis-train.ts) is training data (in-sample
// figures); the FINAL files were written by independent authors and never trained on, so they are
// the unbiased numbers (decisions 006-008 say which were scored more than once).
// Run: npm run bench:crisis   (add --misses to list every wrong answer, --file=NAME for one file)

import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { detectByRules, detectCrisis } from "../src/crisis/detect.ts";
import { type CorpusRow, parseCorpus, type Score, score } from "../src/crisis/score.ts";

const showMisses = process.argv.includes("--misses");
const only = process.argv.find((a) => a.startsWith("--file="))?.slice("--file=".length);
const dir = new URL("./corpus/", import.meta.url);

function load(name: string): CorpusRow[] {
  return parseCorpus(readFileSync(fileURLToPath(new URL(name, dir)), "utf8"));
}

const files = readdirSync(fileURLToPath(dir))
  .filter((f) => /^crisis.*\.jsonl$/.test(f))
  .sort((a, b) => (a === "crisis.jsonl" ? -1 : b === "crisis.jsonl" ? 1 : a.localeCompare(b)))
  .filter((f) => !only || f === only);

const frac = (a: number, b: number) => `${a}/${b}`;
const pct = (a: number, b: number) => `${((b === 0 ? 1 : a / b) * 100).toFixed(0)}%`;

interface Result {
  file: string;
  rules: Score;
  combined: Score;
  ms: number;
}
const results: Result[] = files.map((file) => {
  const rows = load(file);
  const rules = score(rows, detectByRules);
  const started = performance.now();
  const combined = score(rows, detectCrisis);
  return { file, rules, combined, ms: (performance.now() - started) / rows.length };
});

// Each metric as "rules -> combined".
const columns: [string, (s: Score) => string][] = [
  [
    "self recall",
    (s) => `${frac(s.matrix.self.self, s.support.self)} ${pct(s.matrix.self.self, s.support.self)}`,
  ],
  [
    "client recall",
    (s) =>
      `${frac(s.matrix.client.client, s.support.client)} ${pct(s.matrix.client.client, s.support.client)}`,
  ],
  [
    "false positives",
    (s) => `${frac(s.falsePositives, s.support.none)} ${pct(s.falsePositives, s.support.none)}`,
  ],
  ["kind swaps", (s) => String(s.matrix.self.client + s.matrix.client.self)],
];
const width = Math.max(...files.map((f) => f.length), 8) + 2;
const colWidth = 30;
console.log(
  `\n${"file".padEnd(width)}${columns.map(([n]) => `${n}: rules -> combined`.padEnd(colWidth + 4)).join("")}ms/msg`,
);
for (const r of results) {
  const cells = columns.map(([, c]) => `${c(r.rules)} -> ${c(r.combined)}`.padEnd(colWidth + 4));
  console.log(`${r.file.padEnd(width)}${cells.join("")}${r.ms.toFixed(3)}`);
}

if (showMisses) {
  for (const r of results) {
    console.log(`\n${r.file} (combined):`);
    for (const m of r.combined.misses) console.log(`  MISS label=${m.label} got=${m.got}: ${m.text}`);
  }
}
