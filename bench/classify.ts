/**
 * Research classifier quality: per-label precision/recall/F1 and micro averages on the tuning
 * corpus and on the held-out corpus (never used for tuning).
 *   npm run bench:classify            tables for both sets
 *   npm run bench:classify -- --errors   also list the mismatching training items
 */
import { readFileSync } from "node:fs";
import { evaluate, parseCorpus, type Score } from "../src/research/evaluate.ts";
import { TAXONOMY } from "../src/research/taxonomy.ts";

const here = new URL("./corpus/", import.meta.url);
const sets = [
  ["research.jsonl (tuning)", "research.jsonl"],
  ["research-holdout.jsonl (held out)", "research-holdout.jsonl"],
] as const;
const showErrors = process.argv.includes("--errors");

const pct = (n: number) => `${(n * 100).toFixed(1)}%`.padStart(7);
const row = (name: string, s: Score) =>
  `${name.padEnd(28)} ${String(s.tp).padStart(4)} ${String(s.fp).padStart(4)} ${String(s.fn).padStart(4)} ${pct(s.precision)} ${pct(s.recall)} ${pct(s.f1)}`;

for (const [title, file] of sets) {
  const items = parseCorpus(readFileSync(new URL(file, here), "utf8"));
  const result = evaluate(items);
  const none = items.filter((i) => i.emotions.length + i.barriers.length + i.values.length === 0).length;
  console.log(`\n## ${title}: ${items.length} messages, ${none} with no label\n`);
  console.log(`${"label".padEnd(28)}   tp   fp   fn    prec  recall      f1`);
  for (const dim of ["emotions", "barriers", "values"] as const) {
    for (const info of TAXONOMY[dim]) console.log(row(info.id, result.perLabel[info.id]));
    console.log(row(`[${dim} micro]`, result.perDimension[dim]));
  }
  console.log(row("[all micro]", result.micro));
  if (showErrors && file === "research.jsonl") {
    for (const m of result.mismatches) {
      const fmt = (c: typeof m.gold) => [...c.emotions, ...c.barriers, ...c.values].join(",") || "-";
      console.log(`\n  ${m.text}\n    gold: ${fmt(m.gold)}\n    got:  ${fmt(m.predicted)}`);
    }
  }
}
