// Shared pieces of the concept layer (concept-score.ts): the Concept shape, the idioms blanked
// out before scoring, and the words that turn a means into a topic.
//
// The phrase rules catch the wordings they were written for; concepts catch the *ideas* behind
// them, so an unseen wording that combines, say, a means ("pills", "the bridge") with preparation
// ("counting", "lined up") or a death idea ("stop breathing", "once i am gone") with a wish
// ("ready to", "hoping") still counts. Each concept is one global regex over normalised text with
// no nested unbounded quantifier, so each scan is linear.

import { HEIGHT_TOPIC, WEAPON_TOPIC } from "./rules.ts";

export interface Concept {
  readonly id: string;
  readonly re: RegExp;
  readonly weight: number;
  /** Text right after a hit that makes it harmless ("bridge club", "end it with him"). */
  readonly topicAfter?: RegExp;
  /** Text right before a hit that makes it harmless ("talk about death"). */
  readonly topicBefore?: RegExp;
}

/** A global, word-bounded alternation. */
export const g = (s: string) => new RegExp(String.raw`\b(?:${s})\b`, "g");

// Idioms are blanked out before scoring (same length, so positions still line up with the
// sentence and clause spans): "dying to know", "the death of me", "kill two birds".
export const IDIOMS = g(
  [
    "dying to (?:know|see|hear|find out|meet|try|get|go|tell)|(?:to|would) die for",
    "(?:bored|scared|sick|worked|worried|frightened|tired|talked) to death|(?:the )?death of me",
    "dead (?:tired|on my feet|beat|end|in the water|set|serious|easy|ahead|line|lines|weight|air|heat|quiet)",
    "(?:phone|battery|laptop|car|printer|computer) (?:is|was|went|has gone|died|dead)(?: dead)?",
    "(?:is|was|are|were|it|this|that|job|caseload|week|work|report|paperwork|deadline|meeting|commute|heat|back|feet|head) (?:is |was |are |just |slowly |honestly )?(?:killing|kills) (?:me|us)(?: slowly)?",
    "kill(?:ing|ed)? (?:two birds|time|it|the mood|the vibe)|kill me now",
    "(?:would|could) (?:kill|murder) for|(?:could|would) (?:murder|kill) (?:a|an|some) (?:coffee|pizza|drink|beer|curry|burger|nap|sandwich)",
    "(?:dying|die|died) (?:inside|of (?:laughter|embarrassment|shame|cringe|boredom|thirst|hunger|heat))",
    "(?:my )?heart (?:stopped|skipped|sank|dropped) (?:when|as|for|a beat)|over the moon",
    "(?:shoot|shot) (?:me|us) (?:an?|the|your) (?:email|message|text|line|note)",
    "jump(?:ed|ing|s)? (?:at|into) (?:the|a|an|this|that)|drowning (?:in|with) (?:all )?(?:these |the )?(?:paperwork|work|emails|cases|admin|notes|referrals)",
    "knock(?:ed)? ?out|hang(?:ing)? in there|finish me off|ground to swallow me|bury myself in",
    "(?:going to|will|would|could|might) (?:literally |actually |honestly |just )?die (?:if|when|of|from|laughing|before|without|waiting|unless)",
    // Rather-than hyperbole: "i would jump off a bridge before doing another night shift".
    "(?:jump off a bridge|die|kill myself|be dead|eat glass) (?:before|than|rather than) (?:i |doing|going|sitting|working|another|attending|spending|having|facing)",
  ].join("|"),
);

// After a means word: a programme, a possession or a prescription, not a danger
// ("bridge club", "gun licence", "pills for her blood pressure", "knife crime", "rope ladder").
export const MEANS_TOPIC = new RegExp(
  [
    HEIGHT_TOPIC,
    WEAPON_TOPIC,
    String.raw`^ ?(?:closure|closed|collapse|crime|crimes|amnesty|organi[sz]er|dispenser|workshop|training|ladder|swing|terrace|garden|for the week|into (?:the |my |a |her |his )?(?:weekly |daily )?(?:box|dosette|blister pack|organi[sz]er|pill ?box|tray)|(?:for|to help with) (?:her|his|their|my)? ?(?:blood|pain|sleep|anxiety|depression|heart|diabetes|adhd|headache|migraine))\b`,
  ].join("|"),
);
