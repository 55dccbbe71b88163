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

// The held-out file was written before the detector and has not been tuned on. Its figures are the
// honest estimate for unseen wording, and they are BELOW the 0.95 self-recall target (0.85 at the
// time of writing; 0.73 on the very first run). The floors below pin today's level so regressions
// show up; raising them needs better rules, not edits to this file.
describe("crisis held-out corpus (bench/corpus/crisis-holdout.jsonl)", () => {
  const rows = load("crisis-holdout.jsonl");
  const s = score(rows, detectCrisis);

  it("keeps false positives at or under 5 %", () => {
    expect(s.fpr).toBeLessThanOrEqual(0.05);
  });

  it("keeps recall at the honestly measured level", () => {
    expect(s.recall.self).toBeGreaterThanOrEqual(0.8);
    expect(s.recall.client).toBeGreaterThanOrEqual(0.55);
  });
});
