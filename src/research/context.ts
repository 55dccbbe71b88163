/**
 * Context checks for lexicon hits: is the word negated, hypothetical, or about somebody other
 * than the writer? Pure string work so the classifier runs the same in the browser and server.
 */

const MARKER = /\[[a-z ]+ removed for privacy\]/gi;

/** Lowercase, straight apostrophes, and privacy markers turned into a neutral third party. */
export function normalize(text: string): string {
  return text
    .replace(MARKER, " someone ")
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * Clauses bound the reach of negation, hypotheticals and subjects. Contrast ("but", "though")
 * starts a new clause because it usually flips polarity: "I was nervous, but it went well".
 */
export function clauses(text: string): string[] {
  return text
    .split(/[.!?;:\n]+|\s[-–—]\s|,?\s\b(?:but|though|although|whereas)\b\s/)
    .map((c) => c.trim())
    .filter(Boolean);
}

const tokens = (s: string) => s.split(/[^a-z0-9']+/).filter(Boolean);

const NEGATOR = /^(not|no|never|without|hardly|barely|nor|neither|cannot|\w+n't|dont|didnt|wasnt|isnt|cant)$/;
// "can't stop worrying", "couldn't help but feel" and "not only" keep the feeling.
const NEGATION_RELEASE = /^(stop|help|only|just|even)$/;

/**
 * A negator within the few words before the hit: "not anxious", "don't feel guilty". Barriers use
 * a shorter window because their cues sit in longer phrases ("can't believe the agency wants").
 */
export function isNegated(before: string, window = 3): boolean {
  if (/\bnever (been|felt) (so|this|more)\b/.test(before.slice(-40))) return false;
  const last = tokens(before).slice(-window);
  for (let i = 0; i < last.length; i++) {
    const tok = last[i] ?? "";
    if (NEGATOR.test(tok) && !NEGATION_RELEASE.test(last[i + 1] ?? "")) return true;
  }
  return false;
}

const HYPOTHETICAL =
  /\b(if|what if|suppose|supposing|imagine|in case|hypothetically|unless)\b|\bhow (do|would|should|can|does|did) (you|i|we|one|people|other|others|social workers)\b|\b(would|might) (i|you|we)? ?(feel|be|get)\b|\b(tips|ways|advice) (for|to|on)\b/;

/** The hit sits in a conditional or a how-to question, not in something that happened. */
export function isHypothetical(before: string): boolean {
  return HYPOTHETICAL.test(before);
}

const FIRST = new Set([
  "i",
  "i'm",
  "im",
  "i've",
  "ive",
  "i'd",
  "i'll",
  "me",
  "my",
  "myself",
  "we",
  "we're",
  "we've",
  "us",
  "our",
  "ourselves",
  "you",
  "you're",
]);

const THIRD = new Set([
  "he",
  "she",
  "they",
  "he's",
  "she's",
  "they're",
  "him",
  "her",
  "them",
  "his",
  "their",
  "someone",
  "client",
  "clients",
  "mom",
  "mother",
  "dad",
  "father",
  "parent",
  "parents",
  "kid",
  "kids",
  "child",
  "children",
  "family",
  "families",
  "teen",
  "teenager",
  "youth",
  "boy",
  "girl",
  "patient",
  "resident",
  "son",
  "daughter",
  "grandma",
  "grandmother",
  "grandfather",
  "grandpa",
  "colleague",
  "coworker",
  "supervisor",
  "manager",
  "everyone",
  "everybody",
  "people",
  "officer",
]);

/**
 * Whose feeling is it? The nearest person word before the hit decides; with none ("So tired of
 * this.") the writer is the experiencer, which is how practitioners write about themselves.
 */
export function isThirdParty(before: string): boolean {
  const toks = tokens(before);
  for (let i = toks.length - 1; i >= 0; i--) {
    const raw = toks[i] ?? "";
    const tok = raw.endsWith("'s") && !THIRD.has(raw) ? raw.slice(0, -2) : raw;
    if (FIRST.has(tok)) return false;
    if (THIRD.has(tok)) return true;
  }
  return false;
}
