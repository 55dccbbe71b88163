// The scoring layer: a second reading for wordings the phrase rules were not written for.
//
// Each concept (self-concepts.ts, client-concepts.ts) is scanned once over the whole text. Every
// death, means or preparation hit is an anchor; the concepts found within REACH characters of it
// add their weights. An anchor that scores high enough still has to pass the clause-level suppressors the
// phrase rules use: whose clause it is, negation, someone else's words, the distant past, and
// professional or hypothetical frames. Each anchor costs a few binary searches and bounded
// window checks, so the whole pass stays linear in the input (n log n at worst).

import { C_ACT, C_FINAL, C_NOW, CLIENT_ANCHORS, CLIENT_CONCEPTS } from "./client-concepts.ts";
import { type Concept, IDIOMS } from "./concept-lexicon.ts";
import {
  ACADEMIC,
  isHypothetical,
  isNegated,
  isPastForClient,
  isPastForSelf,
  isReported,
  PRACTICE_FRAME,
  subjectOf,
} from "./context.ts";
import { type Span, spanIndex } from "./normalise.ts";
import { ACT, DEATH, FINAL_STRONG, MEANS, SELF_ANCHORS, SELF_CONCEPTS } from "./self-concepts.ts";

const REACH = 140; // characters either side of an anchor that count as "near"
const FRAME_REACH = 120; // work frames are read in the anchor's clause, this far either side
const NEAR = 90; // characters before an anchor read for subject and negation
const SELF_THRESHOLD = 4;
const CLIENT_THRESHOLD = 4;

// Work talk about risk rather than risk: "safety plan", "lethal means counselling", "screen".
// Songs, films and books about death are culture, not plans: "a song about wanting to die".
const MEDIA_FRAME =
  /\b(?:song|songs|lyrics|film|movie|novel|poem|documentary|series|episode|show|book) (?:about|where|in which)\b/;
const PRO_FRAME =
  /\b(?:training|module|workshop|webinar|role[- ]?play|template|documentation|document(?:ing)?|warning signs|lethal means|means restriction|risk assessments?|safety plan(?:ning)?|case study|scenario|vignette|screen(?:ing)?|c-ssrs|supervision|the actor|policy|guidance|literature)\b/;
// Signs the writer is talking about themself even when the anchor's clause has no subject.
// "my" is left out: "my client has been stockpiling pills" is about the client.
const FIRST_PERSON = /\b(?:i|me|myself)\b/;
// The writer's relatives are objects far more often than subjects of the writer's own risk
// ("a bottle of my mum's old pills", "letters to my kids"); they are dropped before the subject
// scan. "my mum is stockpiling pills" then has no subject, and no "i", so it still does not count.
const MY_RELATIVE = /\bmy [a-z]+(?:'s)?\b/g;
// An anchor that names the writer inside itself ("do not find me", "my own funeral").
const SELF_IN_ANCHOR = /\b(?:me|my|myself|i)\b/;
// Subject-dropped openings: "been counting the pills", "cant do this anymore".
const DROPPED_SUBJECT =
  /^\s*(?:(?:honestly|just|so|really|sometimes|lowkey|literally|still|now|and|tbh|ok|lol)\s+){0,3}(?:been|keep|kept|thinking|want|wanting|feeling|feel|got|have|started|bought|saving|cannot|can not|planning|going|hoping|wish|wishing|counting|staring|looking|stockpiling|hoarding|ready|done|tired|sick|said|wrote|written|sat|lying|laying|considering|googling|researching|walking|heading|driving|going to)\b/;
// Somebody else is the one at risk in this clause's window.
const THIRD_ACTOR =
  /\b(?:client|patient|he|she|they|him|her|them|teen|youth|young person|kid|child|boy|girl|son|daughter|baby|dad|father|mom|mother|stepdad|stepfather|partner|boyfriend|girlfriend|husband|wife|foster)\b/;
// The writer taking someone else's death wish as their own: "when a client talks about suicide
// now i am jealous".
const IDENTIFIES = /\bi (?:am|feel) (?:so )?(?:jealous|envious)\b|\bi envy\b|\bi want what (?:they|she|he)\b/;
const BARE_DEATH = /^(?:die|dying|dead|death)$/;
const GRIEF =
  /\b(?:diagnosis|illness|cancer|decline|declining|dementia|palliative|hospice|passing|passed away|passed on|funeral|bereave\w*|grief|grieving|loss of|watch(?:ing)? (?:him|her|them) (?:decline|die|suffer))\b/;
// A client who is safe, in care or joking is not an emergency.
const CLIENT_SAFE =
  /\b(?:laughing|laughed|joking|joked|kidding|lol|haha|in hospital|recovering|stable|safe now|was found|were found|discharged|doing well)\b/;

/** Text with idioms blanked to "~", same length so spans computed on `text` still apply. */
export function maskIdioms(text: string): string {
  return text.replace(IDIOMS, (m) => "~".repeat(m.length));
}

/** Hit start positions of one concept, filtered for topic words, sorted; `ends` maps start to end. */
function positions(text: string, c: Concept, ends: Map<number, number>): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(c.re)) {
    const end = m.index + m[0].length;
    if (c.topicAfter?.test(text.slice(end, end + NEAR))) continue;
    if (c.topicBefore?.test(text.slice(Math.max(0, m.index - 40), m.index))) continue;
    out.push(m.index);
    ends.set(m.index, Math.max(end, ends.get(m.index) ?? end));
  }
  return out;
}

