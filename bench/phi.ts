// PHI benchmark: quality (token recall/precision per type, F2, leaked entities) and speed of this
// engine and its npm peers on the same corpora. Run: npm run bench:phi
import { readFileSync } from "node:fs";
import { detectPhi } from "../src/phi/index.ts";
import { f2, type GoldMessage, type Predicted, precision, recall, scoreMessages } from "../src/phi/score.ts";
import { type Engine, peers } from "./phi-peers.ts";

const CORPORA: Array<[string, string]> = [
  // shared/ sits beside the repository, here and in CI; a missing corpus is skipped.
  ["presidio-dev", new URL("../../shared/data/phi/presidio-dev.jsonl", import.meta.url).pathname],
  ["social-work", new URL("./corpus/social-work.jsonl", import.meta.url).pathname],
  ["social-work-holdout", new URL("./corpus/social-work-holdout.jsonl", import.meta.url).pathname],
  // Hand-written in voices the generator never uses; scored before tuning and never tuned on.
  ["social-work-blind", new URL("./corpus/social-work-blind.jsonl", import.meta.url).pathname],
];
const TYPES = ["name", "phone", "email", "address", "ssn", "case_number", "date_of_birth", "date", "id"];

function load(path: string): GoldMessage[] {
  try {
    return readFileSync(path, "utf8")
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as GoldMessage);
  } catch {
    return [];
  }
}

async function run(engine: Engine, msgs: GoldMessage[]) {
  const preds: Predicted[][] = [];
  const t0 = performance.now();
  for (const m of msgs) preds.push(await engine.detect(m.text));
  const ms = performance.now() - t0;
  const byId = new Map(msgs.map((m, i) => [m.id, preds[i]!]));
  return { score: scoreMessages(msgs, (m) => byId.get(m.id) ?? []), perSec: (msgs.length / ms) * 1000 };
}

const pct = (x: number) => (x * 100).toFixed(1).padStart(5);

const ours: Engine = { name: "aluma", typed: true, detect: detectPhi };
const engines = [ours, ...peers()];
for (const [label, path] of CORPORA) {
  const msgs = load(path);
  if (msgs.length === 0) continue;
  console.log(`\n## ${label} (${msgs.length} messages)\n`);
  console.log(
    `| engine | ${TYPES.map((t) => `R ${t}`).join(" | ")} | recall | precision | F2 | leaked | msgs/s |`,
  );
  console.log(`|${" --- |".repeat(TYPES.length + 6)}`);
  for (const e of engines) {
    const { score, perSec } = await run(e, msgs);
    const cells = TYPES.map((t) => (score.byType[t] ? pct(recall(score.byType[t])) : "    -"));
    const o = score.overall;
    console.log(
      `| ${e.name} | ${cells.join(" | ")} | ${pct(recall(o))} | ${pct(precision(o))} | ${pct(f2(o))} | ${o.leaked}/${o.entities} | ${perSec.toFixed(0)} |`,
    );
  }
  const s = (await run(ours, msgs)).score;
  const typed = TYPES.filter((t) => s.byType[`pred:${t}`])
    .map((t) => `${t} ${pct(precision(s.byType[`pred:${t}`]!))}`)
    .join(", ");
  console.log(`\naluma precision by predicted type: ${typed}`);
}
console.log(
  "\nRecall per type is type-agnostic (any prediction covering the token counts); peers' types do not map onto ours.",
);
