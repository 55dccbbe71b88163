import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { detectCrisis } from "./detect.ts";
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
// against regressions. Raising a floor needs better rules, not edits to this table.
//
//   file             first score (self / client / FPR)   tuned on afterwards?
//   holdout          22/26  7/12  0/44                   yes (concept layer)
//   blind-1          15/40  4/15  1/65                   yes
//   blind-2          12/40  6/15  4/65  <- headline      yes
//   blind-3           5/25  5/10  2/40                   no: still an unseen measurement
const FLOORS: [file: string, self: number, client: number][] = [
  ["crisis-holdout.jsonl", 0.95, 0.9],
  ["crisis-blind-1.jsonl", 0.95, 0.9],
  ["crisis-blind-2.jsonl", 0.95, 0.9],
  // Untuned: far below the 0.95 target. This is the number to quote for unseen wording.
  ["crisis-blind-3.jsonl", 0.2, 0.5],
];

describe.each(FLOORS)("crisis held-out file %s", (file, selfFloor, clientFloor) => {
  const s = score(load(file), detectCrisis);

  it("keeps false positives at or under 5 %", () => {
    expect(s.fpr).toBeLessThanOrEqual(0.05);
  });

  it("keeps recall at the honestly measured level", () => {
    expect(s.recall.self).toBeGreaterThanOrEqual(selfFloor);
    expect(s.recall.client).toBeGreaterThanOrEqual(clientFloor);
  });
});
