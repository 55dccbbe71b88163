import type { Lexicon } from "./lexicon.ts";
import { nameScore } from "./lexicon.ts";
import { DAYS_MONTHS, NATIONALITIES, NEVER, PARTICLES, TITLES } from "./name-words.ts";

// Gaelic and Arabic name particles are written capitalised inside names: "Siobhán Ní Bhriain".
const CAP_PARTICLES = new Set(["ni", "nic", "ui", "o", "mac", "bint", "binti", "bin", "ibn", "abu", "ap"]);

import type { Word } from "./tokens.ts";

export type WordClass =
  /** Known name that is not an English word ("Maria", "Okafor"). */
  | "strong"
  /** Known name that is also a word, seen mostly capitalised ("Grace", "Mark", "John"). */
  | "ambiguous"
  /** Known name that is mostly an ordinary word ("hope", "will", "young", "love"). */
  | "wordname"
  /** Not in any list: a name, a place or a brand; judged by its trigram score. */
  | "unknown"
  /** An English word, day, month or fixed word. */
  | "word"
  /** A single capital letter, an initial ("J." in "Szabina J Gelencsér"). */
  | "initial"
  | "particle";

export interface WordInfo {
  cls: WordClass;
  score: number;
  first: boolean;
  nameDominant: boolean;
}

function lookup(f: string, lex: Lexicon): { first: boolean; last: boolean } {
  let first = lex.first.has(f);
  let last = lex.last.has(f);
  if (!first && !last && f.includes("'")) {
    const g = f.replace(/'/g, "");
    first = lex.first.has(g);
    last = lex.last.has(g);
  }
  if (!first && !last && f.includes("-")) {
    const parts = f.split("-");
    if (parts.some((p) => p.length < 2) || parts.every((p) => lex.common.has(p))) return { first, last };
    const known = parts.filter((p) => lex.first.has(p) || lex.last.has(p));
    if (known.length === parts.length) {
      first = parts.some((p) => lex.first.has(p));
      last = !first;
    }
  }
  return { first, last };
}

// Classification depends only on the word's spelling, so it is memoised (bounded, cleared when full).
const memo = new Map<string, WordInfo>();
const MEMO_MAX = 20000;

export function classify(w: Word, lex: Lexicon): WordInfo {
  let info = memo.get(w.text);
  if (info === undefined) {
    if (memo.size >= MEMO_MAX) memo.clear();
    info = classifyWord(w, lex);
    memo.set(w.text, info);
  }
  return info;
}

function classifyWord(w: Word, lex: Lexicon): WordInfo {
  const f = w.folded;
  const none = { score: 0, first: false, nameDominant: false };
  if (w.text.length === 1) return { cls: w.cap ? "initial" : "word", ...none };
  if (!w.cap && PARTICLES.has(f)) return { cls: "particle", ...none };
  if (w.cap && !w.upper && CAP_PARTICLES.has(f)) return { cls: "particle", ...none };
  // Mixed acronyms ("CEUs", "IDs", "LCSWs") are not names.
  const second = w.text[1]!;
  if (w.cap && !w.upper && second !== second.toLowerCase()) return { cls: "word", ...none };
  const apos = f.search(/'/);
  const stem = apos > 0 ? f.slice(0, apos) : f;
  if (NEVER.has(stem) || NATIONALITIES.has(stem) || (TITLES.has(f) && !lex.first.has(f)))
    return { cls: "word", ...none };
  const { first, last } = lookup(f, lex);
  const common = lex.common.has(f) || DAYS_MONTHS.has(f);
  if (first || last) {
    if (common) {
      const dominant = lex.nameDominant.has(f);
      return { cls: dominant ? "ambiguous" : "wordname", score: 0, first, nameDominant: dominant };
    }
    if (lex.places.has(f)) return { cls: "unknown", score: nameScore(f, lex), first, nameDominant: false };
    return { cls: "strong", score: 0, first, nameDominant: false };
  }
  if (common || lex.places.has(f)) return { cls: "word", ...none };
  return { cls: "unknown", score: nameScore(f, lex), first: false, nameDominant: false };
}
