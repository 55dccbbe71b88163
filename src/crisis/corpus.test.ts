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

  it("in-sample (it is training data): self recall >= 0.95, false positives <= 5 %", () => {
    expect(s.recall.self).toBeGreaterThanOrEqual(0.95);
    expect(s.fpr).toBeLessThanOrEqual(0.05);
    expect(s.recall.client).toBeGreaterThanOrEqual(0.9);
  });
});

// Every other file is training data for the learned layer now, so its figures here are in-sample:
// the floors below only guard against regressions. The honest figures are
//   - leave-one-file-out from `npm run bench:crisis-train` (each crisis-train-* file is one
//     author; the model and its cut are chosen without the file), and
//   - the two FINAL files, written by two further authors, never read while the detector was
//     built and never trained on, scored once with the shipped detector (decision 005).
// First and only scores (2026-11-29), each with the detector of the day:
//   blind-6  self 67/70, client 24/25, FP 5/105   } the first retrained detector; both files
//   blind-7  self 64/70, client 25/25, FP 2/105   } were then added to the training data
//   blind-8  self 67/70, client 23/25, FP 4/105   } the shipped detector
//   blind-9  self 62/70, client 25/25, FP 2/105   }
// 260/280 = 92.9 % self recall at 15/420 = 3.6 % false positives: under the 0.95 target.
const FINAL: [file: string, self: number, client: number, fpr: number][] = [
  ["crisis-blind-8.jsonl", 67 / 70, 23 / 25, 4 / 105],
  ["crisis-blind-9.jsonl", 62 / 70, 25 / 25, 2 / 105],
];
const TRAINING = readdirSync(new URL("../../bench/corpus/", import.meta.url))
  .filter((f) => /^crisis-.*\.jsonl$/.test(f) && !FINAL.some(([name]) => name === f))
  .sort();

describe.each(TRAINING)("crisis training file %s (in-sample)", (file) => {
  const s = score(load(file), detectCrisis);

  it("keeps false positives near the 5 % target", () => {
    // In-sample, and still not zero: the long reflections of crisis-train-g sit at 8/150 (5.3 %).
    expect(s.fpr).toBeLessThanOrEqual(0.06);
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
