// Folds a word for dictionary look-up: lowercase, diacritics removed, and the few Latin letters that
// Unicode does not decompose mapped by hand, so "Ólafsdóttir", "Guðgeir" and "Łukasz" match lists.
const SPECIAL: Record<string, string> = {
  ð: "d",
  đ: "d",
  þ: "th",
  ø: "o",
  æ: "ae",
  œ: "oe",
  ł: "l",
  ß: "ss",
  ı: "i",
  "’": "'",
};
const NON_ASCII = /[^ -~\t\n\r]/;
const MARKS = /\p{M}+/gu;
const SPECIAL_RE = /[ðđþøæœłßı’]/g;

export function fold(word: string): string {
  const lower = word.toLowerCase();
  if (!NON_ASCII.test(lower)) return lower;
  return lower
    .normalize("NFD")
    .replace(MARKS, "")
    .replace(SPECIAL_RE, (c) => SPECIAL[c] ?? c);
}
