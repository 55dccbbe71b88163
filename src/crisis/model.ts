// The learned layer: a multinomial logistic regression over features.ts, trained offline by
// bench/crisis-train.ts and shipped as data in model-weights.ts.
//
// Three classes, none / self / client, with the "none" logit fixed at 0, so there are two weight
// vectors. Weights are stored as int8 with one scale per class and per part (hashed n-grams,
// engineered features): the engineered weights are an order of magnitude larger, and a shared
// scale would round most n-gram weights to zero. Decoded once, on first use.

import {
  BUCKETS,
  ENGINEERED_NAMES,
  FEATURES,
  featurise,
  HASH_BITS,
  type Sparse,
  windows,
} from "./features.ts";
import { MODEL_WEIGHTS } from "./model-weights.ts";
import { normalise } from "./normalise.ts";

// Format 2: a threshold per kind and a rule veto (format 1 had one shared threshold).
export const MODEL_FORMAT = 2;

/** The serialised form written by the trainer into model-weights.ts. */
export interface EncodedModel {
  readonly format: number;
  readonly hashBits: number;
  readonly engineered: readonly string[];
  /** [self n-grams, self engineered, client n-grams, client engineered] */
  readonly scales: readonly number[];
  readonly bias: readonly [number, number];
  /**
   * The model fires a kind when that kind's probability reaches its threshold: [self, client].
   * Separate, because practitioner messages that merely mention a client's risk push the client
   * score up far more often than the self score, so one shared cut-off wastes self recall.
   */
  readonly thresholds: readonly [number, number];
  /**
   * A rule hit stands unless the model is this sure the message is safe (p.self + p.client
   * under it): the rules are phrase patterns and misfire on wordings their authors never saw
   * ("my daughter's going to murder me, i forgot her play"), which the model has seen in traps.
   * 0 turns the veto off.
   */
  readonly veto: number;
  /** base64 of 2 * FEATURES int8 values: self weights, then client weights. */
  readonly data: string;
}

export interface Weights {
  readonly self: Float32Array;
  readonly client: Float32Array;
  readonly bias: readonly [number, number];
  readonly thresholds: readonly [number, number];
  readonly veto: number;
}

/** What combine() needs of a model: where it fires and when it overrules the rules. */
export type Cut = Pick<Weights, "thresholds" | "veto">;

export interface CrisisScore {
  self: number;
  client: number;
}

const PARTS: readonly [number, number][] = [
  [0, BUCKETS],
  [BUCKETS, FEATURES],
];

function quantise(w: Float32Array, out: Int8Array, offset: number): number[] {
  return PARTS.map(([lo, hi]) => {
    let max = 0;
    for (let i = lo; i < hi; i++) max = Math.max(max, Math.abs(w[i]!));
    const scale = max > 0 ? max / 127 : 1;
    for (let i = lo; i < hi; i++) out[offset + i] = Math.round(w[i]! / scale);
    return scale;
  });
}

/** Serialises trained weights; the inverse of decodeModel. Used by the trainer. */
export function encodeModel(w: Weights): EncodedModel {
  const bytes = new Int8Array(2 * FEATURES);
  const scales = [...quantise(w.self, bytes, 0), ...quantise(w.client, bytes, FEATURES)];
  let binary = "";
  for (const b of new Uint8Array(bytes.buffer)) binary += String.fromCharCode(b);
  return {
    format: MODEL_FORMAT,
    hashBits: HASH_BITS,
    engineered: ENGINEERED_NAMES,
    scales,
    bias: [w.bias[0], w.bias[1]],
    thresholds: [w.thresholds[0], w.thresholds[1]],
    veto: w.veto,
    data: btoa(binary),
  };
}

/** Checks the encoded model was made for these features, then expands it to floats. */
export function decodeModel(m: EncodedModel): Weights {
  if (m.format !== MODEL_FORMAT || m.hashBits !== HASH_BITS) throw new Error("crisis model: wrong format");
  if (m.engineered.join("|") !== ENGINEERED_NAMES.join("|")) {
    throw new Error("crisis model: engineered features changed; run npm run bench:crisis-train");
  }
  const binary = atob(m.data);
  if (binary.length !== 2 * FEATURES) throw new Error("crisis model: wrong weight count");
  const expand = (offset: number, scales: readonly number[]) =>
    Float32Array.from({ length: FEATURES }, (_, i) => {
      const byte = binary.charCodeAt(offset + i);
      return (byte > 127 ? byte - 256 : byte) * scales[i < BUCKETS ? 0 : 1]!;
    });
  return {
    self: expand(0, m.scales.slice(0, 2)),
    client: expand(FEATURES, m.scales.slice(2, 4)),
    bias: m.bias,
    thresholds: m.thresholds,
    veto: m.veto,
  };
}

/** Logits of one feature vector. Exported for the trainer, which shares this exact arithmetic. */
export function logits(x: Sparse, w: Weights): [number, number] {
  let s = w.bias[0];
  let c = w.bias[1];
  for (let k = 0; k < x.index.length; k++) {
    const i = x.index[k]!;
    s += w.self[i]! * x.value[k]!;
    c += w.client[i]! * x.value[k]!;
  }
  return [s, c];
}

/** Softmax over none (logit 0), self and client. */
export function probabilities([s, c]: readonly [number, number]): CrisisScore {
  const m = Math.max(0, s, c); // shift for numerical safety with large logits
  const en = Math.exp(-m);
  const es = Math.exp(s - m);
  const ec = Math.exp(c - m);
  const z = en + es + ec;
  return { self: es / z, client: ec / z };
}

/**
 * Probabilities for already-normalised text. A short message is scored whole. A long one is
 * scored twice, as its riskiest window (features.ts) and as a whole, and the two are combined by
 * a geometric mean: the window keeps one risky sentence from being averaged away by paperwork,
 * the whole message keeps a supervision note full of risk vocabulary from firing on its worst
 * pair of sentences. Against the riskiest window alone this cut out-of-fold false positives on
 * long reflections from 30/160 to 7/160 and, at equal false positives overall, caught more
 * (decision 006).
 */
export function scoreNormalised(normalised: string, w: Weights = shipped()): CrisisScore {
  const parts = windows(normalised);
  const whole = probabilities(logits(featurise(normalised), w));
  if (parts.length === 1) return whole;
  const worst = { self: 0, client: 0 };
  for (const win of parts) {
    const p = probabilities(logits(featurise(win), w));
    worst.self = Math.max(worst.self, p.self);
    worst.client = Math.max(worst.client, p.client);
  }
  return { self: Math.sqrt(worst.self * whole.self), client: Math.sqrt(worst.client * whole.client) };
}

let decoded: Weights | undefined;
let decodeCount = 0;

/** The shipped weights, decoded on first use and kept. */
export function shipped(): Weights {
  if (!decoded) {
    decoded = decodeModel(MODEL_WEIGHTS);
    decodeCount++;
  }
  return decoded;
}

/** How many times the shipped weights were decoded (tests assert it stays at 1). */
export function shippedDecodeCount(): number {
  return decodeCount;
}

/** Probability that `text` is first-person risk ("self") or a client in danger now ("client"). */
export function scoreCrisis(text: string): CrisisScore {
  return scoreNormalised(normalise(text));
}
