import type { Lexicon } from "./lexicon.ts";
import { classify, type WordInfo } from "./name-info.ts";
import {
  DAYS_MONTHS,
  NAME_PREPS,
  NEVER,
  ORG_WORDS,
  PERSON_NOUNS,
  SPEECH_VERBS,
  SUBJECT_VERBS,
  THEORISTS,
  THEORY_WORDS,
  TITLES,
} from "./name-words.ts";
import { detectLowercaseNames } from "./names-lower.ts";
import type { Word } from "./tokens.ts";
import type { Span } from "./types.ts";

/** Trigram score above which an unknown capitalised word mid-sentence is taken as a name. */
const UNKNOWN_MID = 0.3;
/** The same at a sentence start, where capitals say nothing. */
const UNKNOWN_INITIAL = 0.9;
const DETERMINER =
  /^(?:the|a|an|my|your|his|her|our|their|this|that|it|me|us|them|you|down|up|off|out|we|they|i)$/;
// After a word-name at a sentence start these say nothing: "Hope is a discipline", "Will we ...".
const WEAK_VERBS = new Set([
  "is",
  "was",
  "has",
  "had",
  "will",
  "would",
  "can",
  "could",
  "should",
  "may",
  "might",
  "must",
  "and",
  "who",
  "does",
  "did",
  "needed",
  "needs",
  "seemed",
  "seems",
]);
const PERSON_STATE =
  /^ (?:supposed|at|in|with|home|back|still|not|doing|going|coming|getting|staying|living|sleeping|crying|missing|using|pregnant)\b/;
// Words join one capitalised run when separated by one space, or ". " after an initial.
function joins(prev: Word, w: Word): boolean {
  if (w.gap === " ") return true;
  if (w.gap !== ". " && w.gap !== ".") return false;
  return (prev.text.length === 1 && prev.cap) || TITLES.has(prev.folded);
}

const isCapLike = (w: Word, info: WordInfo) =>
  (w.cap && !(w.upper && info.cls !== "strong" && !SUFFIXES.has(w.folded))) || info.cls === "particle";

/** Letters after a name that belong to it: "Kevin Veitonen II", "Giovanna Rodrigues MD". */
const SUFFIXES = new Set([
  "jr",
  "sr",
  "ii",
  "iii",
  "iv",
  "md",
  "phd",
  "dds",
  "rn",
  "lcsw",
  "msw",
  "esq",
  "dvm",
  "np",
]);

// A text with no capital letters at all ("follow up with patricia desrosiers"): capitalisation says
// nothing, so known names and name-like unknown words are treated as if capitalised.
function caseless(words: Word[], infos: WordInfo[]): Word[] {
  return words.map((w, k) => {
    const c = infos[k]!.cls;
    const cap =
      c === "strong" ||
      // "jordan lee": a name-dominant word right after a known name is its surname.
      (c === "ambiguous" && k > 0 && infos[k - 1]!.cls === "strong" && words[k]!.gap === " ") ||
      // Short unknown words and contractions in lowercase texting are shorthand ("mtg", "hasn't").
      (c === "unknown" && infos[k]!.score >= UNKNOWN_MID && w.text.length >= 4 && !w.text.includes("'")) ||
      (w.text.length === 1 && !!words[k + 1] && infos[k + 1]!.cls !== "word");
    return cap ? { ...w, cap: true } : w;
  });
}

export function detectNames(
  text: string,
  allWords: Word[],
  lex: Lexicon,
  hasUpper = /\p{Lu}/u.test(text),
): Span[] {
  const infos = allWords.map((w) => classify(w, lex));
  const words = hasUpper ? allWords : caseless(allWords, infos);
  const spans: Span[] = [];
  let i = 0;
  while (i < words.length) {
    const w = words[i]!;
    if (!isCapLike(w, infos[i]!) || infos[i]!.cls === "particle") {
      i++;
      continue;
    }
    let j = i + 1;
    while (
      j < words.length &&
      isCapLike(words[j]!, infos[j]!) &&
      joins(words[j - 1]!, words[j]!) &&
      !words[j - 1]!.poss
    ) {
      j++;
    }
    // A trailing particle ("... and la") does not belong to the run.
    while (j > i + 1 && infos[j - 1]!.cls === "particle") j--;
    const span = judgeRun(text, words, infos, i, j);
    if (span) spans.push(span);
    i = j;
  }
  spans.push(...detectLowercaseNames(text, words, infos));
  return spans.concat(repeats(words, infos, spans));
}

