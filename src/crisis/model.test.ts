import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { BUCKETS, ENGINEERED_NAMES, FEATURES, featurise, HASH_BITS, windows } from "./features.ts";
import {
  decodeModel,
  encodeModel,
  MODEL_FORMAT,
  scoreCrisis,
  scoreNormalised,
  shipped,
  shippedDecodeCount,
  type Weights,
} from "./model.ts";
import { MODEL_WEIGHTS } from "./model-weights.ts";
import { normalise } from "./normalise.ts";

describe("shipped weights (model-weights.ts)", () => {
  it("match the format the trainer writes and these features read", () => {
    expect(MODEL_WEIGHTS.format).toBe(MODEL_FORMAT);
    expect(MODEL_WEIGHTS.hashBits).toBe(HASH_BITS);
    expect(MODEL_WEIGHTS.engineered).toEqual(ENGINEERED_NAMES);
    expect(MODEL_WEIGHTS.scales).toHaveLength(4);
    expect(atob(MODEL_WEIGHTS.data)).toHaveLength(2 * FEATURES);
    // A threshold under 0.5 could fire on a message the model thinks is more likely safe.
    expect(MODEL_WEIGHTS.thresholds).toHaveLength(2);
    for (const t of MODEL_WEIGHTS.thresholds) {
      expect(t).toBeGreaterThanOrEqual(0.5);
      expect(t).toBeLessThanOrEqual(1);
    }
    // The veto may only overrule rules when the model is nearly sure: never at even odds.
    expect(MODEL_WEIGHTS.veto).toBeGreaterThanOrEqual(0);
    expect(MODEL_WEIGHTS.veto).toBeLessThanOrEqual(0.25);
  });

  it("round-trip through encode/decode unchanged (re-encoding is byte-identical)", () => {
    const w = decodeModel(MODEL_WEIGHTS);
    expect(encodeModel(w).data).toBe(MODEL_WEIGHTS.data);
  });

  it("stay compact", () => {
    // 2^16 hashed buckets per kind as int8 in base64 (~175 KB): the 2^14 table was ~1 point of
    // recall worse in leave-one-author-out, and the detector does not ship to the browser today.
    expect(JSON.stringify(MODEL_WEIGHTS).length).toBeLessThan(200_000);
  });

  it("are decoded once, however many messages are scored", () => {
    scoreCrisis("first");
    const first = shipped();
    for (let i = 0; i < 20; i++) scoreCrisis(`message ${i}`);
    expect(shipped()).toBe(first);
    expect(shippedDecodeCount()).toBe(1);
  });

  it("reject weights made for other features", () => {
    expect(() => decodeModel({ ...MODEL_WEIGHTS, engineered: ["other"] })).toThrow(/engineered/);
    expect(() => decodeModel({ ...MODEL_WEIGHTS, hashBits: HASH_BITS + 1 })).toThrow(/format/);
    expect(() => decodeModel({ ...MODEL_WEIGHTS, data: btoa("abc") })).toThrow(/count/);
  });
});

describe("quantisation", () => {
  it("keeps every weight within half a step of the original", () => {
    const self = Float32Array.from({ length: FEATURES }, (_, i) => Math.sin(i) * (i < BUCKETS ? 0.3 : 4));
    const client = Float32Array.from({ length: FEATURES }, (_, i) => Math.cos(i) * (i < BUCKETS ? 0.2 : 2));
    const w: Weights = { self, client, bias: [-1, -2], thresholds: [0.7, 0.8], veto: 0.05 };
    const back = decodeModel(encodeModel(w));
    for (let i = 0; i < FEATURES; i += 97) {
      expect(Math.abs(back.self[i]! - self[i]!)).toBeLessThanOrEqual((i < BUCKETS ? 0.3 : 4) / 254 + 1e-6);
      expect(Math.abs(back.client[i]! - client[i]!)).toBeLessThanOrEqual(
        (i < BUCKETS ? 0.2 : 2) / 254 + 1e-6,
      );
    }
    expect(back.bias).toEqual([-1, -2]);
    expect(back.thresholds).toEqual([0.7, 0.8]);
    expect(back.veto).toBe(0.05);
  });
});

describe("features", () => {
  it("index only inside the weight table, without duplicates", () => {
    const x = featurise(normalise("I can't do this anymore, honestly I want to die tonight"));
    expect(new Set(x.index).size).toBe(x.index.length);
    for (const i of x.index) expect(i >= 0 && i < FEATURES).toBe(true);
  });

  it("read a long message as overlapping sentence pairs, a short one whole", () => {
    expect(windows("one. two.")).toEqual(["one. two."]);
    expect(windows("a. b. c. d. e.")).toHaveLength(4);
  });
});

describe("scoreCrisis", () => {
  it("is deterministic and bounded for arbitrary text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 300 }), (text) => {
        const a = scoreCrisis(text);
        expect(scoreCrisis(text)).toEqual(a);
        for (const p of [a.self, a.client]) expect(p >= 0 && p <= 1 && Number.isFinite(p)).toBe(true);
        expect(a.self + a.client).toBeLessThanOrEqual(1 + 1e-9);
      }),
      { numRuns: 300 },
    );
  });

  it("separates a plain first-person crisis from a plain practice message", () => {
    expect(scoreCrisis("i want to kill myself tonight").self).toBeGreaterThan(0.5);
    expect(scoreCrisis("Can you help me structure my supervision notes for Friday?").self).toBeLessThan(0.2);
  });

  it("finds one risky sentence inside a long message", () => {
    const filler = "The visit went fine and the paperwork is done. ".repeat(10);
    const risky = scoreNormalised(
      normalise(`${filler}I have the pills counted out and tonight I will take them all.`),
    );
    expect(risky.self).toBeGreaterThan(scoreNormalised(normalise(filler)).self);
  });

  it("scores a 500-character message in well under a millisecond on average", () => {
    const text = "I had a hard week at work and honestly I keep thinking it would be easier not to be here. "
      .repeat(6)
      .slice(0, 500);
    scoreCrisis(text);
    const runs = 200;
    const started = performance.now();
    for (let i = 0; i < runs; i++) scoreCrisis(text);
    // The target is < 1 ms; the bound leaves room for a loaded CI machine.
    expect((performance.now() - started) / runs).toBeLessThan(5);
  });
});
