// Danger happening now: threats against the writer (reported as "self") and imminent danger to a
// client (reported as "client"). These read whole sentences, because the actor, the victim and the
// "now" are often spread across clauses: "the child is alone with him now and he is threatening".

import { any, HEIGHT, HEIGHT_TOPIC, PEOPLE, type Rule, rx, WEAPON, WEAPON_TOPIC } from "./rules.ts";
import { SCENE_RULES, WRITER_IN_SCENE } from "./scene-rules.ts";

const B = String.raw`\b`;
const VIOLENT_ING = any(
  "hitting|beating|choking|strangling|attacking|stabbing|shooting at|hurting|punching|kicking|assaulting|chasing|raping|smothering|drowning|shaking|dragging|coming at|threatening",
);

// Someone means it or is about to: "he said he'd", "is going to", "keeps threatening to".
const THREAT_NEED =
  /\b(?:going to|will|would|about to|threatening to|threatened to|threatens to|trying to|tried to|wants to|coming to|is|are|said (?:he|she|they)|says (?:he|she|they))\b/;

/** Threats to the writer. detect.ts decides between "self" and "client" from the sentence. */
export const THREAT_RULES: readonly Rule[] = [
  {
    id: "not-safe",
    re: rx(
      B,
      String.raw`i (?:am|do) not (?:feel )?safe\b|\bi (?:am|feel) (?:in danger|unsafe|scared for my life|afraid for my life|terrified for my life)\b|\bi fear for my life\b`,
    ),
    // Workplace safety talk is a practice topic, not an emergency.
    idiomAfter:
      /^ (?:doing|going|visiting|on|sharing|to share|saying|speaking|talking|in (?:team|supervision|meetings?|the office|group|that)|at work|with (?:that|this|the) (?:client|family)|around (?:that|this|the) client|when|asking|driving|walking|working|about)\b/,
  },
  {
    id: "threat-to-me",
    idiomAfter: /^ (?:with|over|softly|slowly|inside|lol|haha)\b/,
    re: rx(
      B,
      any(
        "kill|killing|hurt|hurting|shoot|shooting|stab|stabbing|beat|beating|hit|hitting|strangle|strangling|choke|choking|attack|attacking|kidnap|rape|murder|punch|punching|kick|kicking",
      ),
      String.raw` (?:me|us|my (?:kids|children|baby|son|daughter|family))\b`,
    ),
    need: THREAT_NEED,
  },
  {
    // The same threats in the words people actually shout: "he'll do me in", "slit my throat".
    id: "threat-to-me",
    re: rx(
      B,
      String.raw`(?:do|doing|finish|finishing) (?:me|us) (?:in|off)\b|\b(?:slit|cut|slice) (?:my|our) throats?\b|\b(?:glass|bottle|shank|slash|torch) (?:me|us)\b|\b(?:smash|cave|kick) my (?:face|head) in\b`,
    ),
    need: THREAT_NEED,
  },
  {
    id: "menacing-me",
    re: rx(
      B,
      String.raw`(?:is|are|been|keeps|kept) (?:threatening|following|stalking|chasing|hitting|beating|choking|attacking) (?:me|us)\b|\bthreaten(?:ed|ing|s)? me with\b`,
    ),
  },
  {
    id: "weapon-here",
    re: rx(
      B,
      any("with|has|have|has got|holding|pulled|pointing|waving|got|carrying|brandishing"),
      ` (?:a |his |her |their |the )?`,
      WEAPON,
      B,
    ),
    idiomAfter: new RegExp(WEAPON_TOPIC),
  },
  {
    id: "break-in",
    re: rx(
      B,
      String.raw`(?:trying to|about to|going to) (?:break|get|force (?:his|her|their) way|kick (?:the|my) door) (?:in|into)\b|\b(?:kicking|banging on|pounding on|breaking down|smashing) (?:in )?(?:the|my|our) (?:door|window|windows)\b|\bbreaking in\b`,
    ),
  },
  {
    id: "strangled",
    re: rx(
      B,
      String.raw`(?:hands?|arm) (?:around|round|on) my (?:neck|throat)\b|\b(?:choked|strangled|choking|strangling) me\b`,
    ),
  },
  // Threats that keep a child or partner quiet: "if i tell the school she will make it worse".
  {
    id: "silenced",
    re: rx(
      B,
      String.raw`if i (?:tell|told|say anything|talk|speak|report|ever tell)\b[^.!?;]{0,60}\b(?:he|she|they) (?:will|would|is going to|are going to|said (?:he|she|they) would) (?:make it worse|hurt me|kill me|beat me|hit me|punish me|get me|do it again|send me away)\b`,
    ),
  },
  {
    id: "hiding",
    re: rx(
      B,
      String.raw`locked (?:myself|us|me) in\b|\bi am (?:hiding|locked|trapped|barricaded) (?:in (?:the|my|a|his|her|their)|inside|from (?:him|her|them|my (?:husband|partner|ex|boyfriend|girlfriend|dad|father)))\b|\bhiding (?:from him|from her|in (?:the|my) (?:bathroom|bedroom|closet|car|office))\b`,
    ),
  },
  ...SCENE_RULES,
];