// Once a word is found as a name, its other capitalised mentions are names too ("... directed by
// Philip Latourelle and starring Latourelle").
function repeats(words: Word[], infos: WordInfo[], spans: Span[]): Span[] {
  if (spans.length === 0) return [];
  const found = new Set<string>();
  let s = 0;
  const sorted = [...spans].sort((x, y) => x.start - y.start);
  words.forEach((w, k) => {
    while (s < sorted.length && sorted[s]!.end <= w.start) s++;
    const sp = sorted[s];
    if (sp && sp.start <= w.start && w.end <= sp.end && infos[k]!.cls !== "initial") found.add(w.folded);
  });
  const out: Span[] = [];
  words.forEach((w, k) => {
    if (w.cap && found.has(w.folded) && infos[k]!.cls !== "word" && infos[k]!.cls !== "initial")
      out.push({ start: w.start, end: w.end, type: "name" });
  });
  return out;
}

function judgeRun(text: string, words: Word[], infos: WordInfo[], from: number, to: number): Span | null {
  // Organisations and places: "Department of Children and Family Services", "Grace Community Church".
  for (let k = from; k < to; k++) if (ORG_WORDS.has(words[k]!.folded)) return null;
  const before = from > 0 ? words[from - 1]! : undefined;
  if (
    before &&
    /^(?:st|saint|san|santa|fort|mount|mt|lake|port|new|north|south|east|west)$/.test(before.folded) &&
    before.cap
  )
    return null;

  let a = from;
  let hasTitle = false;
  // Leading titles and words: "Dr. Wells", "Yesterday Maria called".
  while (a < to) {
    const cls = infos[a]!.cls;
    if (TITLES.has(words[a]!.folded) && a + 1 < to && cls !== "strong") {
      hasTitle = true;
      a++;
      continue;
    }
    // "Call Maria": a sentence-initial word that is only a surname elsewhere is the verb here.
    const leadingWord =
      cls === "wordname" &&
      a + 1 < to &&
      (infos[a + 1]!.cls === "word" || (!infos[a]!.first && words[a]!.initial));
    if (cls === "word" || cls === "particle" || leadingWord) {
      a++;
      continue;
    }
    break;
  }
  let b = to;
  while (
    b > a &&
    (infos[b - 1]!.cls === "word" || infos[b - 1]!.cls === "particle") &&
    !SUFFIXES.has(words[b - 1]!.folded)
  )
    b--;
  // Mostly-word names at the edges go unless a title or a real name holds them: "Royal Princess".
  if (a >= b) return null;
  if (!hasTitle && b - a > 1 && infos.slice(a, b).every((x) => x.cls === "wordname" || x.cls === "initial"))
    return null;
  if (a >= b) return null;
  // A run broken by an ordinary word ("Maria Hospital Lopez") keeps only its first part.
  for (let k = a; k < b; k++) {
    if (infos[k]!.cls !== "word" || TITLES.has(words[k]!.folded)) continue;
    // "Jildau S Bouts", "Samantha Bašić": a capitalised word right after a first name or an initial
    // is the surname even when it is also an English word.
    const p = infos[k - 1];
    const surnameSlot = k > a && p && ((p.cls === "strong" && p.first) || p.cls === "initial");
    if (surnameSlot && !NEVER.has(words[k]!.folded) && !DAYS_MONTHS.has(words[k]!.folded)) {
      b = k + 1;
      break;
    }
    b = k;
    break;
  }
  if (a >= b) return null;

  const run = words.slice(a, b);
  const info = infos.slice(a, b);
  const first = run[0]!;
  const last = run[run.length - 1]!;
  const next = words[b];
  const afterText = text.slice(last.end, last.end + 12);

  // Theories and scripture: "Gibbs' reflective cycle", "Kolb's model", "John 3:16".
  if (run.length === 1 && THEORISTS.has(first.folded) && !hasTitle) return null;
  if (
    next &&
    THEORY_WORDS.has(next.folded) &&
    /^['’]?s?['’]?\s+$/.test(text.slice(last.end, next.start)) &&
    !hasTitle
  )
    return null;
  if (/^\s+\d+:\d+/.test(afterText)) return null;
  if (info.every((x) => x.cls === "initial")) return null;

  const prev = words[a - 1];
  const prevGap = run[0]!.gap;
  const ctxPerson =
    hasTitle ||
    (!!prev && a === from && PERSON_NOUNS.has(prev.folded) && /^[ \t]*[,:-]?[ \t]*$/.test(prevGap));
  const ctxPrep = !!prev && a === from && NAME_PREPS.has(prev.folded) && /^[ \t]+$/.test(prevGap);
  const nextVerb = !!next && SUBJECT_VERBS.has(next.folded) && /^[ \t,]*$/.test(next.gap);
  const nextSpeech = !!next && SPEECH_VERBS.has(next.folded) && /^[ \t,]*$/.test(next.gap);
  const lineStart = first.initial && (a === 0 || /\n/.test(first.gap) || first === words[0]);
  const speaker = lineStart && /^:/.test(afterText) && !last.poss;
  const span: Span = { start: first.start, end: last.end, type: "name" };

  if (ctxPerson) return span;
  // "in Sydney", "from Dublin": one capitalised word after these is a place far more often than a
  // person ("confided in Maria" is the rare loss). "from" keeps known first names ("a text from Maria").
  if (
    run.length === 1 &&
    prev &&
    a === from &&
    !first.poss &&
    /^[ \t]+$/.test(prevGap) &&
    (prev.folded === "in" || ((prev.folded === "from" || prev.folded === "near") && !info[0]!.first))
  )
    return null;
  if (info.some((x) => x.cls === "strong")) {
    // A lone first-name-like word at a sentence start that is followed by an ordinary word in title case
    // has already been cut; a strong name stands on its own.
    return span;
  }
  if (run.length >= 2) {
    const unkOk = info.some((x) => x.cls === "unknown" && x.score >= 0);
    const amb = info.some((x) => x.cls === "ambiguous");
    if (amb || unkOk || speaker) return span;
    return null;
  }
  const x = info[0]!;
  const isMonth = DAYS_MONTHS.has(first.folded);
  if (x.cls === "ambiguous" || x.cls === "wordname") {
    // "Mark the date", "Will you ...": a verb or modal before its object, unless a verb of telling
    // precedes ("I told Precious her feelings made sense").
    if (next && DETERMINER.test(next.folded) && next.gap === " " && !first.poss && !ctxPrep) return null;
    if (isMonth) {
      if (nextSpeech || first.poss || speaker) return /^\s*\d/.test(afterText) ? null : span;
      return null;
    }
    if (!first.initial) {
      if (x.cls === "ambiguous" || ctxPrep || nextVerb || first.poss) return span;
      return null;
    }
    if (speaker || nextSpeech) return span;
    // "Hope turned eighteen", "Faith is supposed to be at the shelter", "Deja bought a comforter".
    if (
      next &&
      next.gap === " " &&
      (SUBJECT_VERBS.has(next.folded) || /ed$/.test(next.folded)) &&
      !WEAK_VERBS.has(next.folded)
    )
      return span;
    if (next && /^(?:is|was)$/.test(next.folded) && PERSON_STATE.test(text.slice(next.end, next.end + 12)))
      return span;
    if (first.poss && !/^(?:god|today|tomorrow|yesterday|everyone|nobody|someone)$/.test(first.folded))
      return span;
    if (x.nameDominant && nextVerb) return span;
    return null;
  }
  if (x.cls === "unknown") {
    if (speaker && x.score > -0.5) return span;
    if (!first.initial) {
      if (x.score >= UNKNOWN_MID) return span;
      if ((ctxPrep || first.poss || nextVerb) && x.score >= 0) return span;
      return null;
    }
    if (x.score >= UNKNOWN_INITIAL) return span;
    if ((nextVerb || first.poss) && x.score >= 0) return span;
  }
  return null;
}
