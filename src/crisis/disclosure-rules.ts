// Disclosures that say how far things have gone without saying "suicide": a method settled on,
// means bought with a hint at their use, a question about overdoses or pensions that turns out
// to be about the writer, self-injury done on purpose, and a last day named. Written from misses
// on twenty-one training authors (decision 008); each pattern was checked for the safe messages it
// would flag on every corpus.

import { type Rule, rx } from "./rules.ts";

const B = String.raw`\b`;
const DAY =
  "monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|next week|the weekend|this weekend";
// Death, dying or ending somewhere earlier in the message.
const DEATH_BEFORE = String.raw`(?<=\b(?:end(?:ing)? (?:it|it all|my life|your life|things|everything)|die|dying|death|dead|suicid[a-z]*|kill(?:ing)? myself|ways|coffin|overdos[a-z]*|not (?:being )?(?:here|alive|around)|thoughts of)\b.{0,200})`;

export const DISCLOSURE_RULES: readonly Rule[] = [
  {
    // "thoughts of ending my life... every night this week and i've worked out how", "reading up
    // on ways and i think i've settled on one", "i've got a date in mind".
    id: "method-settled",
    re: rx(
      B,
      "(?:i|to)(?: have| am| already| think i have)? (?:worked out|figured out|settled on|decided on|picked|chosen|got|know|started working out|working out|been working out)",
      String.raw` (?:exactly )?(?:(?:how|the how)(?=[.,!?;]|$| (?:i would|i will|and (?:when|where)|to (?:do it|end it|die|kill myself|make it look)))|a method|the method|one\b(?= *[.,!?;]|$)|the logistics|a date(?: in mind)?|the date|the day)\b`,
      DEATH_BEFORE,
    ),
  },
  {
    // "the how is getting clearer", "made any preparations... the answer is yes".
    id: "how-clearer",
    re: rx(
      B,
      String.raw`the how is (?:getting )?(?:clearer|sorted|decided|settled)\b|\bpreparations\b[^.!?]{0,60}\b(?:the answer is yes|and (?:i have|yes))\b`,
    ),
  },
  {
    // "how long before it's a problem? the someone is me", "asking about me", "it's for me. i'm
    // out on the pier" after asking for a crisis line.
    id: "someone-is-me",
    firm: true,
    re: rx(
      B,
      String.raw`(?:the someone|this someone|the person|the friend|my friend) (?:is|was|in question is) (?:actually )?me\b|`,
      String.raw`\basking (?:about|for) (?:me|myself)[,.]? not (?:a|for a|hypothetically|my|the|about)\b|`,
      String.raw`\b(?:it is|this is|that is) for me\b(?! to\b)(?<=\b(?:crisis (?:line|team|number)|helpline|hotline|samaritans|988|lifeline)\b.{0,80})`,
    ),
  },
  {
    // "burnt my forearm with the kettle on purpose", "bit my arm till it bruised", "dug my nails
    // in under the table till i bled".
    id: "injured-on-purpose",
    firm: true,
    re: rx(
      B,
      String.raw`(?:burnt|burned|scalded|bit|bitten|punched|scratched|hit|cut) my (?:fore)?(?:arm|arms|hand|hands|wrist|wrists|leg|legs|thigh|thighs|skin|stomach)\b`,
      String.raw`(?=[^.!?]{0,60}\b(?:on purpose|deliberately|not an accident|(?:till|until) (?:it|they|i) (?:bled|bruised|bruises|bleeds)|to feel something)\b)|`,
      String.raw`\bdug my nails in(?:to)?\b[^.!?]{0,40}\b(?:till|until) (?:i|it) bled\b`,
    ),
    subject: true,
  },
  {
    // "don't plan on being here monday", "won't be in tomorrow or after that", "not sure i'll
    // need a plan past sunday".
    id: "last-day-named",
    re: rx(
      B,
      String.raw`(?:do not|don't) (?:plan on|intend on|expect to be|plan to be) (?:being )?(?:here|around|alive) (?:on |by |for |next |after )?(?:${DAY})\b|`,
      String.raw`\bwill not be (?:in|here|around) (?:${DAY}) or (?:after|the day after|ever|any day)|`,
      String.raw`\b(?:will|would) (?:not )?need (?:a plan|plans|a diary|anything) (?:past|beyond|after) (?:${DAY})\b(?<=\bnot (?:sure|need)\b.{0,60})`,
    ),
  },
  {
    // "bought a length of hose at the hardware shop. you can work out the rest", "bought the
    // charcoal today. you know what for".
    id: "means-with-a-hint",
    re: rx(
      B,
      String.raw`(?:bought|got|picked up|ordered) (?:the |some |a |a length of |a bag of |more )?(?:charcoal|hose|hosepipe|rope|helium|tubing|pills|tablets|paracetamol|razor blades|blades)\b`,
      String.raw`(?=[\s\S]{0,80}\b(?:you know what for|you can (?:work out|guess|figure out|fill in) the rest|not for (?:a |the )?(?:bbq|barbecue|garden|car|sleep|pain|headaches?))\b)`,
    ),
    subject: true,
  },
];
