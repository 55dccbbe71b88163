// Features for the learned layer (model.ts), shared by inference and the offline trainer
// (bench/crisis-train.ts) so both see exactly the same vector.
//
// Text goes through the rule layer's normaliser first, so slang, contractions and censored
// spellings ("kms", "im", "s*icide") reach the model already spelled out. Then:
//   - hashed sparse n-grams: word unigrams, word bigrams and character 3-5-grams of each word.
//     Character n-grams are what let the model generalise across typos and inflections
//     ("thinkin", "overdosing"), which the phrase rules cannot. Hashing keeps the weight table a
//     fixed size with no vocabulary to ship.
//   - a handful of engineered features in fixed slots after the hash buckets: who is speaking,
//     time, negation, professional framing, idioms and the concept lexicon's ideas. They encode
//     knowledge the ~900 labelled messages are too few to learn from n-grams alone.
// Every step is one pass over the text (regexes have no nested unbounded quantifiers), so the
// cost is linear in the input.

import { C_ACT, C_FINAL, C_MEANS, C_NOW } from "./client-concepts.ts";
import { IDIOMS } from "./concept-lexicon.ts";
import { isHypothetical, isReported, PRACTICE_FRAME } from "./context.ts";
import { type Span, segment } from "./normalise.ts";
import {
  ACT,
  DEATH,
  FINAL,
  FINAL_STRONG,
  GOT,
  HOPELESS,
  INTRUSIVE,
  MEANS,
  PREP,
  RELIEF,
  SECRET,
  WANT,
} from "./self-concepts.ts";

export const HASH_BITS = 16;
export const BUCKETS = 1 << HASH_BITS;
// Character n-grams of very long "words" (URLs, keyboard mashing) carry nothing and cost a lot.
const MAX_WORD_FOR_CHARS = 24;

// Non-global copies: `test` on the lexicon's shared global regexes would leave `lastIndex` set,
// and `matchAll` in the rule layer starts from it, silently skipping the start of the next text.
const has = (re: RegExp) => {
  const copy = new RegExp(re.source, re.flags.replace("g", ""));
  return (t: string) => copy.test(t);
};
const word = (s: string) => has(new RegExp(String.raw`\b(?:${s})\b`));

type Test = readonly [string, (t: string) => boolean];

// Context flags, each a yes/no test on the normalised window. Their order, and the order of the
// concepts below, is part of the model format: model.ts refuses weights made for another order.
const CONTEXT: readonly Test[] = [
  ["first-person", word("i|me|myself|my")],
  ["first-person-subject", word("i (?:am|have|will|want|keep|cannot|feel|think|just|really|do|would|can)")],
  [
    "third-person-actor",
    word(
      "client|service user|patient|young person|resident|he|she|they|his|her|him|them|the (?:mum|mom|dad|teen|lad|kid|child|baby|youth)",
    ),
  ],
  [
    "now-or-future",
    word("now|tonight|today|right now|will|going to|about to|keep|keeps|again|lately|currently|this week"),
  ],
  [
    "past-marker",
    word(
      "used to|years ago|months ago|last (?:year|month)|in (?:19|20)\\d\\d|when i was|history of|previously",
    ),
  ],
  ["negation", word("not|never|no|denies|denied|nothing|no longer")],
  ["practice-frame", has(PRACTICE_FRAME)],
  ["hypothetical-or-training", isHypothetical],
  ["reported", isReported],
  ["idiom", has(IDIOMS)],
  ["laughter", word("lol|haha|hahaha|lmao|joking|joke|jokes|kidding")],
  ["grief", word("died|passed away|passed|funeral|grief|grieving|bereave\\w*|anniversary")],
  ["question", (t) => t.includes("?")],
];
// The lexicon's ideas (death, means, preparation...), as the concept layer defines them.
const CONCEPTS: readonly Test[] = [
  ...[DEATH, ACT, MEANS, PREP, GOT, SECRET, WANT, INTRUSIVE, HOPELESS, RELIEF, FINAL, FINAL_STRONG].map(
    (c) => [`self-${c.id}`, has(c.re)] as const,
  ),
  ...[C_MEANS, C_ACT, C_FINAL, C_NOW].map((c) => [`client-${c.id}`, has(c.re)] as const),
];
// A linear model cannot form "a death idea AND the writer is the subject" from two separate
// features; that conjunction is the whole difference between "i want to die" and "my client
// wants to die", so each concept is also crossed with the context flags that decide it.
const CROSSED = [
  "first-person-subject",
  "third-person-actor",
  "now-or-future",
  "past-marker",
  "negation",
  "hypothetical-or-training",
  "laughter",
];
const crossAt = CROSSED.map((name) => CONTEXT.findIndex(([n]) => n === name));

