// Text normalisation and segmentation for the crisis detector.
//
// Every rule downstream is written against one canonical form: lower case, straight quotes,
// contractions and chat slang spelled out ("im gonna kms" -> "i am going to kill myself"),
// single spaces. Keeping that work here means the rule files can stay plain and readable.
// All replacements are single-pass regexes without nested quantifiers, so cost is linear.

type Replacement = readonly [RegExp, string];

// Applied before lower-casing: these abbreviations are only safe to expand when written in
// capitals ("SI" in a note means suicidal ideation, "si" is Spanish/Italian "yes").
const CASE_SENSITIVE: readonly Replacement[] = [
  [/\bSI\s*\/\s*HI\b/g, "suicidal ideation or homicidal ideation"],
  [/\bSI\b/g, "suicidal ideation"],
  [/\bHI\b(?=\s*(?:and|or|\/)\s*SI\b)/g, "homicidal ideation"],
  [/\bSH\b/g, "self-harm"],
  [/\bOD(?:'?d|ed)\b/g, "overdosed"],
  [/\bOD\b/g, "overdose"],
];

// Contractions first, so slang rules below see "do not", "i am", etc.
const CONTRACTIONS: readonly Replacement[] = [
  [/\b(he|she|it)'s (got|been)\b/g, "$1 has $2"],
  [/\bcan'?t\b/g, "cannot"],
  [/\bwon'?t\b/g, "will not"],
  [/\bain'?t\b/g, "is not"],
  [/\b(do|does|did|is|are|was|were|have|has|had|should|could|would|must|need)n'?t\b/g, "$1 not"],
  [/\bi'?m\b/g, "i am"],
  [/\bi'?ve\b/g, "i have"],
  [/\b(i|you|he|she|we|they|it|that|who)'d\b/g, "$1 would"],
  [/\b(i|you|he|she|we|they|it|that|who)'ll\b/g, "$1 will"],
  [/\b(you|we|they)'?re\b/g, "$1 are"],
  [/\b(you|we|they)'ve\b/g, "$1 have"],
  [/\b(he|she|it|that|there|what|who|where)'s\b/g, "$1 is"],
  // Apostrophe-less "id" and "ill" only where they must be "i would" / "i will".
  [
    /(^|[.!?,] |\b(?:and|so|think|guess|hope|maybe|then|honestly|know|if) )id (?=be |rather |just |never |like |love |want |do |go )/g,
    "$1i would ",
  ],
  [
    /(^|[.!?,] |\b(?:and|so|think|guess|hope|maybe|then|honestly|know|if) )ill (?=make |be |never |just |do |go |end |kill |try |see |have |get )/g,
    "$1i will ",
  ],
  [/\b(he|she)s\b(?= (?:going|gonna|on|at|in|outside|threatening|holding|got|not|been|about))/g, "$1 is"],
];

// Chat slang, euphemisms and censored spellings of risk words. Order matters: longer phrases
// before the words they contain.
const SLANG: readonly Replacement[] = [
  [/\b(?:ngl|tbh|fr|istg)\b/g, "honestly"],
  [/\bwanna\b/g, "want to"],
  [/\bgonna\b/g, "going to"],
  [/\bgotta\b/g, "got to"],
  [/\bkinda\b/g, "kind of"],
  [/\btryna\b/g, "trying to"],
  [/\brn\b/g, "right now"],
  [/\b(?:tonite|2nite|tn)\b/g, "tonight"],
  [/\bidk\b/g, "i do not know"],
  [/\b(?:jk|jkjk)\b/g, "just kidding"],
  [/\b(?:bc|cuz|coz|cos)\b/g, "because"],
  [/\bu\b/g, "you"],
  [/\bppl\b/g, "people"],
  [/\b(?:rly|rlly)\b/g, "really"],
  [/\b(?:tmrw|tmr|tmrrw|2moro|2morrow)\b/g, "tomorrow"],
  [/\bnite\b/g, "night"],
  [/\b(?:wud|wld)\b/g, "would"],
  [/\b(?:cud|cld)\b/g, "could"],
  [/\bany more\b/g, "anymore"],
  [/\bmum\b/g, "mom"],
  [/\bbf\b/g, "boyfriend"],
  [/\bgf\b/g, "girlfriend"],
  [/\bw\/(?=\s)/g, "with"],
  // Censored or leet spellings people use to slip past filters.
  [/\bk[1!*|]ll/g, "kill"],
  [/\bs[u*][i1!*]c[i1!*]d/g, "suicid"],
  // Common misspellings of the words that matter most.
  [/\b(?:sucide|suicde|suiside|sucicide|suicid|suacide)\b/g, "suicide"],
  [/\b(?:sucidal|suicdal|suisidal|sucicidal|suicial)\b/g, "suicidal"],
  [/\bkil (?=myself|my self|me\b)/g, "kill "],
  [/\bmy self\b(?!-)/g, "myself"],
  [/\bsewer ?slide\b|\bcommit sudoku\b|\btoaster bath\b/g, "suicide"],
  [/\bctb\b/g, "commit suicide"],
  // Self-directed euphemisms all mean "kill myself".
  [/\bkms\b/g, "kill myself"],
  [/\bunaliv(?:e|ing) myself\b/g, "kill myself"],
  [/\bunaliving\b/g, "dying"],
  [/\bunalive\b/g, "die"],
  [/\bself[- ]?delet(?:e|ing)\b/g, "kill myself"],
  [/\b(?:off|top|end|neck) myself\b/g, "kill myself"],
  [/\bself[- ]?harm/g, "self-harm"],
  [/\bs\/h(?:'?d|'?ed)(?![a-z])/g, "self-harmed"],
  [/\bs\/h\b/g, "self-harm"],
  [/\bsh (?=(?:urges?|thoughts|again|relapse|scars?|wounds?|tonight|last night)\b)/g, "self-harm "],
  [/\b(?:to|going to|want to) kermit\b/g, "to kill myself"],
  // Lower-case "si" is Spanish/Italian "yes" unless a clinical word sits next to it.
  [/\b(my|the|passive|active|having|some|bad|more|with) si\b/g, "$1 suicidal ideation"],
  [/\bsi (?=(?:is|has|thoughts|been|getting|back|again|today|tonight)\b)/g, "suicidal ideation "],
  [/\bover ?dos(e|ed|ing)\b/g, "overdos$1"],
  [/\bod(?:'?d|ed)\b/g, "overdosed"],
  [/\bod\b/g, "overdose"],
  [/\b(?:meds|medication|medications|tablets)\b/g, "pills"],
  [/\b(?:tylenol|paracetamol|advil|ibuprofen|antidepressants|painkillers|sleeping pills)\b/g, "pills"],
  [
    /\b(?:oxy|oxys|oxycodone|oxycontin|codeine|tramadol|morphine|lithium|diazepam|valium|xanax|sertraline|zopiclone)\b/g,
    "pills",
  ],
];

// Emoji people use for means and death, spelled out so both layers can read them.
const EMOJI: readonly Replacement[] = [
  [/🔪/gu, " knife "],
  [/🪢/gu, " rope "],
  [/🪦|⚰️?/gu, " grave "],
  [/💊/gu, " pills "],
  [/🩸/gu, " blood "],
  [/🔫/gu, " gun "],
];

function applyAll(text: string, rules: readonly Replacement[]): string {
  let out = text;
  for (const [re, to] of rules) out = out.replace(re, to);
  return out;
}

/** Canonical form used by every rule: see the module comment. */
export function normalise(text: string): string {
  let t = text.normalize("NFKC").replace(/[\u200b-\u200d\u2060\ufeff]/g, "");
  t = t.replace(/[\u2018\u2019\u201a\u201b\u2032`]/g, "'").replace(/[\u201c\u201d\u201e\u2033]/g, '"');
  t = t.replace(/[\u2010-\u2015]/g, "-");
  t = applyAll(t, CASE_SENSITIVE).toLowerCase();
  t = applyAll(t, EMOJI);
  t = applyAll(t, CONTRACTIONS);
  t = applyAll(t, SLANG);
  // Quotes carry no meaning for the rules; line breaks end a thought like a full stop does.
  t = t.replace(/"/g, " ").replace(/\s*[\r\n]+\s*/g, ". ");
  return t.replace(/[ \t\f\v]{2,}|[\t\f\v]/g, " ").trim();
}

export interface Span {
  readonly start: number;
  readonly end: number;
}

// Sentences are the unit for time, hypothetical and reported-speech context.
const SENTENCE_BREAK = /[.!?;]+(?=\s|$)|[!?]+|\.{2,}/g;
// Clause breaks scope negation: in "i am not suicidal, i just want to die" the "not" belongs
// to the first clause only. ("except" is not a break: "no way out except dying".)
const CLAUSE_BREAK =
  /[.!?;]+(?=\s|$)|[!?]+|\.{2,}|[,:()]| - |\b(?:but|however|although|though|whereas)\b|\band (?=(?:i|he|she|they|now|then)\b)/g;

function spans(text: string, breaks: RegExp): Span[] {
  const out: Span[] = [];
  let start = 0;
  for (const m of text.matchAll(breaks)) {
    if (m.index > start) out.push({ start, end: m.index });
    start = m.index + m[0].length;
  }
  if (text.length > start) out.push({ start, end: text.length });
  return out;
}

/** Sentence and clause spans of normalised text, in order. One linear pass each. */
export function segment(normalised: string): { sentences: Span[]; clauses: Span[] } {
  return { sentences: spans(normalised, SENTENCE_BREAK), clauses: spans(normalised, CLAUSE_BREAK) };
}

/** Position in `list` of the span containing `index`, or the nearest one before it. */
export function spanIndex(list: readonly Span[], index: number): number {
  let lo = 0;
  let hi = list.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (list[mid]!.start <= index) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
