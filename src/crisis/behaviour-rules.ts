// What someone is doing or preparing: self-harm, gathering means, researching methods, notes and
// goodbyes, and intent to harm another person. Accidents and idioms are filtered per rule.

import { any, INTENT, MEDS, PEOPLE, PRO_NOUN, type Rule, rx, THIRD_ACTOR_BEFORE } from "./rules.ts";

const B = String.raw`\b`;
const LETHAL = any(
  "kill|killing|killed|hang|hanging|hanged|drown|drowning|shoot|shooting|shot|poison|poisoning|suffocate|suffocating",
);
// "punish myself" is left out: practitioners use it for guilt ("punish myself for missing the signs").
const HARM = any(
  "hurt|hurting|harm|harming|harmed|cut|cutting|burn|burning|burned|burnt|starve|starving|starved|scratch|scratching|scratched|hit|hitting|punched|bit",
);
// "i could kill myself for forgetting", "killing myself trying to finish", "shot myself in the foot",
// "killing myself with all this caffeine".
const KILL_IDIOM = String.raw`^ (?:laughing|with (?:all (?:this|that|the|these)|caffeine|coffee|sugar|stress|overtime)|trying|to (?:get|finish|make|meet|keep|please|be)|over (?:this|that|it|the|a)|for (?:forgetting|this|that|not|missing|being|a|the)|working|at work|with work|in the foot|doing|if i (?:have|had) to (?:do|sit|attend|write|fill|read|go|hear|listen|open|redo|answer|watch) (?:through )?(?:one|another|a single) more)\b`;
// "i cut myself chopping onions", "hurt myself lifting boxes", "going to hurt myself laughing".
const ACCIDENT = String.raw`^ (?:laughing|while|when (?:i was )?(?:cooking|shaving|chopping|lifting|running|playing)|at the gym|chopping|shaving|cooking|lifting|on (?:a|the)|playing|running|falling|tripping|moving|by accident|accidentally)\b`;
// Habit, method or a recent time after "cut myself": "again", "with a lighter", "last night",
// "after the visit", "at work between visits".
const HABIT_AFTER =
  /^ (?:again|to cope|to feel|on purpose|deliberately|every|at night|when i|because|so i|until|with a|with the|with my|last night|this morning|tonight|today|yesterday|after (?:the|my|a|work|court|supervision)|at work|in the (?:toilets?|loo|bathroom|car)|between)\b/;
const METHOD_END = any(
  "die|dying|kill|killing|overdose|end it|end my life|hang|noose|lethal|fatal|pills|wake up|jump|bleed out|bleed to death",
);

// Things a ligature is made of.
const TIE = any("dog lead|lead|belt|rope|cord|scarf|cable|tie|sheet|sheets|charger cable");

