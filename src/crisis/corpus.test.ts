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

  it("in-sample (it is training data): self recall >= 0.95, false positives <= 6 %", () => {
    expect(s.recall.self).toBeGreaterThanOrEqual(0.95);
    // 14/277 = 5.1 % at decision 008's cut (0.58 for self), which spends the 5 % budget over all
    // 105 files; this first hand-written file is mostly hard traps.
    expect(s.fpr).toBeLessThanOrEqual(0.06);
    expect(s.recall.client).toBeGreaterThanOrEqual(0.9);
  });
});

// Every other file is training data for the learned layer now, so its figures here are in-sample:
// the floors below only guard against regressions. The honest figures are
//   - leave-one-file-out from `npm run bench:crisis-train` (each crisis-train-* file is one
//     author; the model and its cut are chosen without the file), and
//   - the FINAL files, each by a further author, never trained on, scored with the shipped
//     detector (decisions 005-008).
// blind-10..18 have been scored many times while the detector changed (006, 007 say how), so
// they are regression guards. blind-50..57 were written at the start of decision 008's work, set
// aside unread, and scored once with the shipped detector: self 531/560 = 94.8 %, client 190/200,
// false positives 24/840 = 2.9 %. Every other file has been read or trained on, so it counts as
// in-sample.
const FINAL: [file: string, self: number, client: number, fpr: number][] = [
  ["crisis-blind-10.jsonl", 69 / 70, 24 / 25, 1 / 105],
  ["crisis-blind-11.jsonl", 68 / 70, 25 / 25, 5 / 105],
  ["crisis-blind-12.jsonl", 67 / 70, 24 / 25, 5 / 105],
  ["crisis-blind-13.jsonl", 69 / 70, 22 / 25, 5 / 105],
  ["crisis-blind-14.jsonl", 69 / 70, 24 / 25, 5 / 105],
  ["crisis-blind-15.jsonl", 70 / 70, 25 / 25, 0 / 105],
  ["crisis-blind-16.jsonl", 70 / 70, 19 / 25, 15 / 105],
  ["crisis-blind-17.jsonl", 67 / 70, 25 / 25, 2 / 105],
  ["crisis-blind-18.jsonl", 70 / 70, 21 / 25, 9 / 105],
  ["crisis-blind-50.jsonl", 68 / 70, 24 / 25, 2 / 105],
  ["crisis-blind-51.jsonl", 67 / 70, 23 / 25, 5 / 105],
  ["crisis-blind-52.jsonl", 64 / 70, 22 / 25, 4 / 105],
  ["crisis-blind-53.jsonl", 68 / 70, 23 / 25, 4 / 105],
  ["crisis-blind-54.jsonl", 63 / 70, 24 / 25, 2 / 105],
  ["crisis-blind-55.jsonl", 66 / 70, 25 / 25, 3 / 105],
  ["crisis-blind-56.jsonl", 67 / 70, 24 / 25, 2 / 105],
  ["crisis-blind-57.jsonl", 68 / 70, 25 / 25, 2 / 105],
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