/** True when a sorted list holds a value in [lo, hi]. */
function anyIn(list: readonly number[], lo: number, hi: number): boolean {
  let a = 0;
  let b = list.length;
  while (a < b) {
    const mid = (a + b) >> 1;
    if (list[mid]! < lo) a = mid + 1;
    else b = mid;
  }
  return a < list.length && list[a]! <= hi;
}

interface Scan {
  readonly text: string;
  readonly sentences: readonly Span[];
  readonly clauses: readonly Span[];
  readonly hits: ReadonlyMap<Concept, number[]>;
  readonly ends: ReadonlyMap<number, number>;
}

function scan(
  text: string,
  sentences: readonly Span[],
  clauses: readonly Span[],
  list: readonly Concept[],
): Scan {
  const masked = maskIdioms(text);
  const ends = new Map<number, number>();
  const hits = new Map(list.map((c) => [c, positions(masked, c, ends)]));
  return { text: masked, sentences, clauses, hits, ends };
}

/**
 * The anchor's neighbourhood. Scores read REACH characters either side even across sentence
 * breaks, because short messages spread one thought over fragments ("i have a plan now. i know
 * where and i know when."); who, negation and frames are read inside the sentence (`lo`, `hi`).
 */
function windowOf(s: Scan, at: number) {
  const sentence = s.sentences[spanIndex(s.sentences, at)] ?? { start: 0, end: s.text.length };
  const clause = s.clauses[spanIndex(s.clauses, at)] ?? sentence;
  return {
    scoreLo: at - REACH,
    scoreHi: at + REACH,
    lo: Math.max(sentence.start, at - REACH),
    hi: Math.min(sentence.end, at + REACH),
    sentence,
    clause,
  };
}

/** Sum of weights of the concepts present in [lo, hi], and which ones. */
function scoreAt(s: Scan, lo: number, hi: number): { total: number; found: Set<Concept> } {
  let total = 0;
  const found = new Set<Concept>();
  for (const [c, list] of s.hits) {
    if (anyIn(list, lo, hi)) {
      total += c.weight;
      found.add(c);
    }
  }
  return { total, found };
}

const slice = (text: string, span: Span, from: number, to: number) =>
  text.slice(Math.max(span.start, from), Math.min(span.end, to));

/** First-person risk that no phrase rule caught. */
export function conceptSelfRisk(text: string, sentences: readonly Span[], clauses: readonly Span[]): boolean {
  const s = scan(text, sentences, clauses, SELF_CONCEPTS);
  const anchors = SELF_ANCHORS.flatMap((c) => s.hits.get(c) ?? []);
  for (const at of anchors) {
    const w = windowOf(s, at);
    const { total, found } = scoreAt(s, w.scoreLo, w.scoreHi);
    if (total < SELF_THRESHOLD) continue;
    // A death idea or a means must be part of it: preparation alone is ordinary life.
    if (!found.has(DEATH) && !found.has(ACT) && !found.has(MEANS) && !found.has(FINAL_STRONG)) continue;
    const before = slice(s.text, w.clause, at - NEAR, at);
    const anchorText = s.text.slice(at, s.ends.get(at) ?? at);
    const near = slice(s.text, w.sentence, w.lo, w.hi);
    let who = SELF_IN_ANCHOR.test(anchorText) ? "first" : subjectOf(before.replace(MY_RELATIVE, " "));
    if (who === "third" && IDENTIFIES.test(near)) who = "first";
    if (who === "third") continue;
    // "thinking about death since my dad's diagnosis": a bare death word amid grief is grief.
    if (BARE_DEATH.test(anchorText) && GRIEF.test(near)) continue;
    const clauseText = slice(s.text, w.clause, w.clause.start, w.clause.end);
    if (who === "none" && !FIRST_PERSON.test(near) && !DROPPED_SUBJECT.test(clauseText)) continue;
    if (isNegated(before)) continue;
    // Frames are read near the anchor only: in a long unpunctuated message, "supervision" or
    // "years ago" two hundred characters earlier says nothing about this clause.
    const sentenceBefore = slice(s.text, w.sentence, at - REACH, at);
    const frame = slice(s.text, w.clause, at - FRAME_REACH, at + FRAME_REACH);
    if (isReported(sentenceBefore) || PRACTICE_FRAME.test(sentenceBefore)) continue;
    if (PRO_FRAME.test(frame) || ACADEMIC.test(frame) || MEDIA_FRAME.test(sentenceBefore)) continue;
    if (isPastForSelf(near, clauseText)) continue;
    return true;
  }
  return false;
}

/** A client (or other third person) in danger now, in wording no client rule caught. */
export function conceptClientRisk(
  text: string,
  sentences: readonly Span[],
  clauses: readonly Span[],
): boolean {
  const s = scan(text, sentences, clauses, CLIENT_CONCEPTS);
  const anchors = CLIENT_ANCHORS.flatMap((c) => s.hits.get(c) ?? []);
  for (const at of anchors) {
    const w = windowOf(s, at);
    const { total, found } = scoreAt(s, w.scoreLo, w.scoreHi);
    if (total < CLIENT_THRESHOLD || !found.has(C_NOW)) continue;
    if (!found.has(C_ACT) && !found.has(C_FINAL)) continue;
    const before = slice(s.text, w.clause, at - NEAR, at);
    if (subjectOf(before, true) === "first") continue;
    const sentence = slice(s.text, w.sentence, w.lo, w.hi);
    if (!THIRD_ACTOR.test(sentence) || isNegated(before)) continue;
    if (
      isHypothetical(sentence) ||
      isPastForClient(sentence) ||
      PRO_FRAME.test(sentence) ||
      ACADEMIC.test(sentence)
    )
      continue;
    if (CLIENT_SAFE.test(sentence)) continue;
    return true;
  }
  return false;
}
