// Concepts for a client (or anyone the writer is relaying) in danger now. A client emergency needs
// harm or last words (C_ACT, C_FINAL) *and* "now" (C_NOW) near each other; means add weight.

import { type Concept, g, MEANS_TOPIC } from "./concept-lexicon.ts";

export const C_MEANS: Concept = {
  id: "c-means",
  weight: 2,
  re: g(
    "pills|overdos\\w*|rope|noose|ligature|gun|shotgun|firearm|rifle|pistol|knife|razor|blade|belt|hammer|bat|cable|" +
      "machete|weapon|lighter|petrol|gasoline|bleach|(?:foot)?bridge|roof|rooftop|(?:window )?ledge|tracks|railway(?: line)?|" +
      "train|platform|car park|multi-storey|top floor|balcony|cliff|quarry|river|sea|motorway|exhaust|hosepipe",
  ),
  topicAfter: MEANS_TOPIC,
};

const VICTIM =
  "her|him|them|everyone|us|the (?:kids|children|baby|family|mother|mom|boy|girl)|(?:his|her|their) (?:\\w+ )?(?:kids|children|baby|son|daughter|wife|partner|mother|mom)";

/** Harm being done, or a body in danger. */
export const C_ACT: Concept = {
  id: "c-act",
  weight: 2,
  re: g(
    [
      "hitting|beating|strangling|choking|attacking|stabbing|smashing|coming at|chasing|hanging (?:from|in|off)",
      "locked (?:himself|herself|themselves|themself) in|barricaded|not breathing|unresponsive|unconscious",
      "collapsed|swallowed|overdosing|turning blue|bleeding (?:out|heavily|badly|everywhere)|(?:wrists?|arms?) bleeding",
      "(?:cut|cutting|hurt|hurting|kill|killing|hang|hanging|burn|burning|throw|throwing) (?:himself|herself|themselves|themself)",
      "tied (?:something|a \\w+|the \\w+) (?:around|round) (?:her|his|their) neck",
      "(?:to|against|at|around|on) (?:her|his|their) (?:wrists?|throat|neck|head|chest)",
      "(?:holding|dangling) (?:the|a|her|his|their) (?:baby|child|kid|son|daughter) (?:over|out|off)",
      `(?:kill|hurt|shoot|stab|drown|strangle|smother|suffocate|burn) (?:${VICTIM})`,
      "threatening to (?:kill|hurt|jump|drive|crash|shoot|stab|burn|drown|take|hang|cut)",
      "(?:drive|drove|driving|crash\\w*) (?:it |the car |the van |them )?(?:into|off) (?:the|a) (?:river|sea|lake|wall|tree|bridge|cliff|traffic)",
      "(?:taken|took|grabbed|got|has) (?:his|her|their) (?:\\w+'s )?(?:gun|shotgun|rifle|knife|pistol)",
      "(?:ran|run|running|absconded|heading|walking|walked) (?:off |out )?(?:of the \\w+ )?(?:to|towards|onto|into) (?:the )?(?:railway|tracks|bridge|river|sea|cliff|motorway|road|quarry|woods)",
      "heading (?:to|for|over to) (?:his|her|their) (?:ex|ex-wife|ex-husband|ex-partner|wife|husband|partner|girlfriend|boyfriend)",
    ].join("|"),
  ),
};

/** Last words and finality from a client. */
export const C_FINAL: Concept = {
  id: "c-final",
  weight: 2,
  re: g(
    "goodbye|saying goodbye|this is it|sorry for everything|(?:said|says|saying) (?:she is|he is|they are) sorry|tonight is the night|" +
      "(?:no one|nobody) is (?:leaving|getting out|coming out) alive|(?:end|ending) it|last message|forgive me|" +
      "(?:no one|nobody) will (?:see|hear from) (?:her|him|them) again|(?:never|not) see (?:her|him|them|me) again|" +
      "(?:photo|picture|pic|video|selfie) of (?:a |the |his |her |their )?(?:rope|noose|pills|gun|knife|razor|blade|bridge|tracks|cuts|wrists?|arms?|wounds|blood)|" +
      "tied (?:to|around|round) (?:the|a) (?:banister|door|beam|tree|rail|railing|bed)|sent me (?:his|her|their) location",
  ),
};

/** "Now": the bar for a client emergency. */
export const C_NOW: Concept = {
  id: "c-now",
  weight: 2,
  re: g(
    "right now|just now|now|just|currently|as we speak|tonight|at the moment|this minute|on the (?:phone|line)|urgent|" +
      "(?:an? |about an? )?(?:hour|few minutes|minutes?) ago|on facetime|on video|not (?:responding|answering|breathing|picking up)|" +
      "unresponsive|phone is (?:now )?(?:off|dead)|on (?:his|her|their) way|(?:is|are) (?:\\w+ing)|" +
      "(?:knife|blade|razor|gun|rope|belt|cord|glass) (?:to|against|at|around|on) (?:her|his|their) (?:wrists?|throat|neck|head|chest|temple)",
  ),
};

export const CLIENT_CONCEPTS = [C_MEANS, C_ACT, C_FINAL, C_NOW];
export const CLIENT_ANCHORS = [C_ACT, C_FINAL];
