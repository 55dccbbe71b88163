import type { PhiType } from "./types.ts";

/** Gold annotations add "neutral": text that is not PHI and whose removal is neither credited nor penalised. */
export type GoldType = PhiType | "neutral";
export interface GoldSpan {
  start: number;
  end: number;
  type: GoldType;
}
export interface GoldMessage {
  id: string;
  text: string;
  spans: GoldSpan[];
}
/** A prediction; peers whose types do not map use type "unknown". */
export interface Predicted {
  start: number;
  end: number;
  type: PhiType | "unknown";
}

export interface TypeTally {
  goldTokens: number;
  coveredTokens: number;
  predTokens: number;
  truePredTokens: number;
  entities: number;
  leaked: number;
}

export interface Score {
  byType: Record<string, TypeTally>;
  overall: TypeTally;
}

const TOKEN_RE = /[\p{L}\p{M}\p{N}]+/gu;
const blank = (): TypeTally => ({
  goldTokens: 0,
  coveredTokens: 0,
  predTokens: 0,
  truePredTokens: 0,
  entities: 0,
  leaked: 0,
});

/**
 * Token-level scoring: a token is a run of letters or digits. A gold token is recalled when any
 * prediction overlaps it (whatever its type); a predicted token is correct when it lies in a gold PHI
 * span; tokens in neutral spans count for neither side. An entity leaks when any of its tokens is missed.
 */
export function scoreMessages(
  messages: readonly GoldMessage[],
  predict: (m: GoldMessage) => Predicted[],
): Score {
  const byType: Record<string, TypeTally> = {};
  const overall = blank();
  const tally = (t: string) => {
    byType[t] ??= blank();
    return byType[t];
  };
  for (const m of messages) {
    const preds = predict(m);
    const overlaps = <S extends { start: number; end: number }>(a: number, b: number, list: readonly S[]) =>
      list.find((s) => s.start < b && s.end > a);
    for (const g of m.spans) {
      if (g.type === "neutral") continue;
      const t = tally(g.type);
      let leaked = false;
      for (const tok of m.text.slice(g.start, g.end).matchAll(TOKEN_RE)) {
        const a = g.start + tok.index;
        const b = a + tok[0].length;
        const hit = overlaps(a, b, preds) !== undefined;
        for (const x of [t, overall]) {
          x.goldTokens++;
          if (hit) x.coveredTokens++;
        }
        if (!hit) leaked = true;
      }
      for (const x of [t, overall]) {
        x.entities++;
        if (leaked) x.leaked++;
      }
    }
    for (const tok of m.text.matchAll(TOKEN_RE)) {
      const a = tok.index;
      const b = a + tok[0].length;
      const p = overlaps(a, b, preds);
      if (!p) continue;
      const g = overlaps(a, b, m.spans);
      if (g?.type === "neutral") continue;
      for (const x of [tally(`pred:${p.type}`), overall]) {
        x.predTokens++;
        if (g) x.truePredTokens++;
      }
    }
  }
  return { byType, overall };
}

export const recall = (t: TypeTally) => (t.goldTokens ? t.coveredTokens / t.goldTokens : 1);
export const precision = (t: TypeTally) => (t.predTokens ? t.truePredTokens / t.predTokens : 1);
export function f2(t: TypeTally): number {
  const p = precision(t);
  const r = recall(t);
  return p + r === 0 ? 0 : (5 * p * r) / (4 * p + r);
}
