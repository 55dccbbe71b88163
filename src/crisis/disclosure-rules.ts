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
  {
    // An ordinary arrangement with a hint that it is not ordinary: "drafted my resignation and a
    // note for dan. only one of them is about work", "made a will this week. i'm 31. i'm not
    // sick", "gave my plants away... i'm not going on vacation", "updated my beneficiary forms...
    // nobody asked". The arrangement alone is life admin (wills, pensions, leaving do's); the
    // hint is what the authors' quiet-finality messages share (decision 009).
    id: "arrangement-with-a-hint",
    firm: true,
    re: rx(
      B,
      String.raw`(?:made|wrote|written|drafted|updated|changed|signed|prepaid|pre-paid|arranged|planned|sorted|set up|scheduled|rehomed|re-homed|gave|given|giving|handed|paid|cancelled|canceled|returned|deleted|typed|left|put|timed|checked)`,
      String.raw`(?: [a-z']+){0,6} `,
      String.raw`(?:will|funeral|cremation|beneficiary|beneficiaries|life (?:insurance|policy|cover)|policy|letters?|notes?|goodbyes?|playlist|plants|tools|books|records|record collection|things|stuff|belongings|everything|handover|direct deposit|paycheck|pay cheque|affairs|passwords|debts|socials|cat|dog|leave|emails?)\b`,
      String.raw`(?=[^]{0,160}?\b(?:not for (?:hr|work|a client|the job|the office|my job|a new job|another job)|(?:is|was) not (?:for hr|about work|a work thing|for work)|only one (?:of them )?is (?:about|for) work|the (?:other|second) one (?:is not|is for|is in|is addressed)|(?:a )?different kind of (?:letter|note|goodbye|leave|leaving)|i am not (?:sick|ill|dying|retiring|going anywhere|moving anywhere|going on (?:holiday|vacation|leave))|not (?:going )?on (?:vacation|holiday)|i have not resigned|not where i am going|in every sense|last day generally|(?:will not|would not) (?:need|be needing) (?:it|them|that|any of it)|(?:she|he|they|nobody|no one|hr) (?:did not|does not) (?:ask|clock|suspect)|nobody (?:clocked|suspected)|only i know|(?:my|the) date is set|not a normal (?:[a-z]+ )?(?:day|thing))\b)`,
    ),
    subject: true,
  },
  {
    // The means set up or the place chosen: "belt round the bannister, just testing it holds",
    // "i've picked the tree", "bought the charcoal and the tape".
    id: "means-in-place",
    re: rx(
      B,
      String.raw`(?:belt|rope|cord|ligature|noose|scarf|cable|dressing gown cord|tow strap)s? (?:is |are )?(?:tied )?(?:round|around|to|over|on|from) (?:the |my )?(?:bannister|banister|banisters|bannisters|beam|loft hatch|hook|curtain rail|door frame|stair rail)\b|\b`,
      String.raw`(?:testing|tested|test) (?:if |whether |that )?it (?:holds|will hold|would hold|takes my weight)\b|\b`,
      String.raw`i (?:have )?(?:picked|chosen|found) (?:the|a|my) (?:tree|beam|bridge|spot|place|car park|cliff|building)\b(?! (?:for|to) (?:the|our|a|lunch|team|my|picnic|party|wedding|meeting)\b)|\b`,
      String.raw`charcoal (?:and|&|with) (?:the |some |a roll of )?(?:duct )?tape\b`,
    ),
    // "tied the rope round the beam for the kids' swing".
    idiomAfter:
      /^ (?:[a-z']+ ){0,3}for (?:the |a |my )?(?:kids'? |children's )?(?:swing|hammock|washing|punch ?bag|plants?|lights|tyre|bunting|decorations)\b/,
    subject: true,
  },
  {
    // "ideation is back, passive mostly but getting less passive", "the suicidal thoughts are back".
    id: "ideation-back",
    re: rx(
      B,
      String.raw`(?:the |my )?(?:ideation|suicidal (?:thoughts|ideation|feelings|urges)|thoughts of (?:suicide|ending it|ending my life|dying|killing myself)|si)(?:'s| is| are| has| have) (?:back|come back|returned|getting (?:worse|louder|stronger|less passive|more active))\b`,
    ),
    subject: true,
    idiomBefore: /\b(?:client|patient|his|her|their|son|daughter|person|resident|student|lad|girl|boy)'?s? $/,
  },
  {
    // "graduation's in may. i won't see may", "chose a day. wednesday".
    id: "a-day-chosen",
    re: rx(
      B,
      String.raw`i (?:will not|am not going to) (?:see|live to see|be alive (?:for|at|in|by)|make it to) (?:january|february|march|april|may|june|july|august|september|october|november|december|christmas|the new year|my (?:next )?birthday|next year|spring|summer)\b|\b`,
      String.raw`(?:i (?:have )?|and )(?:just |finally |now )?(?:chose|chosen|picked|set|settled on) (?:a|the|my) (?:day|date)\b(?! (?:for|to|with)\b)(?![^]{0,60}\b(?:wedding|party|holiday|trip|move|moving|birthday|meeting|training|away day|leaving do|interview|launch|conference|review|hearing|panel|visit|appointment)\b)`,
    ),
    subject: true,
  },
  {
    // Voices telling the writer to die, agreed with or not: "the voice says i should end it".
    id: "voices-say-die",
    firm: true,
    re: rx(
      B,
      String.raw`(?:the )?voices? (?:in my head )?(?:says?|tells? me|telling me|keeps? telling me|keeps? saying) (?:that )?(?:i should|to|i need to|i have to|i deserve to) (?:die|end it|kill myself|jump|hurt myself|cut|not be here)\b`,
    ),
  },
  {
    // "my therapist had me write a list of reasons to stay... tonight i crossed off the last one".
    id: "last-reason-gone",
    firm: true,
    re: rx(
      B,
      String.raw`reasons (?:to|for) (?:stay|staying|live|living|keep going)\b[^]{0,160}?\bcrossed (?:off|out) the last\b`,
    ),
  },
];