// A weapon only makes an emergency when it is here, now, or pointed at someone.
export const WEAPON_NEAR =
  /\b(?:outside|at (?:my|the|our) (?:door|window|house|home|office|car)|in (?:my|our) (?:house|home|yard|driveway|office|room|apartment|flat)|here|on me|at me|blocking|parked outside|coming (?:here|over|for me)|on (?:his|her|their) way|right now|now|in the (?:lobby|waiting room|office|building|parking lot))\b/;
// Where the writer is the one in danger.
export const WRITER_AT_RISK = new RegExp(
  String.raw`\b(?:(?:outside|at|in|into|near|around) (?:my|our) (?:house|home|door|apartment|flat|place|car|window|room)|(?:on|at|for|after|toward|towards) (?:me|us)|i am (?:hiding|locked|at|in|trapped|stuck|alone)|blocking (?:the|my) (?:door|exit|way)|hiding in my)\b|${WRITER_IN_SCENE.source}`,
);
// The writer as the target, in words a witness to someone else's emergency does not use: "he's
// by my car", "texted a photo of my front door", "says he'll use it on me".
export const WRITER_TARGETED = new RegExp(
  String.raw`\b(?:(?:by|at|near|around) my car\b|(?:photo|picture|pic) of my (?:front door|house|car)|too scared to (?:walk|go|get) out|(?:use it|do it|let it go|set it) on me|i am back inside)\b|${WRITER_IN_SCENE.source}`,
);
// Where someone else is: the writer is relaying a client's emergency.
export const CLIENT_REF =
  /\b(?:client|patient|youth|teen|child|kid|baby|kids|children|boy|girl|young person|foster|toddler|(?:her|his|their) (?:house|home|place|apartment|flat)|(?:the|his|her|their) (?:son|daughter|mother|mom|wife|girlfriend|partner))\b/;
export const THIRD_REFLEXIVE =
  /\b(?:himself|herself|themselves|themself|(?:his|her|their) (?:throat|wrists|life))\b/;

const SELF_ACTIONS = any(
  "(?:kill|hurt|harm|shoot|stab|hang|cut|drown|poison|burn|suffocate) (?:himself|herself|themselves|themself)|" +
    "(?:end|take) (?:his|her|their) (?:own )?life|end it(?: all| tonight| today)?|" +
    "jump(?! at| in\\b| on board| through| ship)(?: off| from)?|overdose|drive (?:into|off)|" +
    "take (?:all|the rest) (?:of )?(?:her|his|their|the) pills|take them all|cut (?:his|her|their) (?:throat|wrists)|" +
    "walk (?:out )?into (?:the )?traffic|step in front of (?:a|the) (?:train|bus|lorry|truck|car)",
);
const OTHER_ACTIONS = `(?:kill|hurt|harm|shoot|stab|beat|hit|strangle|choke|burn) (?:${PEOPLE.slice(3, -1)}|(?:his|her|their) (?:ex|ex-wife|ex-husband|wife|husband|partner|girlfriend|boyfriend|kids|children|baby|son|daughter|mom|mother|dad|father)|the (?:family|mom|kids|children))`;

// A worker out of touch: said of a named colleague or of whoever "went out to a visit".
const OUT_OF_CONTACT =
  "(?:not answering|is not picking up|no answer|(?:nobody|no one) can reach|not responding|stopped (?:replying|answering|responding)|goes (?:straight )?to voicemail|going (?:straight )?to voicemail|phone (?:is )?(?:off|dead)|phone (?:is )?switched off|has not (?:come back|returned|checked in|checked out|signed back in|answered|responded|been in touch|rung|called|replied)|not (?:come|checked|signed) (?:back|out)|cannot (?:reach|get hold of|contact)|nothing since|then nothing|missed (?:her|his|their) check-?in|not back)";

