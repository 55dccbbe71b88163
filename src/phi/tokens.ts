import { fold } from "./fold.ts";
import { LETTER, LL, LU, type Scan, scanText, WIDE } from "./scan.ts";

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

const SKIP = new Set([" ", "\t", "\r", '"', "'", "“", "‘", "(", "*", "-", "\u00a0"]);
const ENDERS = new Set([".", "!", "?", ":", ";", "\n", "\u2022"]);

/** Whether the gap before a word ends a sentence: scans back over spaces and quotes (no regex, linear). */
function endsSentence(gap: string, atStart: boolean): boolean {
  let i = gap.length - 1;
  while (i >= 0 && SKIP.has(gap[i]!)) i--;
  return i < 0 ? atStart : ENDERS.has(gap[i]!);
}

const isApos = (c: number) => c === 39 || c === 0x2019;

/**
 * Words as /[\p{L}\p{M}]+(?:['’-][\p{L}\p{M}]+)*\/gu would match them (letters with inner apostrophes
 * or hyphens: O'Brien, Hauta-aho, Kübler-Ross), found on the shared class array without a regex.
 */
export function tokenize(text: string, scan: Scan = scanText(text)): Word[] {
  const { cls } = scan;
  const n = text.length;
  const words: Word[] = [];
  let prevEnd = 0;
  let i = 0;
  while (i < n) {
    if (!(cls[i]! & LETTER)) {
      i++;
      continue;
    }
    const start = i;
    let j = i + 1;
    for (;;) {
      while (j < n && cls[j]! & LETTER) j++;
      const c = text.charCodeAt(j);
      if ((isApos(c) || c === 45) && j + 1 < n && cls[j + 1]! & LETTER) {
        j += 2;
        continue;
      }
      break;
    }
    // A possessive ('s, or a bare apostrophe after s) is not part of the word.
    let end = j;
    let poss = false;
    const last = text.charCodeAt(j - 1);
    if (last === 115 && j - start > 2 && isApos(text.charCodeAt(j - 2))) {
      end = j - 2;
      poss = true;
    } else if (last === 115 && isApos(text.charCodeAt(j))) poss = true;
    const raw = text.slice(start, end);
    let ascii = true;
    let lower = false;
    for (let q = start; q < end; q++) {
      const k = cls[q]!;
      if (k & WIDE) ascii = false;
      if (k & LL) lower = true;
    }
    const gap = text.slice(prevEnd, start);
    const initial = endsSentence(gap, words.length === 0) && !isAbbrevBefore(words[words.length - 1], gap);
    words.push({
      start,
      end,
      text: raw,
      folded: ascii ? raw.toLowerCase() : fold(raw),
      cap: (cls[start]! & LU) !== 0,
      upper: raw.length > 1 && !lower,
      initial,
      poss,
      gap,
    });
    prevEnd = j;
    i = j;
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
