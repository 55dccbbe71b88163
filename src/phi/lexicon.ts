import {
  COMMON_WORDS,
  FIRST_NAMES,
  NAME_DOMINANT,
  PLACES,
  STREET_WORDS,
  SURNAMES,
  TRIGRAMS,
} from "./data/lexicon.ts";

export interface Lexicon {
  first: Set<string>;
  last: Set<string>;
  common: Set<string>;
  nameDominant: Set<string>;
  places: Set<string>;
  streets: Set<string>;
  trigrams: Map<string, number>;
}

let cached: Lexicon | undefined;

/** Builds the look-up sets once (tens of milliseconds); every detection after that is pure. */
export function lexicon(): Lexicon {
  if (cached) return cached;
  const set = (s: string) => new Set(s.split(" "));
  const trigrams = new Map<string, number>();
  TRIGRAMS.forEach((group, i) => {
    const score = (i - 8) / 2;
    if (group) for (const t of group.split(" ")) trigrams.set(t, score);
  });
  cached = {
    first: set(FIRST_NAMES),
    last: set(SURNAMES),
    common: set(COMMON_WORDS),
    nameDominant: set(NAME_DOMINANT),
    places: set(PLACES),
    streets: set(STREET_WORDS),
    trigrams,
  };
  return cached;
}

/** Mean trigram log-odds that a folded word is a personal name rather than an English word. */
export function nameScore(folded: string, lex: Lexicon): number {
  const p = `^${folded}$`;
  let sum = 0;
  let n = 0;
  for (let i = 0; i + 3 <= p.length; i++) {
    sum += lex.trigrams.get(p.slice(i, i + 3)) ?? 0;
    n++;
  }
  return n ? sum / n : 0;
}
