/**
 * Precision/recall/F1 of the classifier against a gold-labelled corpus. Shared by the bench and
 * the tests so the figures in docs/research-taxonomy.md are the ones the tests enforce.
 */
import { classifyMessage } from "./classify.ts";
import {
  BARRIER_IDS,
  type Classification,
  type Dimension,
  EMOTION_IDS,
  type LabelId,
  VALUE_IDS,
} from "./taxonomy.ts";

export interface GoldItem extends Classification {
  text: string;
}

export interface Score {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface Evaluation {
  perLabel: Record<LabelId, Score>;
  perDimension: Record<Dimension, Score>;
  micro: Score;
  /** Items whose predicted label set differs from gold in any dimension. */
  mismatches: { text: string; gold: Classification; predicted: Classification }[];
}

const DIMENSIONS: [Dimension, readonly LabelId[]][] = [
  ["emotions", EMOTION_IDS],
  ["barriers", BARRIER_IDS],
  ["values", VALUE_IDS],
];

function finish(tp: number, fp: number, fn: number): Score {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}

const sum = (scores: Score[]) =>
  finish(
    scores.reduce((a, s) => a + s.tp, 0),
    scores.reduce((a, s) => a + s.fp, 0),
    scores.reduce((a, s) => a + s.fn, 0),
  );

export function evaluate(items: GoldItem[], classify = classifyMessage): Evaluation {
  const counts = new Map<LabelId, { tp: number; fp: number; fn: number }>();
  const mismatches: Evaluation["mismatches"] = [];
  for (const [, ids] of DIMENSIONS) for (const id of ids) counts.set(id, { tp: 0, fp: 0, fn: 0 });

  for (const item of items) {
    const predicted = classify(item.text);
    let differs = false;
    for (const [dim, ids] of DIMENSIONS) {
      const gold = new Set<string>(item[dim]);
      const got = new Set<string>(predicted[dim]);
      for (const id of ids) {
        const c = counts.get(id);
        if (!c) continue;
        if (gold.has(id) && got.has(id)) c.tp++;
        else if (got.has(id)) c.fp++;
        else if (gold.has(id)) c.fn++;
        if (gold.has(id) !== got.has(id)) differs = true;
      }
    }
    if (differs) mismatches.push({ text: item.text, gold: item, predicted });
  }

  const perLabel = {} as Record<LabelId, Score>;
  for (const [id, c] of counts) perLabel[id] = finish(c.tp, c.fp, c.fn);
  const perDimension = {} as Record<Dimension, Score>;
  for (const [dim, ids] of DIMENSIONS) perDimension[dim] = sum(ids.map((id) => perLabel[id]));
  return { perLabel, perDimension, micro: sum(Object.values(perDimension)), mismatches };
}

/** Parses a JSONL corpus; throws on a malformed line so a broken corpus can't pass quietly. */
export function parseCorpus(jsonl: string): GoldItem[] {
  return jsonl
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line, i) => {
      const v = JSON.parse(line) as Partial<GoldItem>;
      if (
        typeof v.text !== "string" ||
        !Array.isArray(v.emotions) ||
        !Array.isArray(v.barriers) ||
        !Array.isArray(v.values)
      ) {
        throw new Error(`corpus line ${i + 1} is not {text,emotions,barriers,values}`);
      }
      return { text: v.text, emotions: v.emotions, barriers: v.barriers, values: v.values };
    });
}
