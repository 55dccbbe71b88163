import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { detectByRules, detectCrisis } from "./detect.ts";
import { parseCorpus, score } from "./score.ts";

const load = (name: string) =>
  parseCorpus(readFileSync(new URL(`../../bench/corpus/${name}`, import.meta.url), "utf8"));

describe("crisis corpus (bench/corpus/crisis.jsonl)", () => {
  const rows = load("crisis.jsonl");
  const s = score(rows, detectCrisis);

  it("is big enough and mostly traps", () => {
    expect(rows.length).toBeGreaterThanOrEqual(250);
    expect(s.support.self).toBeGreaterThanOrEqual(70);
    expect(s.support.client).toBeGreaterThanOrEqual(30);
    expect(s.support.none).toBeGreaterThan(s.support.self + s.support.client);
  });

  it("meets the targets: self recall >= 0.95, false positives <= 5 %", () => {
    expect(s.recall.self).toBeGreaterThanOrEqual(0.95);
    expect(s.fpr).toBeLessThanOrEqual(0.05);
    expect(s.recall.client).toBeGreaterThanOrEqual(0.9);
  });
});

// Each further file was written before the detector saw it. The first score on each is the honest
// estimate for unseen wording; after that a file may have been tuned on, and its floor only guards
// against regressions. Raising a floor needs better rules or data, not edits to this table.
//
// Since the learned layer (model.ts) the shipped detector is trained on every file up to blind-4
// plus crisis-train-extra.jsonl, so its figures there are in-sample. The honest figures for those
// files are the leave-one-file-out ones from `npm run bench:crisis-train` (model trained without
// the file, threshold chosen without it), in the right-hand column. blind-5 was written before
// the retraining and never trained or tuned on: it is the number to quote.
//
//   file         first score, rules only       leave-one-file-out, rules + model
//                (self / client / FPR)         (self / client / FPR)
//   holdout      22/26  7/12  0/44             26/26  12/12   1/44   (rules tuned on it)
//   blind-1      15/40  4/15  1/65             40/40  15/15   2/65   (rules tuned on it)
//   blind-2      12/40  6/15  4/65             40/40  15/15   0/65   (rules tuned on it)
//   blind-3       5/25  5/10  2/40             18/25   9/10   1/40
//   blind-4      18/35  6/10  3/55             29/35   9/10   1/55
//   train-extra  44/149 27/58 10/214           93/149 32/58   7/214  (training data, varied voices)
//   blind-5      12/35  5/12  1/53             26/35   9/12   2/53   <- final: shipped model, scored once
const FLOORS: [file: string, self: number, client: number, fpr: number][] = [
  ["crisis-holdout.jsonl", 0.95, 0.9, 0.05],
  ["crisis-blind-1.jsonl", 0.95, 0.9, 0.05],
  ["crisis-blind-2.jsonl", 0.95, 0.9, 0.05],
  // In the model's training data now; the floors only guard against regressions.
  ["crisis-blind-3.jsonl", 0.95, 0.9, 0.05],
  ["crisis-blind-4.jsonl", 0.95, 0.9, 0.05],
  ["crisis-train-extra.jsonl", 0.9, 0.9, 0.05],
  // Unseen: 26/35, 9/12 and 2/53 (3.8 %, one from the rule layer). Self recall below the target.
  ["crisis-blind-5.jsonl", 0.74, 0.75, 0.038],
];

describe.each(FLOORS)("crisis held-out file %s", (file, selfFloor, clientFloor, fprCeiling) => {
  const s = score(load(file), detectCrisis);

  it("keeps false positives at the measured level (5 % target)", () => {
    expect(s.fpr).toBeLessThanOrEqual(fprCeiling);
  });

  it("keeps recall at the honestly measured level", () => {
    expect(s.recall.self).toBeGreaterThanOrEqual(selfFloor);
    expect(s.recall.client).toBeGreaterThanOrEqual(clientFloor);
  });
});

describe("rule layers alone", () => {
  // The model may only add to the rules: every file the rules pass, the combination passes too.
  it.each(FLOORS)("are never better than rules + model on %s", (file) => {
    const rows = load(file);
    const rules = score(rows, detectByRules);
    const both = score(rows, detectCrisis);
    expect(both.matrix.self.self).toBeGreaterThanOrEqual(rules.matrix.self.self);
    expect(both.matrix.client.client).toBeGreaterThanOrEqual(rules.matrix.client.client);
  });
});
