// Concepts for the writer's own risk. See concept-lexicon.ts for what a concept is and
// concept-score.ts for how they combine. Weights: 3-4 for death and self-harm ideas, 2 for means,
// preparation and strong finality, 1 for wishes, relief, secrecy and time.

import { type Concept, g, MEANS_TOPIC } from "./concept-lexicon.ts";

/** Death, dying and finality, as things that could happen to the writer. */
export const DEATH: Concept = {
  id: "death",
  weight: 3,
  re: g(
    [
      "die|dying|dead|death|suicide|suicidal|kill myself|killing myself|end my life|take my (?:own )?life",
      "(?:not|never) (?:wake|waking) up|stop breathing|(?:not|never) (?:get|getting) up again",
      "(?:my )?heart (?:would |will |to )?(?:just )?(?:stops?|gives? out)|it (?:just )?gives out",
      "(?:disappear\\w*|vanish\\w*|fade away|go away|be gone|gone|stop) (?:for good|forever|permanently)",
      "(?:once|when|after|if) i (?:am|was|were) (?:gone|dead|no longer (?:here|around|alive)|not (?:here|around|alive))",
      "without me(?: in it| around| here| anymore| alive)?|with me gone",
      // A funeral plan is a product people buy in good health: "booked my funeral plan with the co-op".
      "my (?:own )?(?:funeral|grave|obituary)(?! (?:plans?|cover|insurance|policy|payments?|costs?|directors?|scheme|provider|bond|fund|deposit))",
      "(?:not|never) (?:have to )?come (?:back )?up|(?:not|no longer) be (?:here|around)|(?:never|not) be found",
      "end (?:it|it all|things|everything)|make (?:it|this|everything) (?:all )?stop|(?:it|this) (?:all )?(?:to )?be over",
      "(?:step|stepping|stepped|jump|jumping|throw myself|throwing myself) (?:off|in front of|from)",
      "walk\\w* (?:into|in front of) (?:the |a )?(?:sea|river|lake|traffic|bus|train|lorry|truck)",
      "(?:drive|driving|drove|crash\\w*|swerv\\w*) (?:the car |my car )?(?:into|off) (?:the|a) (?:wall|tree|river|bridge|cliff|lorry|truck|barrier)",
      "(?:bus|car|train|truck|lorry) (?:hits|hit|would hit|will hit|runs? over|kills) me|hit by (?:a|the) (?:bus|car|train|truck|lorry)",
      "swallow\\w* (?:all|everything|the lot|them all|the whole)|take (?:them all|all of them|the lot)",
      "(?:do not|will not|would not) find me|find my body|who finds me",
      "keeping me (?:alive|here)|reason i am still (?:here|alive)|(?:not|never) (?:come|make it) (?:home|back) next time",
      "not exist|stop existing|leave this world|ready to go(?= ?[,.!?;]|$)",
      "(?:not|never) (?:think i will |going to )?make it (?:to|through) (?:christmas|my birthday|new year|next (?:week|month|year)|the weekend|the morning|spring|summer)",
      "(?:hope|hoping|wish) (?:it is|that it is) (?:my heart|cancer|something (?:serious|terminal|fatal))",
      // Giving away one's things, but not what is old, spare or outgrown: that is decluttering.
      "(?:give|giving|given|gave) (?:away )?(?:all )?(?:of )?my (?:things|stuff|belongings|possessions|everything)|giv\\w* away (?:all )?(?:of )?my(?! (?:old|spare|outgrown|unwanted|kids'?|children's|baby|maternity)\\b)",
      "(?:no one|nobody|none of them) (?:would|will) (?:miss|notice) me",
    ].join("|"),
  ),
  topicAfter:
    /^ (?:with|between|for now|here|there|of (?:a|the|my|our) (?:client|patient|project|friendship|relationship)|certificate|penalty|row|toll|notice|review|inquest|in custody|rate|end|line|lines|sick|early|late|in time|on time|tired|feeling|hungover|too|on (?:leave|holiday|vacation|a course|secondment|mat leave)|to (?:the|a) (?:shop|office|meeting|conference|course)|till|until)\b/,
  topicBefore:
    /\b(?:talk(?:ing|ed)? about|discuss(?:ing|ed)?|conversations? about|training on|(?:poem|song|film|movie|book|novel) about (?:\w+ )?(?:\w+ )?|bungee|bungy|tombstone|grief|grieving|(?:his|her|their|client's|mother's|father's|dad's|mom's)(?: own)?)\s*$/,
};

/** Self-harm acts on the body and rehearsals of a method: strong on their own. */
export const ACT: Concept = {
  id: "act",
  weight: 4,
  re: g(
    [
      "(?:cut|cutting|sliced|slicing|slashed|slashing|carved|carving|burned|burnt|scratched|scratching) (?:up )?(?:into )?my (?:\\w+ )?(?:arms?|wrists?|legs?|thighs?|skin|stomach|hips?)",
      "(?:sliced|slashed|carved) (?:my|myself) (?:\\w+ )?up|sliced my",
      "(?:knife|blade|razor|glass|scissors) (?:against|to|on|into|across) my (?:wrists?|arms?|throat|neck|skin)",
      "sat in the (?:garage|car) with the (?:car|engine) (?:running|on)|(?:car|engine) running in the garage",
      "(?:belt|rope|cord|ligature) (?:snapped|broke)",
    ].join("|"),
  ),
  // Kitchen and garden accidents: "burnt my arm on the oven tray", "cut my leg gardening".
  topicAfter:
    /^ ?(?:(?:on|with|against) (?:the |an? |my )?(?:oven|iron|stove|hob|kettle|pan|tray|straighteners|curling tongs|grill|barbecue|bbq|radiator|exhaust|fence|brambles?|glass door|tin|can)(?![^.!?]{0,40}\b(?:on purpose|deliberately|to feel|to punish|because i (?:wanted|needed|deserved)))|(?:while|when|whilst|chopping|cooking|ironing|baking|gardening|shaving|sunbathing|by accident|accidentally)\b)/,
  topicBefore: /\baccidentally\s*$/,
};

/** Means and places of self-harm. */
export const MEANS: Concept = {
  id: "means",
  weight: 2,
  re: g(
    "pills|overdose|rope|noose|ligature|gun|firearm|rifle|shotgun|razors?|blades?|knife|bleach|" +
      "(?:foot)?bridges?|flyover|overpass|viaduct|quarry|platform|train tracks|tracks|railway(?: line)?|roof|rooftop|ledge|" +
      "top floor|car park|multi-storey|cliff|balcony|motorway|dual carriageway|oncoming traffic|exhaust|the bath|" +
      "(?:bathroom|medicine) cabinet",
  ),
  topicAfter: MEANS_TOPIC,
};

/** Getting, keeping, hiding or arranging: what people do before they act. */
export const PREP: Concept = {
  id: "prep",
  weight: 2,
  re: g(
    [
      "counting|counted|saving|saved up|stockpil\\w*|hoard\\w*|stash\\w*|hid|hidden|hiding|eyeing|eying",
      "lined up|lining up|staring at|research\\w*|googl\\w*|looked up|looking up|measured|how (?:high|far down|deep)",
      "checked (?:my )?(?:life )?(?:insurance|policy|will)|(?:papers|affairs|will) in order|sorted (?:out )?my (?:will|affairs|finances|papers)",
      "(?:letters?|notes?|messages?) to (?:each of )?(?:my|everyone)|(?:written|wrote|writing) (?:letters|notes)",
      "(?:wrote|written|writing|recorded) (?:everybody|everyone|each of \\w+|all of \\w+) (?:a )?(?:message|letter|note|video)s?",
      "(?:said|saying|say) (?:bye|goodbye)|giving (?:\\w+ ){1,4}away|rehoming|rehome|(?:have|made|got) a plan(?= now| ?[.,!?;]|$)",
      "(?:to|just to) (?:stand|sit|look) (?:on|at|over|off|down from) (?:it|the edge|the top|the railing)|looking over the edge",
    ].join("|"),
  ),
};

/** Weaker preparation: ordinary getting, which needs secrecy or quantity to mean much. */
export const GOT: Concept = {
  id: "got",
  weight: 1,
  re: g("bought|buying|buy|ordered|picked up|got|have got|been given|holding|been stood|stood on"),
};

/** Secrecy and quantity around means. */
export const SECRET: Concept = {
  id: "secret",
  weight: 1,
  re: g(
    "extra|enough|all of (?:them|it)|a whole|so (?:they|nobody|no one|he|she|the \\w+) (?:would not|will not|does not|cannot|can not|could not) (?:ask|know|find|notice|see|stop)|" +
      "(?:does|do) not know|nobody knows|no one knows|if only (?:they|people|anyone|she|he) knew|where nobody|without (?:anyone|telling)|" +
      "just in case|(?:two|different|separate) (?:shops|pharmacies|chemists)|about \\d+|\\d+ now|in front of me|asked why|in a sock|high",
  ),
};

/** Wish, intent, plan and rumination. */
export const WANT: Concept = {
  id: "want",
  weight: 1,
  re: g(
    "want|wants|wanting|wish|wishing|hope|hoping|pray|praying|thinking|think|thought about|keep|kept|would like|" +
      "picture|picturing|imagine|imagining|dream|dreaming|fantasi[sz]\\w*|planning|plan|going to|about to|" +
      "ready to|decided|tempted|urge|considering|how to do it|how much longer|cannot do this|can not do this|" +
      "started|starting|should just|know how",
  ),
};

/** Thoughts that intrude: more than a passing wish. */
export const INTRUSIVE: Concept = {
  id: "intrusive",
  weight: 2,
  re: g(
    "(?:keeps?|kept) (?:coming|popping|creeping) (?:into|in|back into) my (?:head|mind)|" +
      "(?:cannot|can not) stop (?:thinking|picturing|imagining)|keep (?:picturing|imagining|seeing|having this image)|" +
      "image of|intrusive",
  ),
};

/** Hopelessness: not a death idea on its own, but it raises one. */
export const HOPELESS: Concept = {
  id: "hopeless",
  weight: 2,
  re: g(
    "(?:carry on|go on|keep going|keep living|last|be here) (?:much |for much )?longer|see why i should (?:carry on|go on|bother|keep going)|" +
      "(?:what is|whats) the point(?: of (?:anything|it all|living|going on))?|no point (?:in )?(?:anything|trying|living|going on)|" +
      "(?:no one|nobody) would (?:miss|notice|care)|hate myself|i am (?:a|such a) burden",
  ),
};

/** Relief, peace and ease attached to death. */
export const RELIEF: Concept = {
  id: "relief",
  weight: 1,
  re: g(
    "relief|relieved|peace|peaceful|calm about|comfort\\w*|glad|how easy|easy it would be|would be easier|" +
      "(?:does|do) not scare me|not scared (?:of|anymore)|lighter|happier|better off|manage better|cope (?:better|fine)|" +
      "(?:just )?be fine|favou?r|insurance|jealous|envious|envy",
  ),
};

/** Time running out, last acts, no need for things later. */
export const FINAL: Concept = {
  id: "final",
  weight: 1,
  re: g(
    "for good|forever|permanently|tonight|this weekend|tomorrow|one last|goodbye|for when i do it|" +
      "only (?:thing|reason|person|one) (?:keeping|that keeps|i am still)",
  ),
};
export const FINAL_STRONG: Concept = {
  id: "final-strong",
  weight: 2,
  re: g(
    "for afterwards|(?:will not|would not|do not|am not going to) need (?:them|it|these|those|anything|any of (?:it|them|this))|" +
      "(?:like it was|as if it was|for) the last time|before i go|made my peace|explaining why i did it|" +
      "(?:not|never) blame (?:himself|herself|themselves|yourself)|scheduled (?:\\w+ )?to (?:send|go out|post)|" +
      "picked (?:the|a) (?:day|date)|i know (?:where|when|how)(?: and| i)|(?:the|a) date (?:set|picked)",
  ),
};

export const SELF_CONCEPTS = [
  DEATH,
  ACT,
  MEANS,
  PREP,
  GOT,
  SECRET,
  WANT,
  INTRUSIVE,
  HOPELESS,
  RELIEF,
  FINAL,
  FINAL_STRONG,
];
/** Concepts a score may be anchored on: the rest only add weight around them. */
export const SELF_ANCHORS = [DEATH, ACT, MEANS, PREP, FINAL_STRONG, HOPELESS];
