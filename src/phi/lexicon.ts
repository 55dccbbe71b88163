import {
  COMMON_WORDS,
  FIRST_NAMES,
  NAME_DOMINANT,
  PLACES,
  STREET_WORDS,
  SURNAMES,
  TRIGRAMS,
} from "./data/lexicon.ts";

/** A set of folded words; only membership is asked. */
export interface WordSet {
  has(word: string): boolean;
}

export interface Lexicon {
  first: WordSet;
  last: WordSet;
  common: WordSet;
  nameDominant: WordSet;
  places: WordSet;
  streets: WordSet;
  /** Trigram log-odds, 0 for a trigram not in the model. */
  trigram(t: string): number;
}

/** Splits generated data into its groups by key (the first `keyLength` characters of each group). */
function groups<T>(data: string, keyLength: number): Map<string, string | T> {
  const out = new Map<string, string | T>();
  let i = data.indexOf(" ");
  while (i !== -1) {
    const next = data.indexOf(" ", i + 1);
    const g = data.slice(i + 1, next === -1 ? data.length : next);
    out.set(g.slice(0, keyLength), g);
    i = next;
  }
  return out;
}

/**
 * A generated word list (see bench/phi-lexicon.ts): groups by first two characters, front-coded.
 * Nothing is decoded up front; a group becomes a Set the first time a word of that group is looked up,
 * so loading costs next to nothing and a session only ever decodes the groups its words touch.
 */
class Words implements WordSet {
  private readonly byKey: Map<string, string | Set<string>>;
  constructor(data: string) {
    this.byKey = groups<Set<string>>(data, 2);
  }
  has(word: string): boolean {
    const key = word.slice(0, 2);
    let g = this.byKey.get(key);
    if (g === undefined) return false;
    if (typeof g === "string") {
      g = decodeWords(g);
      this.byKey.set(key, g);
    }
    return g.has(word);
  }
}

/** A short generated word list decoded whole: the address rules ask it for every token near a number. */
function allWords(data: string): Set<string> {
  const out = new Set<string>();
  for (const g of groups<never>(data, 2).values()) decodeWords(g as string, out);
  return out;
}

function decodeWords(g: string, out = new Set<string>()): Set<string> {
  const key = g.slice(0, 2);
  let rest = "";
  let i = 2;
  while (i < g.length) {
    const shared = g.charCodeAt(i) - 48;
    let j = i + 1;
    for (; j < g.length; j++) {
      const c = g.charCodeAt(j);
      if (c >= 48 && c <= 57) break;
    }
    rest = rest.slice(0, shared) + g.slice(i + 1, j);
    out.add(key + rest);
    i = j;
  }
  return out;
}

/** Trigram records (two characters and a score letter) grouped by first character, decoded per group. */
function trigramScores(data: string): (t: string) => number {
  const byKey = groups<Map<string, number>>(data, 1);
  return (t) => {
    let g = byKey.get(t[0]!);
    if (g === undefined) return 0;
    if (typeof g === "string") {
      const m = new Map<string, number>();
      for (let i = 1; i + 3 <= g.length; i += 3) m.set(g.slice(i, i + 2), (g.charCodeAt(i + 2) - 73) / 2);
      byKey.set(t[0]!, m);
      g = m;
    }
    return g.get(t.slice(1)) ?? 0;
  };
}

let cached: Lexicon | undefined;

/** The look-up sets: the long lists are only indexed here (well under a millisecond) and decode by group on first use. */
export function lexicon(): Lexicon {
  cached ??= {
    first: new Words(FIRST_NAMES),
    last: new Words(SURNAMES),
    common: new Words(COMMON_WORDS),
    nameDominant: allWords(NAME_DOMINANT),
    places: allWords(PLACES),
    streets: allWords(STREET_WORDS),
    trigram: trigramScores(TRIGRAMS),
  };
  return cached;
}

/** Mean trigram log-odds that a folded word is a personal name rather than an English word. */
export function nameScore(folded: string, lex: Lexicon): number {
  const p = `^${folded}$`;
  let sum = 0;
  let n = 0;
  for (let i = 0; i + 3 <= p.length; i++) {
    sum += lex.trigram(p.slice(i, i + 3));
    n++;
  }
  return n ? sum / n : 0;
}
