import { fold } from "./fold.ts";

export interface Word {
  start: number;
  end: number;
  text: string;
  folded: string;
  /** First letter is uppercase. */
  cap: boolean;
  /** Two or more letters, all uppercase. */
  upper: boolean;
  /** Starts a sentence, a line or a quoted/labelled phrase: capitalisation there says little. */
  initial: boolean;
  /** Followed by a possessive ('s or a bare apostrophe after s), not part of the token. */
  poss: boolean;
  /** Text between the previous word and this one. */
  gap: string;
}

// Letters with inner apostrophes or hyphens: O'Brien, Hauta-aho, Kübler-Ross. Each repetition needs
// a separator first, so matching is linear.
const WORD_RE = /[\p{L}\p{M}]+(?:['’-][\p{L}\p{M}]+)*/gu;
const UPPER_START = /^\p{Lu}/u;
const HAS_LOWER = /\p{Ll}/u;
const SKIP = new Set([" ", "\t", "\r", '"', "'", "“", "‘", "(", "*", "-", "\u00a0"]);
const ENDERS = new Set([".", "!", "?", ":", ";", "\n", "\u2022"]);

/** Whether the gap before a word ends a sentence: scans back over spaces and quotes (no regex, linear). */
function endsSentence(gap: string, atStart: boolean): boolean {
  let i = gap.length - 1;
  while (i >= 0 && SKIP.has(gap[i]!)) i--;
  return i < 0 ? atStart : ENDERS.has(gap[i]!);
}

export function tokenize(text: string): Word[] {
  const words: Word[] = [];
  let prevEnd = 0;
  for (const m of text.matchAll(WORD_RE)) {
    let raw = m[0];
    const start = m.index;
    let poss = false;
    if (/['’]s$/.test(raw) && raw.length > 2) {
      raw = raw.slice(0, -2);
      poss = true;
    } else if (
      /s$/.test(raw) &&
      /^['’](?![\p{L}])/u.test(text.slice(start + raw.length, start + raw.length + 2))
    ) {
      poss = true;
    }
    const end = start + raw.length;
    const gap = text.slice(prevEnd, start);
    const initial = endsSentence(gap, words.length === 0) && !isAbbrevBefore(words[words.length - 1], gap);
    words.push({
      start,
      end,
      text: raw,
      folded: fold(raw),
      cap: UPPER_START.test(raw),
      upper: raw.length > 1 && !HAS_LOWER.test(raw),
      initial,
      poss,
      gap,
    });
    prevEnd = start + m[0].length;
  }
  return words;
}

// "Dr. Wells" and "J. Smith": a dot after a title or an initial does not end the sentence.
const ABBREV = new Set([
  "mr",
  "mrs",
  "ms",
  "dr",
  "st",
  "prof",
  "rev",
  "sr",
  "jr",
  "mx",
  "fr",
  "sgt",
  "det",
  "lt",
]);
function isAbbrevBefore(prev: Word | undefined, gap: string): boolean {
  if (!prev || gap.length > 4 || !/^\.\s+$/.test(gap)) return false;
  return ABBREV.has(prev.folded) || (prev.text.length === 1 && prev.cap);
}
