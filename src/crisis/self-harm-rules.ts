// Self-harm told as something done, or a habit back, in the writer's own words: "self-harmed in
// the staff room today", "burnt my forearm on the hob again, not an accident", "skipping meals
// as punishment", "my sh-free counter is back to 0". The model rarely sees these (most authors
// write about suicide), so it scored many of them as safe (decision 009).

import { any, type Rule, rx } from "./rules.ts";

const B = String.raw`\b`;
const BODY = any(
  "arm|arms|forearm|forearms|wrist|wrists|thigh|thighs|leg|legs|stomach|skin|face|head|hand|hands|hip|hips|ankle|ankles|chest",
);
// What makes an injury deliberate, said near it.
const ON_PURPOSE = String.raw`(?:again|on purpose|deliberately|not an accident|not by accident|over and over|every night|every day|nightly|as (?:a )?punishment|to punish myself|punishing myself|to feel|to cope|to stop|so hard|until|till|til|because i|after the|when i am|whenever)`;

export const SELF_HARM_RULES: readonly Rule[] = [
  {
    // "i self-harmed in the staff room today", "i have been self harming since the inspection".
    id: "self-harmed",
    firm: true,
    re: rx(
      B,
      String.raw`i (?:have been|have started|started|am|keep|have kept|kept|have gone back to|went back to) self[- ]?harming\b|\b`,
      String.raw`i (?:have |just |have just )?self[- ]?harmed (?:again|today|tonight|last night|this morning|this afternoon|this week|at work|in the (?:staff|work|office|toilet|toilets|loo|car|bathroom)|on (?:shift|my lunch))\b`,
    ),
    // Histories told as healed are common in reflections: "i have been self-harming less since".
    idiomAfter:
      /^ (?:as a (?:teen|teenager|child|kid|student)|when i was|in (?:my )?(?:teens|school|uni|college|the past)|years ago|for years but|less|a lot less)\b/,
  },
  {
    // "burning myself with hot teaspoons again", "slapped myself hard in the face over and over".
    id: "hurt-myself-on-purpose",
    firm: true,
    re: rx(
      B,
      any(
        "cut|cutting|burnt|burned|burning|burn|scratched|scratching|scratch|bit|biting|slapped|slapping|punched|punching|hit|hitting|bashed|bashing|banged|banging|slammed|slamming|scalded|scalding|carved|carving",
      ),
      String.raw` (?:myself|my (?:own )?${BODY})\b(?=[^.!?]{0,80}\b${ON_PURPOSE})`,
    ),
    subject: true,
    // Accidents: "cut my hand on a tin again, so clumsy", "hit my head on the cupboard again".
    // Skin picking is left to the model.
    idiomAfter:
      /^ [^.!?]{0,40}\b(?:clumsy|shaving|cooking|chopping|by accident|accidentally|on (?:a|the) (?:tin|can|knife|oven|stove|kettle|iron|glass|cupboard|shelf|table|door|door frame|ceiling)|gardening|at the gym|laughing)\b|^ against (?:a|the) (?:brick )?wall\b(?! (?:until|till|til))/,
  },
  {
    // "skipping meals as punishment", "haven't eaten for four days as punishment for the mistake".
    id: "punishing-myself",
    firm: true,
    re: rx(
      B,
      String.raw`(?:not eating|skipping meals|skip meals|starving myself|restricting|have not eaten|no food|no dinner|no lunch|making myself sick|purging|cold showers|scrubbing)\b[^.!?]{0,60}\b(?:as (?:a )?punishment|to punish myself|punishing myself|because i deserve|i do not deserve (?:food|to eat))\b|\b`,
      String.raw`punish(?:ing)? myself (?:by|with) (?:not eating|starving|cutting|burning|hitting|scratching|skipping)\b|\b`,
      String.raw`(?:not eating|starving myself|restricting) (?:as (?:a )?punishment )?(?:has )?(?:become|is) my thing again\b`,
    ),
  },
  {
    // "my sh free counter is back to 0", "the self-harm's back", "cutting helped today".
    id: "self-harm-returned",
    firm: true,
    re: rx(
      B,
      String.raw`(?:sh|self-harm|self harm|cutting|clean)[- ]?(?:free )?(?:counter|streak|days?|app)\b[^.!?]{0,30}\b(?:back to (?:0|zero|day one|day 1)|reset|resets|broken|broke)\b|\b`,
      String.raw`(?:reset|broke|lost) my (?:sh|self-harm|self harm|clean|cutting)[- ]?(?:free )?(?:streak|counter)\b|\b`,
      String.raw`(?:the |my )?self[- ]?harm(?:ing)?(?:'s| is| has) (?:back|started again|come back|returned|crept back)\b|\b`,
      String.raw`(?:cutting|burning|scratching|hurting myself|self-harm|self harm) (?:helped|helps|is the only thing that helps)\b`,
    ),
    idiomAfter:
      /^ (?:in (?:the|our) (?:unit|caseload|school|group|cohort)|among|for (?:the|our|my) (?:clients?|young people|kids))\b/,
  },
  {
    // "how do i hide fresh cuts on my thighs", "arms are covered in fresh cuts", "the marks on my
    // wrists... they're fresh".
    id: "fresh-marks",
    firm: true,
    re: rx(
      B,
      String.raw`(?:fresh|new) (?:cuts|burns|marks|scratches|wounds|cut|burn)\b[^.!?]{0,30}\b(?:on|all over|up|down) my\b|\b`,
      String.raw`my ${BODY} (?:are|is) (?:covered in|full of|a mess of) (?:fresh |new )?(?:cuts|burns|marks|scratches)\b|\b`,
      String.raw`(?:arms|wrists|thighs) are covered in fresh (?:cuts|burns|marks)\b|\b`,
      String.raw`(?:hide|cover|explain) (?:the )?(?:fresh |new )?(?:cuts|burns|marks|scratches) on my\b(?=[^.!?]{0,120}\b(?:fresh|new|from (?:sunday|monday|tuesday|wednesday|thursday|friday|saturday|last night|the weekend|yesterday))\b)`,
    ),
    idiomAfter:
      /^ (?:[a-z']+ ){0,3}(?:from (?:the|a|my) (?:cat|dog|kitten|puppy|garden|brambles|roses|surgery|operation)|cat)\b/,
  },
  {
    // The cover story told back: "i said cat scratches. we don't have a cat".
    id: "no-cat",
    firm: true,
    re: rx(
      B,
      String.raw`cat scratch(?:es)?\b[^]{0,120}?\b(?:there is no|we do not have a|i do not have a|i have not got a|we have not got a|we have no|i have no) cat\b`,
    ),
    negatable: false,
  },
];
