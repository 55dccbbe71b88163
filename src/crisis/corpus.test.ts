import { readdirSync, readFileSync } from "node:fs";
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

  it("in-sample (it is training data): self recall >= 0.95, false positives <= 6.5 %", () => {
    expect(s.recall.self).toBeGreaterThanOrEqual(0.95);
    // 17/277 = 6.1 % at decision 009's cut (0.58 self, 0.50 client), which spends the 5 % budget
    // over all 131 files; this first hand-written file is mostly hard traps, and three short ones
    // ("i took my pills this morning and feel better") now score over the cut (decision 009).
    expect(s.fpr).toBeLessThanOrEqual(0.065);
    expect(s.recall.client).toBeGreaterThanOrEqual(0.9);
  });
});

// Every other file is training data for the learned layer now, so its figures here are in-sample:
// the floors below only guard against regressions. The honest figures are
//   - leave-one-file-out from `npm run bench:crisis-train` (each crisis-train-* file is one
//     author; the model and its cut are chosen without the file), and
//   - the FINAL files, each by a further author, never trained on, scored with the shipped
//     detector (decisions 005-008).
// blind-10..18 have been scored many times while the detector changed (006-009 say how), so
// they are regression guards. blind-58..73 were written at the start of decision 009's work, set
// aside unread, and scored once with the shipped detector: self 1,073/1,120 = 95.8 %, client
// 381/400, false positives 70/1,680 = 4.2 %. Every other file has been read or trained on, so it
// counts as in-sample (blind-50..57, decision 008's clean set, is training data since 009).
const FINAL: [file: string, self: number, client: number, fpr: number][] = [
  ["crisis-blind-10.jsonl", 69 / 70, 24 / 25, 1 / 105],
  ["crisis-blind-11.jsonl", 69 / 70, 25 / 25, 5 / 105],
  ["crisis-blind-12.jsonl", 67 / 70, 24 / 25, 4 / 105],
  ["crisis-blind-13.jsonl", 69 / 70, 22 / 25, 6 / 105],
  ["crisis-blind-14.jsonl", 69 / 70, 24 / 25, 4 / 105],
  ["crisis-blind-15.jsonl", 70 / 70, 25 / 25, 0 / 105],
  ["crisis-blind-16.jsonl", 70 / 70, 20 / 25, 13 / 105],
  ["crisis-blind-17.jsonl", 67 / 70, 25 / 25, 4 / 105],
  ["crisis-blind-18.jsonl", 70 / 70, 21 / 25, 8 / 105],
  ["crisis-blind-58.jsonl", 70 / 70, 23 / 25, 5 / 105],
  ["crisis-blind-59.jsonl", 65 / 70, 25 / 25, 7 / 105],
  ["crisis-blind-60.jsonl", 66 / 70, 23 / 25, 11 / 105],
  ["crisis-blind-61.jsonl", 66 / 70, 24 / 25, 4 / 105],
  ["crisis-blind-62.jsonl", 67 / 70, 25 / 25, 4 / 105],
  ["crisis-blind-63.jsonl", 67 / 70, 25 / 25, 2 / 105],
  ["crisis-blind-64.jsonl", 69 / 70, 22 / 25, 10 / 105],
  ["crisis-blind-65.jsonl", 69 / 70, 23 / 25, 2 / 105],
  ["crisis-blind-66.jsonl", 62 / 70, 24 / 25, 3 / 105],
  ["crisis-blind-67.jsonl", 67 / 70, 24 / 25, 4 / 105],
  ["crisis-blind-68.jsonl", 65 / 70, 24 / 25, 3 / 105],
  ["crisis-blind-69.jsonl", 67 / 70, 24 / 25, 4 / 105],
  ["crisis-blind-70.jsonl", 67 / 70, 25 / 25, 4 / 105],
  ["crisis-blind-71.jsonl", 67 / 70, 24 / 25, 4 / 105],
  ["crisis-blind-72.jsonl", 70 / 70, 24 / 25, 1 / 105],
  ["crisis-blind-73.jsonl", 69 / 70, 22 / 25, 2 / 105],
];
const TRAINING = readdirSync(new URL("../../bench/corpus/", import.meta.url))
  .filter((f) => /^crisis-.*\.jsonl$/.test(f) && !FINAL.some(([name]) => name === f))
  .sort();

describe.each(TRAINING)("crisis training file %s (in-sample)", (file) => {
  const s = score(load(file), detectCrisis);

  it("keeps false positives near the 5 % target", () => {
    // In-sample, and still not zero: long reflections are the weak spot. crisis-train-bh's
    // supervision logs sit at 9/105 (8.6 %), crisis-train-ad and -i at 6.5 % and 6.3 %.
    expect(s.fpr).toBeLessThanOrEqual(0.09);
  });

  it("keeps recall where training put it", () => {
    expect(s.recall.self).toBeGreaterThanOrEqual(0.9);
    expect(s.recall.client).toBeGreaterThanOrEqual(0.85);
  });
});

describe.each(FINAL)(
  "crisis final file %s (never trained on)",
  (file, selfFloor, clientFloor, fprCeiling) => {
    const s = score(load(file), detectCrisis);

    it("keeps false positives at the measured level", () => {
      expect(s.fpr).toBeLessThanOrEqual(fprCeiling);
    });

    it("keeps recall at the honestly measured level", () => {
      expect(s.recall.self).toBeGreaterThanOrEqual(selfFloor);
      expect(s.recall.client).toBeGreaterThanOrEqual(clientFloor);
    });
  },
);

describe("firm rules", () => {
  // The model may veto a loose rule hit, never a firm one ("i want to die" inside a long message
  // about visits): every firm hit in every corpus stays a signal.
  it.each([...TRAINING, ...FINAL.map(([f]) => f)])("are never overruled on %s", (file) => {
    for (const row of load(file)) {
      if (detectByRules(row.text)?.firm) expect(detectCrisis(row.text)).not.toBeNull();
    }
  });
});
