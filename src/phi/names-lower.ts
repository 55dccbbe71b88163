import type { WordInfo } from "./name-info.ts";
import { PERSON_NOUNS, TITLES } from "./name-words.ts";
import type { Word } from "./tokens.ts";
import type { Span } from "./types.ts";

// Lowercase names ("my client is maria", "guðgeir bergsveinsson" on a line of its own) are only taken
// with evidence: a known first name that is not an English word, after a naming phrase, a person noun,
// or alone on a short line.
const NAMING =
  /(?:\b(?:client|son|daughter|mom|mother|dad|father|kid|child|baby|girlfriend|boyfriend|wife|husband|partner|sister|brother)\s+is|\bname\s+is|\bname's|\bnamed|\bcalled|\bi'm|\bi\s+am|\bthis\s+is|\bgoes\s+by|\bknown\s+as|\bname:)\s*$/i;

const LOWER_PREPS = new Set(
  "w with w/ told tell asked ask met meet saw see visited visit called call texted text emailed email messaged thank thanks and".split(
    " ",
  ),
);

export function detectLowercaseNames(text: string, words: Word[], infos: WordInfo[]): Span[] {
  const spans: Span[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const info = infos[i]!;
    if (w.cap || !info.first || w.text.length < 3) continue;
    if (info.cls !== "strong" && info.cls !== "wordname" && info.cls !== "ambiguous") continue;
    const prev = words[i - 1];
    const before = text.slice(Math.max(0, w.start - 16), w.start);
    const lineAlone = isShortLine(text, words, i);
    const strong = info.cls === "strong";
    // "husband will find": after a person noun an ordinary word-name needs a naming phrase.
    const personNoun =
      !!prev &&
      (PERSON_NOUNS.has(prev.folded) || TITLES.has(prev.folded)) &&
      /^[ \t]*[,:]?[ \t]*$/.test(w.gap) &&
      info.cls !== "wordname";
    let j = i + 1;
    while (j < words.length && j < i + 3 && !words[j]!.cap && words[j]!.gap === " ") {
      const c = infos[j]!.cls;
      if (c !== "strong" && c !== "unknown" && c !== "particle" && c !== "ambiguous") break;
      j++;
    }
    while (
      j > i + 1 &&
      (infos[j - 1]!.cls === "particle" || infos[j - 1]!.cls === "ambiguous") &&
      !words[j - 1]!.poss
    )
      j--;
    // Texting style: a known name that is no English word, owned ("brianna's mom") or after a verb
    // of contact ("w tyrone", "texted keisha").
    const verbPrep = !!prev && LOWER_PREPS.has(prev.folded) && w.gap === " ";
    const known = strong || info.cls === "ambiguous";
    const ctx = NAMING.test(before) || personNoun || (known && (verbPrep || words[j - 1]!.poss));
    if (!ctx && !(lineAlone && strong)) continue;
    spans.push({ start: w.start, end: words[j - 1]!.end, type: "name" });
    i = j - 1;
  }
  return spans;
}

// "leone mazzi" as the first line of a record: the line holds two or three words, none of them common.
function isShortLine(text: string, words: Word[], i: number): boolean {
  const w = words[i]!;
  if (!(i === 0 || words[i]!.gap.includes("\n"))) return false;
  let j = i + 1;
  while (j < words.length && !words[j]!.gap.includes("\n")) j++;
  const count = j - i;
  if (count < 2 || count > 3) return false;
  const lineEnd = words[j - 1]!.end;
  const rest = text.slice(
    lineEnd,
    text.indexOf("\n", lineEnd) === -1 ? text.length : text.indexOf("\n", lineEnd),
  );
  return /^[\s.,]*$/.test(rest) && w.text.length > 2;
}
