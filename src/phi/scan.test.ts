// The hand-written tokenizers must match the regexes they replace, on every Unicode corner.
import { describe, expect, it } from "vitest";
import { addressTokens, scanText } from "./scan.ts";
import { tokenize } from "./tokens.ts";

const WORD_RE = /[\p{L}\p{M}]+(?:['’-][\p{L}\p{M}]+)*/gu;
const TOK_RE = /[\p{L}\p{M}\p{N}]+(?:['’.-][\p{L}\p{M}\p{N}]+)*\.?|#/gu;
const PIECES = [
  "Maria",
  "O'Brien's",
  "Jones'",
  "Kübler-Ross",
  "e\u0301",
  "𝐀𝐁",
  "😀",
  "\ud800",
  "İ",
  "ß",
  "٣٤",
  "½",
  "Ⅻ",
  "12b",
  "221B.",
  "P.O.",
  "#",
  "-",
  "’",
  "'",
  ".",
  " ",
  "\n",
  "St.",
  "1234567",
  "ǅ",
  "K",
];

function sample(seed: number): string {
  let s = seed;
  let out = "";
  for (let k = 0; k < 12; k++) {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    out += PIECES[s % PIECES.length];
  }
  return out;
}

describe("scan tokenizers", () => {
  it("find the same words as the regexes", () => {
    for (let seed = 0; seed < 3000; seed++) {
      const text = sample(seed);
      const scan = scanText(text);
      const words = tokenize(text, scan);
      const ref = [...text.matchAll(WORD_RE)];
      expect(words.length, text).toBe(ref.length);
      words.forEach((w, i) => {
        const m = ref[i]!;
        expect(w.start, text).toBe(m.index);
        expect(w.cap, text).toBe(/^\p{Lu}/u.test(w.text));
        expect(w.upper, text).toBe(w.text.length > 1 && !/\p{Ll}/u.test(w.text));
      });
      const toks = addressTokens(scan);
      const refToks = [...text.matchAll(TOK_RE)];
      expect(toks.map((t) => t.text)).toEqual(refToks.map((m) => m[0]));
      for (const t of toks) {
        expect(t.num, t.text).toBe(/^\d{1,6}[a-z]?$/i.test(t.f) && /^\d/.test(t.f));
        expect(t.cap, t.text).toBe(/^\p{Lu}/u.test(t.text));
        expect(t.digit, t.text).toBe(/\d/.test(t.text));
      }
      expect(scan.upper).toBe(/\p{Lu}/u.test(text));
      expect(scan.digits).toBe(text.replace(/\D/g, "").length);
    }
  });
});