export const BEHAVIOUR_RULES: readonly Rule[] = [
  // Lethal verbs on oneself are read as risk unless an idiom or an accident follows.
  {
    id: "lethal-myself",
    firm: true,
    re: rx(B, LETHAL, " myself", B),
    idiomAfter: new RegExp(KILL_IDIOM),
    idiomBefore: /\b(?:nearly|almost|practically)\s*$/,
  },
  // Harm verbs need intent or habit: "i hurt myself at the gym" is not a crisis.
  {
    id: "harm-myself",
    firm: true,
    re: rx(B, HARM, " myself", B),
    need: INTENT,
    needAfter: HABIT_AFTER,
    idiomAfter: new RegExp(ACCIDENT),
  },
  // A sharp or hot thing on the writer's own skin: "used the compass on my wrist".
  {
    id: "sharp-on-skin",
    firm: true,
    re: rx(
      B,
      String.raw`(?:used|took|ran|dragged|pressed|held|put) (?:a |the |my |an )?(?:[a-z]+ )?(?:compass|blade|razor|scissors|knife|sharpener|glass|lighter|pin|needle|lid)(?: [a-z']+){0,5} (?:on|across|into|against|to|over) my (?:wrists?|arms?|thighs?|legs?|skin|stomach|hips?|ankles?)\b`,
    ),
  },
  {
    id: "tool-out-again",
    re: rx(
      B,
      String.raw`(?:got|get|getting|took) (?:the|my) (?:blades?|razors?|lighter|sharpener|box) out (?:again|tonight|last night)\b`,
    ),
  },
  {
    id: "self-harm",
    re: rx(B, String.raw`self-harm(?:ing|ed|s)?\b`),
    subject: true,
    idiomAfter: new RegExp(
      `${PRO_NOUN}|^ (?:scenes?|descriptions?|scars?|free|content|storyline|plot|is (?:[a-z]+ )?behind me|recovery|anniversary)\\b`,
    ),
  },
  {
    id: "cutting-again",
    firm: true,
    re: rx(
      B,
      any("been|started|start|keep|kept|back to|relapsed and started"),
      String.raw` cutting\b|\bcutting again\b`,
    ),
    subject: true,
    idiomAfter:
      /^ (?:myself|corners|back|down|costs|hours|it|ties|the|out|my|into|through|up|off|class|school|edge)\b/,
  },
  {
    id: "harm-body",
    firm: true,
    re: rx(
      B,
      any(
        "cut|cutting|scratch|scratching|burn|burning|carve|carving|punch|punching|bang|banging|slash|slashed|slashing|slice|sliced|slicing",
      ),
      String.raw` (?:into )?my (?:arms?|forearms?|wrists?|legs?|thighs?|skin|stomach|head|hips?)\b`,
    ),
    need: INTENT,
    needAfter: /^ (?:until|till|again|to cope|to feel|on purpose|with a|with the)\b/,
    // "i want to bang my head against a wall, the case system ate my notes" is an idiom.
    idiomAfter: new RegExp(
      `${ACCIDENT}|^ against (?:a|the) (?:brick )?wall\\b(?![^.]{0,40}\\b(?:until|till|til|again|bled|bleed)\\b)`,
    ),
  },
  {
    id: "keep-blade",
    re: rx(B, String.raw`(?:keep|carry|carrying|keeping) (?:a |my |the )?(?:razor|blade)s?\b`),
    subject: true,
  },
  {
    id: "want-pain",
    re: rx(
      B,
      String.raw`want(?:ed)? (?:it to hurt|to feel (?:the )?pain)\b|\b(?:punch|punched|punching|hit|hitting|bang|banged|banging) (?:the|a) wall until\b`,
    ),
    subject: true,
  },
  {
    id: "ligature",
    firm: true,
    re: rx(B, String.raw`(?:belt|rope|cord|ligature|noose|scarf|cable) (?:around|round) my neck\b`),
  },
  {
    // "i've tied the dog lead to the banister already, it's just there waiting".
    id: "ligature-tied",
    re: rx(
      B,
      String.raw`(?:(?:tied|tying|fixed|hung|looped) (?:the |a |my )?${TIE}|${TIE} (?:is|'s|has been) (?:already )?(?:tied|fixed|hung|looped|up)) (?:already )?(?:to|around|round|over|from) (?:the |a |my )?(?:banister|bannister|door|door handle|doorframe|beam|loft hatch|hook|tree|rail|curtain rail|stair ?rail|pipe|wardrobe)\b`,
    ),
    subject: true,
  },
  // Preparations and method research.
  {
    id: "stockpile",
    re: rx(
      B,
      any(
        "stockpiling|stockpiled|stockpile|saving up|saved up|save up|hoarding|hoarded|hoard|collecting|stashing|stashed|stash|storing up|hiding|hid|keeping",
      ),
      ` (?:all )?(?:of )?(?:my |some |the |a lot of |enough |extra )?(?:(?:sleeping|old|prescription|spare) )?`,
      MEDS,
      B,
    ),
    subject: true,
  },
  {
    id: "enough-to-die",
    firm: true,
    re: rx(B, "enough ", MEDS, String.raw` to (?:die|kill|end|overdose|not wake up|do it|never wake up)\b`),
  },
  {
    id: "how-many",
    firm: true,
    re: rx(
      B,
      "how (?:many|much) (?:of )?(?:the |my |those |these )?",
      MEDS,
      String.raw`(?: [a-z']+){0,5} (?:take|to die|to overdose|to not wake up|to kill|would kill|is lethal|is fatal|would be fatal|would be lethal)\b`,
    ),
  },
  {
    id: "method-research",
    re: rx(
      B,
      String.raw`(?:(?:looked|looking|look|looks) up|(?:googl|research|search)\w*)`,
      ` (?:how|ways|methods|the best way|painless ways|what dose|lethal|fatal|how long)`,
      `(?: [a-z']+){0,6} `,
      METHOD_END,
      B,
    ),
    subject: true,
  },
  {
    id: "ways-to-die",
    firm: true,
    re: rx(B, String.raw`ways to (?:die|end (?:it|my life)|kill myself|not wake up)\b`),
    subject: true,
  },
  {
    id: "overdose-intent",
    re: rx(
      B,
      any(
        "going to|about to|want to|plan to|planning to|thinking about|thinking of|might|will|could|tempted to|urge to",
      ),
      String.raw` overdos(?:e|ing)\b`,
    ),
    subject: true,
  },
  {
    id: "took-pills",
    firm: true,
    re: rx(
      B,
      `i (?:just |have just |have )?(?:overdosed|(?:took|taken|had) an overdose|(?:took|taken|swallowed|downed) (?:a bunch|a handful|loads|lots|way too many|too many|a whole bottle|a bottle|the whole bottle|a full bottle|a packet|a box) (?:of )?(?:my |the |these |those )?`,
      MEDS,
      ")",
    ),
  },
  {
    id: "take-all",
    re: rx(
      B,
      any("swallow|swallowing|take|taking|down|downing"),
      " ",
      any(
        "everything in my (?:medicine )?(?:cabinet|cupboard|drawer)|every (?:single )?pill|all (?:of )?(?:the|my) pills(?: at once)?|the whole (?:bottle|packet|box)|the lot",
      ),
      B,
    ),
    need: INTENT,
    idiomAfter: /^ (?:with|as|every|each|in the morning|at (?:night|bedtime|breakfast|dinner|lunch))\b/,
  },
  {
    id: "note",
    re: rx(
      B,
      any("wrote|written|writing|write|left|drafted|drafting|finished"),
      String.raw` (?:a |my |the |some )?(?:suicide|goodbye) (?:note|notes|letter|letters|message|messages|video)\b`,
    ),
    subject: true,
  },
  {
    // "i asked my sister to look after my cats 'if anything happens'", "gave my dog to my
    // neighbour, said it was just for a bit": provisions for after, without saying after what.
    id: "pets-provided-for",
    re: rx(
      B,
      String.raw`(?:look after|take care of|have|keep|mind|gave|given|giving|left|rehomed|handed over|found a new home for|new home for) (?:my|the) (?:dog|dogs|cat|cats|pets?|rabbit|rabbits|budgie|horse)\b`,
      // Lookahead, not needAfter: needAfter only widens `need`, and this rule has no `need`.
      String.raw`(?=.{0,60}\b(?:if anything (?:happens|happened|were to happen)|if something (?:happens|happened)|just for a (?:bit|while)|did not tell (?:anyone|them|her|him) why|without (?:telling|saying) why|for good|when i am gone|after i am gone|told (?:everyone|them|people|her|him) (?:it is|it was|its) because))`,
    ),
    idiomBefore: THIRD_ACTOR_BEFORE,
  },
  {
    // "what's the max dose of propranolol before it's dangerous. asking for me, not a client".
    id: "asking-for-me",
    // The writer says outright that the question is about their own life: the model may not
    // veto it however clinical the question sounds (decision 009).
    firm: true,
    re: rx(
      // "asking for me", "not for a client", "i need to know for me".
      String.raw`\b(?:asking (?:for|about) (?:me|myself)\b(?! (?:and|or) (?:a|my) (?:client|friend|colleague))|not (?:asking )?for a (?:client|patient|service user)\b(?!,? (?:it is |but )?(?:for|about) (?:my|an|a|the) (?:essay|assignment|exam|training|course|module|study|dissertation|teaching|session|team|student))|(?:i need to know|need to know) for me\b)`,
      // Looked back for only where the phrase matched: at the front, it ran at every position.
      String.raw`(?<=\b(?:dose|doses|overdose|lethal|dangerous|hurts?|painless|carbon monoxide|methods?|how many|how much|fatal|die|dies|dying|rope|bridge|gun|pills|tablets|suicidal|suicide|wake up|funeral|enough|death in service|life insurance|pays? out|self[- ]inflicted)\b.{0,160})`,
    ),
  },
  {
    // "bought a handgun this weekend. told my husband it was for home visits. it isn't."
    id: "weapon-cover-story",
    re: rx(
      B,
      String.raw`(?:bought|got|picked up|ordered) (?:a |myself a )?(?:handgun|gun|pistol|revolver|rifle|shotgun)\b(?=.{0,100}\b(?:it (?:is not|isn't|was not|wasn't)|that is not (?:why|what)|not for (?:hunting|protection|home visits|work)))`,
    ),
    subject: true,
  },
  {
    // "sent my flatmate my bank pin and passwords 'just in case'", "the bank stuff is all written
    // down for my brother": handing over a life, not a holiday.
    id: "affairs-handed-over",
    re: rx(
      B,
      String.raw`(?:sent|gave|given|left|wrote down|written down|writing down|shared) (?:my |the )?(?:[a-z]+ ){0,2}(?:bank pin|pin number|passwords?|bank (?:stuff|details|cards?)|banking|log-?ins?|login details)\b(?=.{0,60}\b(?:just in case|in case|for my (?:brother|sister|mum|mom|dad|partner|husband|wife|flatmate|roommate|friend|daughter|son|kids)|all written down))|\b`,
      "(?:bank stuff|passwords|bank details) (?:is|are) (?:all )?written down for (?:my|the) [a-z]+",
    ),
  },
  {
    // "if i crashed on the m62 tomorrow at least i'd finally get a rest", "if i drove into the
    // pond on the way home would it even surprise anyone": the writer's own death, welcomed.
    id: "if-i-died",
    re: rx(
      B,
      String.raw`if i (?:crashed|died|got hit|was hit|were hit|drove (?:into|off)|did not wake up|just did not wake up|stepped out|fell)\b[^.!?]{0,80}\b(?:at least|finally|would (?:it|anyone|anybody) (?:even )?(?:surprise|matter|notice|care)|would that be so bad|i would not mind|no one would)\b`,
    ),
  },
  {
    id: "in-case",
    re: rx(
      B,
      String.raw`in case i (?:am not (?:here|around)|do not make it|die|am gone|am dead|do not wake up|do not come back)\b`,
    ),
    idiomAfter: /^ (?:to|in time|on time|for|back from|through)\b/,
  },
  {
    id: "giving-away",
    re: rx(
      B,
      String.raw`giv(?:ing|en|e) away (?:all )?(?:of )?my (?:things|stuff|belongings|possessions|pets|everything)\b`,
    ),
    subject: true,
  },
  {
    id: "goodbyes",
    re: rx(
      B,
      String.raw`(?:said|saying|say) my (?:final )?goodbyes\b|\b(?:sorted|sorting|getting|got|put|putting) (?:all )?my affairs in order\b`,
    ),
    subject: true,
    // Leaving a job or a team: "saying my goodbyes to the team on friday".
    idiomAfter:
      /^ (?:to (?:the|my|our|this|that) (?:team|colleagues|coworkers|office|staff|clients|caseload|class|department|unit|students|manager|family|families|kids|children|young person|foster carers?|client|residents))\b/,
  },
  { id: "ready-when", re: rx(B, String.raw`for when i am ready\b`), subject: true },
  {
    id: "rope",
    re: rx(
      B,
      String.raw`i (?:have|have got|got|bought|just bought|have bought|tied|made) (?:a |the )?(?:rope|noose)\b`,
    ),
    idiomAfter:
      /^ ?(?:ladder|swing|course|bridge|toy|lights?|for (?:the|my|a|his|her|our) (?:garden|tree|treehouse|boat|tent|climbing|gym|dog|kids|son|daughter|washing))\b/,
  },
  { id: "noose", re: rx(B, String.raw`(?:tie|tying|tied|make|making|made) (?:a )?noose\b`), subject: true },
  {
    id: "plan",
    re: rx(
      B,
      String.raw`i have (?:a |the )?plan (?:to|for how to|for when to|of how to) (?:end|kill|die|take|overdose|jump|hang|do it)\b`,
    ),
  },
  {
    id: "jump-or-crash",
    re: rx(
      B,
      String.raw`(?:jump|jumping|throw myself|throwing myself) (?:off|from|in front of) (?:a|the|an) (?:bridge|building|roof|cliff|train|overpass|balcony|car park|parking garage|tracks|bus|truck|ledge)\b|`,
      String.raw`\b(?:step|stepping|walk|walking|lie|lying) (?:in front of|onto|on) (?:a|the) (?:train|bus|truck|traffic|tracks|motorway|highway)\b|`,
      String.raw`\b(?:step|stepping|stepped|jump|jumping) (?:off|from) the (?:platform|edge of the platform)\b|`,
      String.raw`\b(?:step|stepping|walk|walking) out (?:into|in front of) (?:the )?(?:traffic|road|motorway|highway|oncoming)\b|\b(?:in front of|under) the (?:express|fast train|next train|fast one)\b|`,
      String.raw`\b(?:crash|crashing|wreck|wrecking) (?:the|my) car\b|`,
      String.raw`\b(?:turn|turning|yank|yanking) the (?:steering )?wheel (?:into|towards?) (?:a|the|that|oncoming) [a-z]+\b|`,
      String.raw`\b(?:drive|driving|drove|swerve|swerving|crash|crashing|steer|steering)(?: my car)? (?:into|off) (?:oncoming traffic|traffic|a tree|a wall|the wall|a truck|a pole|the road|a cliff|the bridge|the overpass|a bridge|an overpass|the river|a lake)\b`,
    ),
    subject: true,
    need: INTENT,
    idiomBefore:
      /\b(?:bungee|bungy|base|cliff|tombstone)\s*$|\b(?:makes?|made|making) me (?:want to|feel like)\s*$/,
  },
  { id: "engine-running", re: rx(B, String.raw`(?:garage|car) with the engine running\b`), subject: true },
  {
    id: "engine-on",
    re: rx(B, String.raw`(?:leav|runn|turn|start)\w* (?:the )?engine (?:on|running)\b`),
    need: INTENT,
  },
  {
    id: "turn-on-myself",
    re: rx(
      B,
      String.raw`(?:use|using|turn|turning|point|pointing) (?:it|the gun|a gun|my gun|them|the pills|the knife) on myself\b`,
    ),
  },
  // Intent to harm another person. "could kill him" and "kill her if she..." are everyday hyperbole.
  {
    id: "harm-other",
    re: rx(
      B,
      any(
        "hit|hitting|shake|shaking|hurt|hurting|harm|harming|kill|killing|stab|stabbing|shoot|shooting|strangle|strangling|beat|beating|attack|attacking|poison|poisoning|murder|murdering|smother|smothering|drown|drowning|choke|choking|punch|punching",
      ),
      " ",
      PEOPLE,
      B,
    ),
    subject: true,
    need: INTENT,
    idiomAfter: /^ (?:feelings|chances|career|reputation|case|pride|with kindness|up|hands)\b/,
  },
  {
    // "i'm scared of what i'll do to my coworker if she takes credit one more time".
    id: "scared-what-i-do",
    re: rx(
      B,
      String.raw`(?:scared|afraid|frightened|terrified|worried) (?:of )?what i (?:will|would|might|could) do to (?:him|her|them|${PEOPLE})\b`,
    ),
  },
  {
    // "relapsed with the cutting after six years", "my arms are a mess again", "the plastic bag
    // under my pillow".
    id: "self-harm-back",
    re: rx(
      B,
      String.raw`relapsed (?:with|into) (?:the )?(?:cutting|self-harm|self harm|sh|burning|scratching)\b|\b`,
      String.raw`my (?:arms|legs|wrists|thighs|stomach) (?:are|is) (?:a mess|cut up|covered|in bits|wrecked) again\b|\b`,
      String.raw`(?:the |a )?plastic bag (?:is )?(?:under|by|next to|beside) my (?:pillow|bed)\b|\b`,
      String.raw`(?:arm|wrist|leg|thigh)(?: is|'s) (?:wrapped|bound|bandaged) (?:up )?in\b[^.!?]{0,40}\b(?:still going|still bleeding|will not stop)\b`,
    ),
  },
  {
    // "i swear i'm going to run that man over".
    id: "run-over",
    re: rx(
      B,
      String.raw`(?:run|running|drive|driving|mow|mowing) (?:him|her|them|that (?:man|woman|guy|bloke|judge|prick)|${PEOPLE}) (?:over|down)\b`,
    ),
    subject: true,
    need: INTENT,
  },
  {
    // "i'll put her through the glass partition. i mean it, i've been planning how": the hyperbole
    // turns into intent when the writer says it is meant or planned.
    id: "through-the-glass",
    re: rx(
      B,
      String.raw`(?:put|putting|throw|throwing|push|pushing|smash|smashing) (?:her|him|them|his head|her head|their head|${PEOPLE}) (?:head )?(?:through|into|in|out of) (?:the|a|that) (?:glass|window|partition|glass partition|glass door|wall|windscreen|windshield)\b`,
      String.raw`(?=.{0,100}\b(?:i mean it|not joking|not even joking|planning|planned|thought (?:through|about) how|worked out (?:how|when)|pictured|picturing|picture it|every day|scared (?:of|how)|frightened (?:of|how)|not (?:a|just a) fantasy))`,
    ),
    subject: true,
  },
];

// Hyperbole about harming someone only applies to killing-type verbs, not to "hurt" or "stab".
export const HYPERBOLE_VERB = /^(?:kill|killing|murder|murdering|strangle|strangling|choke|choking)\b/;
export const HYPERBOLE_BEFORE = /\bcould (?:just )?(?:[a-z]+ )?$/;
export const HYPERBOLE_AFTER = /^ (?:if|when|for|lol|haha|just kidding)\b/;