/** Imminent danger to a client; the actor must not be the writer. */
export const CLIENT_RULES: readonly Rule[] = [
  {
    id: "means-in-hand",
    re: rx(
      B,
      any(
        "has|have|is holding|holding|has got|got|grabbed|with|is clutching|clutching|is waving|waving|is pointing|pointing",
      ),
      ` (?:a |an |the |his |her |their |some |all (?:of )?(?:his |her |their )?)?(?:pills|rope|noose|lighter|gasoline|petrol|`,
      WEAPON.slice(3),
    ),
    idiomAfter:
      /^ ?(?:licen[cs]e|safe|storage|collection|permit|cabinet|show|course|class|range|control|violence|policy|crime|laws?|rights|locked|in a lockbox|at home|in the house|for (?:blood|pain|sleep|anxiety|depression|his|her|their)|prescribed)\b/,
  },
  {
    id: "at-height",
    re: rx(
      B,
      any("is|are|standing|sitting|climbing|sat|stood|perched"),
      " ",
      any("on|at|by|near|up on|on top of|over|on the edge of|at the edge of"),
      ` (?:the |a |his |her |their )?`,
      HEIGHT,
      B,
    ),
    idiomAfter: new RegExp(HEIGHT_TOPIC),
    present: true,
  },
  {
    id: "calling-from-height",
    re: rx(
      B,
      any("called|calling|texted|texting|messaged|messaging|phoned|phoning|rang|rung"),
      ` (?:me |us )?from (?:the |a )?`,
      HEIGHT,
      B,
    ),
    idiomAfter: new RegExp(HEIGHT_TOPIC),
    present: true,
  },
  {
    id: "intent-now",
    re: rx(
      B,
      any(
        "going to|about to|threatening to|threatens to|threatened to|plans to|planning to|wants to|will|intends to|trying to|tried to|ready to",
      ),
      " ",
      `(?:${SELF_ACTIONS}|${OTHER_ACTIONS})`,
    ),
  },
  {
    id: "violence-now",
    re: rx(
      B,
      `(?:is|are) (?:currently |actively |now |still )?`,
      VIOLENT_ING,
      String.raw` (?:her|him|them|the (?:baby|child|kids|children|mom|mother|family|girl|boy)|(?:his|her|their) (?:wife|partner|girlfriend|husband|boyfriend|kids|children|baby|son|daughter|mom|mother)|mom|herself|himself|themselves|my client)\b`,
    ),
    present: true,
  },
  // "he is threatening." with no object: the spec's own example of an unfinished emergency.
  {
    id: "self-harm-now",
    re: rx(
      B,
      String.raw`(?:is|are) (?:currently |now |still )?(?:cutting|burning|hurting|hanging|harming|strangling|choking|starving) (?:himself|herself|themselves|themself)\b`,
    ),
    present: true,
  },
  {
    id: "threatening-now",
    re: rx(
      B,
      String.raw`(?:is|are) (?:currently |now |still )?(?:threatening|overdosing|seizing|convulsing)(?=$|[,.!?;:]| (?:and|now|right now|with|again|violence)\b)`,
    ),
    present: true,
  },
  {
    id: "medical-now",
    re: rx(
      B,
      String.raw`(?:is|are|is now|has gone|went) (?:not breathing|unresponsive|unconscious|turning blue|bleeding (?:out|heavily|badly|a lot|everywhere)|seizing|having a seizure|foaming)\b|\b(?:cannot|can not|will not) stop bleeding\b`,
    ),
    present: true,
  },
  {
    id: "took-now",
    re: rx(
      B,
      String.raw`(?:took|swallowed|downed|taken) (?:(?:a |an |the )?(?:whole |full |entire )?(?:bottle|handful|packet|box|bunch|overdose|load)\b|(?:all|every one|the rest) (?:of )?(?:her|his|their|the) pills|(?:\d+|twenty|thirty|forty|fifty|a lot of|loads of|lots of) pills|all (?:of )?(?:her|his|their) insulin|something(?=[,.;!?]| and| now| not))|\boverdosed\b`,
    ),
    // "overdosed on pumpkin spice at the office party".
    idiomAfter:
      /^ on (?:pumpkin|caffeine|coffee|sugar|chocolate|netflix|tv|telly|cake|biscuits|carbs|christmas|love|cuteness|spreadsheets|meetings|paperwork|emails|memes|tea)\b/,
  },
  {
    id: "ligature-now",
    re: rx(
      B,
      String.raw`(?:belt|rope|cord|ligature|noose|scarf|cable) (?:around|round|on) (?:her|his|their) neck\b`,
    ),
    present: true,
  },
  { id: "goodbye-words", re: rx(B, String.raw`this is (?:goodbye|my goodbye|the end)\b`) },
  {
    id: "into-water",
    re: rx(
      B,
      String.raw`(?:walking|walked|wading|waded|swimming) (?:out )?into (?:the )?(?:sea|ocean|river|lake|water)\b`,
    ),
  },
  {
    id: "exhaust",
    re: rx(
      B,
      String.raw`(?:hose|hosepipe|pipe|tube)\b[^.!?;]{0,40}\b(?:exhaust|running into the car|into the car window)\b`,
    ),
    present: true,
  },
  {
    id: "hear-violence",
    re: rx(
      B,
      `(?:hear|hearing|see|seeing|watching) (?:him|her|them|the (?:dad|father|mom|mother|boyfriend|partner)|dad|mom) `,
      VIOLENT_ING,
      B,
    ),
    present: true,
    witnessed: true,
  },
  {
    id: "goodbye-sent",
    re: rx(
      B,
      any("sent|sends|texted|texting|messaged|posted|posting|left|wrote|emailed|sending"),
      String.raw` (?:(?:me|us|a|an|her|his|their|everyone) ){0,2}(?:goodbye|farewell|suicide) ?(?:text|message|note|letter|post|video|email)?\b`,
    ),
  },
  {
    id: "alone-with-danger",
    re: rx(
      B,
      String.raw`alone with (?:him|her|them|the (?:abuser|perpetrator|offender|father|stepfather|stepdad|boyfriend|dad|partner))\b(?=[^.!?;]{0,80}\b(?:threat|drunk|violent|angry|raging|high|weapon|gun|knife|hitting|screaming))`,
    ),
    present: true,
  },
  {
    // "colleague went on a visit at 2, due back 3.30, it's nearly 6 and her phone goes straight
    // to voicemail": a lone worker out of contact is in danger until found.
    id: "colleague-out-of-contact",
    re: rx(
      B,
      `(?:colleague|co-?worker|peer worker|(?:support|outreach|social|key|duty|night|lone|youth|case|care) ?worker|team ?mate|team member|team manager|student|nurse|buddy|liaison officer)\\b.{0,200}?\\b${OUT_OF_CONTACT}\\b|\\b`,
      String.raw`(?:panic alarm|lone work(?:er|ing) (?:alarm|button|device|app)|red alert|sos alert)(?: (?:for|of|on) (?:my|our|the|her|his) [a-z]+)? (?:has |just )?(?:just )?(?:gone off|went off|triggered|activated|been (?:triggered|activated|pressed))\b|\b`,
      `went (?:out )?(?:to|on) (?:a |the |his |her |their )?(?:visit|home visit|joint visit)\\b.{0,120}?\\b${OUT_OF_CONTACT}\\b|\\b`,
      String.raw`(?:pressed|hit|triggered) (?:the|her|his|their) (?:panic|alarm|sos|panic button|panic alarm)(?: (?:on|button on) (?:her|his|their) (?:lone worker )?(?:app|phone|device|fob))?\b`,
    ),
    idiomAfter:
      /^ (?:my |the |her |his |their |any )?(?:e-?mails?|messages? about|teams|slack|texts? about|questions|queries)\b/,
    present: true,
  },
  {
    // "boy about 12 outside the chippy getting battered by older lads".
    id: "being-attacked-now",
    re: rx(
      B,
      String.raw`(?:is |are )?getting (?:battered|beaten up|beaten|stabbed|attacked|jumped|kicked in|glassed) (?:by|outside|in|right now|now)\b`,
    ),
    present: true,
  },
  { id: "engine-running", re: rx(B, String.raw`(?:garage|car) with the engine running\b`), present: true },
  { id: "barricaded", re: rx(B, String.raw`barricaded (?:himself|herself|themselves|in)\b`), present: true },
  {
    id: "suicidal-now",
    re: rx(
      B,
      String.raw`(?:actively )?suicidal\b(?=[^.!?;]{0,60}\b(?:right now|at the moment|as we speak|tonight|on the phone|on the line|in my office|in the lobby|in the waiting room))`,
    ),
  },
];
