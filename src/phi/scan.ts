// One pass over a text's characters, shared by every detector: Unicode classes per UTF-16 unit (the
// tokenizers in tokens.ts and here walk this array instead of running regexes per token) and cheap
// facts that let detect.ts skip whole detectors (no digit, fewer than four digits, no capital).

/** \p{L} */
export const L = 1;
/** \p{M} */
export const M = 2;
/** \p{N} */
export const N = 4;
/** \p{Lu} */
export const LU = 8;
/** \p{Ll} */
export const LL = 16;
/** A unit outside ASCII. */
export const WIDE = 32;
export const LETTER = L | M;

export interface Scan {
  text: string;
  /** Classes of each UTF-16 unit; both units of a surrogate pair carry their code point's classes. */
  cls: Uint8Array;
  /** How many ASCII digits (what `\d` matches). */
  digits: number;
  /** Whether any letter is uppercase. */
  upper: boolean;
}

const ASCII = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  if (c >= 48 && c <= 57) ASCII[c] = N;
  else if (c >= 65 && c <= 90) ASCII[c] = L | LU;
  else if (c >= 97 && c <= 122) ASCII[c] = L | LL;
}

const IS_L = /\p{L}/u;
const IS_M = /\p{M}/u;
const IS_N = /\p{N}/u;
const IS_LU = /\p{Lu}/u;
const IS_LL = /\p{Ll}/u;
const wide = new Map<number, number>();

function classOf(cp: number): number {
  let k = wide.get(cp);
  if (k === undefined) {
    // Lone surrogates stay unclassified, as a /u regex sees them.
    const ch = String.fromCodePoint(cp);
    k =
      WIDE |
      (IS_L.test(ch) ? L : 0) |
      (IS_M.test(ch) ? M : 0) |
      (IS_N.test(ch) ? N : 0) |
      (IS_LU.test(ch) ? LU : 0) |
      (IS_LL.test(ch) ? LL : 0);
    if (wide.size < 4096) wide.set(cp, k);
  }
  return k;
}

export function scanText(text: string): Scan {
  const n = text.length;
  const cls = new Uint8Array(n);
  let digits = 0;
  let any = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      const k = ASCII[c]!;
      cls[i] = k;
      any |= k;
      if (k === N) digits++;
      continue;
    }
    const cp = text.codePointAt(i)!;
    const k = classOf(cp);
    cls[i] = k;
    any |= k;
    if (cp > 0xffff) cls[++i] = k;
  }
  return { text, cls, digits, upper: (any & LU) !== 0 };
}

/** Address tokens: numbers and words with their offsets (see address.ts). */
export interface Tok {
  start: number;
  end: number;
  text: string;
  /** Lowercase, without a trailing full stop. */
  f: string;
  /** A house number: 1-6 digits and at most one letter ("12", "221b"). */
  num: boolean;
  cap: boolean;
  /** Holds an ASCII digit. */
  digit: boolean;
  gap: string;
}

const isSep = (c: number) => c === 39 || c === 0x2019 || c === 46 || c === 45; // ' ’ . -

/**
 * Tokens as /[\p{L}\p{M}\p{N}]+(?:['’.-][\p{L}\p{M}\p{N}]+)*\.?|#/gu would match them, found on the
 * class array without a regex.
 */
export function addressTokens(scan: Scan): Tok[] {
  const { text, cls } = scan;
  const n = text.length;
  const out: Tok[] = [];
  let prev = 0;
  let i = 0;
  const WORD = L | M | N;
  while (i < n) {
    const k = cls[i]!;
    let j: number;
    if (k & WORD) {
      j = i + 1;
      for (;;) {
        while (j < n && cls[j]! & WORD) j++;
        if (j + 1 < n && isSep(text.charCodeAt(j)) && cls[j + 1]! & WORD) {
          j += 2;
          continue;
        }
        break;
      }
      if (text.charCodeAt(j) === 46) j++;
    } else if (text.charCodeAt(i) === 35) j = i + 1;
    else {
      i++;
      continue;
    }
    const t = text.slice(i, j);
    let digit = false;
    for (let q = i; q < j; q++) if (cls[q] === N) digit = true;
    let f = t.toLowerCase();
    if (f.endsWith(".")) f = f.slice(0, -1);
    out.push({
      start: i,
      end: j,
      text: t,
      f,
      num: isHouseNumber(f),
      cap: (k & LU) !== 0,
      digit,
      gap: text.slice(prev, i),
    });
    prev = j;
    i = j;
  }
  return out;
}

/** /^\d{1,6}[a-z]?$/i */
function isHouseNumber(f: string): boolean {
  let d = 0;
  while (d < f.length && d < 7) {
    const c = f.charCodeAt(d);
    if (c < 48 || c > 57) break;
    d++;
  }
  if (d === 0 || d > 6) return false;
  if (d === f.length) return true;
  if (d + 1 !== f.length) return false;
  const c = f.charCodeAt(d) | 32;
  return c >= 97 && c <= 122;
}