export const ENGINEERED_NAMES = [
  ...CONTEXT.map(([n]) => n),
  ...CONCEPTS.map(([n]) => n),
  ...CONCEPTS.flatMap(([c]) => CROSSED.map((x) => `${c}*${x}`)),
];
export const FEATURES = BUCKETS + ENGINEERED_NAMES.length;

/** Indices (after the hash buckets) of the engineered features that are on for `t`. */
function engineered(t: string): number[] {
  const ctx = CONTEXT.map(([, test]) => test(t));
  const on = ctx.flatMap((b, k) => (b ? [k] : []));
  CONCEPTS.forEach(([, test], k) => {
    if (!test(t)) return;
    on.push(CONTEXT.length + k);
    const base = CONTEXT.length + CONCEPTS.length + k * CROSSED.length;
    crossAt.forEach((c, j) => {
      if (ctx[c]) on.push(base + j);
    });
  });
  return on.map((k) => BUCKETS + k);
}

/** A sparse vector: parallel index and value arrays, indices unique. */
export interface Sparse {
  readonly index: Int32Array;
  readonly value: Float32Array;
}

/** FNV-1a, 32-bit: fast, dependency-free and identical in every JS engine. */
function hash(s: string, seed: number): number {
  let h = 0x811c9dc5 ^ seed;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return (h >>> 0) & (BUCKETS - 1);
}

const WORDS = /[a-z0-9']+|[?!]/g;

/** Features of one window of normalised text. */
export function featurise(normalised: string): Sparse {
  const buckets = new Set<number>();
  const words = normalised.match(WORDS) ?? [];
  let prev = "<s>";
  for (const w of words) {
    buckets.add(hash(w, 1));
    buckets.add(hash(`${prev} ${w}`, 2));
    prev = w;
    if (w.length > MAX_WORD_FOR_CHARS) continue;
    const padded = `<${w}>`;
    for (let n = 3; n <= 5; n++) {
      for (let i = 0; i + n <= padded.length; i++) buckets.add(hash(padded.slice(i, i + n), 3));
    }
  }
  buckets.add(hash(`${prev} </s>`, 2));
  // Binary presence scaled to unit length, so a long window does not outvote a short one
  // merely by having more n-grams. Engineered features keep weight 1: they are few and strong.
  const scale = 1 / Math.sqrt(Math.max(1, buckets.size));
  const on = engineered(normalised);
  const index = Int32Array.from([...buckets, ...on]);
  const value = Float32Array.from(index, (i) => (i < BUCKETS ? scale : 1));
  return { index, value };
}

// A message longer than this many sentences is scored window by window (see windows()).
const WHOLE_MESSAGE_SENTENCES = 3;

/**
 * The windows a message is scored in. Most training messages are short, so a long message is also
 * read as overlapping pairs of sentences, and model.ts combines the riskiest pair with the whole
 * message: one risky clause inside a long handover note must not be averaged away by the paperwork
 * around it. Pairs rather than single sentences keep a framing sentence ("we did a role-play.")
 * next to what it frames.
 */
export function windows(normalised: string): string[] {
  const sentences: Span[] = segment(normalised).sentences;
  if (sentences.length <= WHOLE_MESSAGE_SENTENCES) return [normalised];
  const out: string[] = [];
  for (let i = 0; i + 1 < sentences.length; i++) {
    out.push(normalised.slice(sentences[i]!.start, sentences[i + 1]!.end));
  }
  return out;
}
