// Acts already under way and means at hand: pills just taken, cutting again, a blade against the
// skin, letters left for whoever finds me, someone blocking the writer's way out right now.
// These came from practitioners' own wordings in the training corpora (crisis-train-a/b/c):
// the older rules knew "took a bunch of pills" but not "swallowed a whole strip of diazepam".

import { any, HEIGHT, MEDS, type Rule, rx, THIRD_ACTOR_BEFORE } from "./rules.ts";

const B = String.raw`\b`;
const GAP = "(?: [a-z'-]+){0,3}";

const MANY = any(
  String.raw`\d+|ten|fifteen|twenty|thirty|forty|fifty|a hundred|a bunch|a handful|handfuls|a load|loads|lots|a lot|` +
    "way too many|too many|all|all of|the rest|the rest of|the lot|a whole|a full|a strip|two strips|a box|a bottle|" +
    "the whole|the entire|an entire|the full|a whole sheet|the whole sheet|a sheet|" +
    "a packet|a pack|every one of|everything",
);
const NOW_OR_DONE = any(
  "ago|just|tonight|right now|now|already|feel|feels|feeling|sleepy|floaty|weird|sick|with (?:wine|vodka|whisky|whiskey|alcohol|beer|gin|a bottle)",
);
// Weapons and ligatures the writer could use on themself.
const MEANS_WORDS =
  "blade|blades|razor|razors|knife|rope|noose|gun|revolver|pistol|rifle|shotgun|cord|belt|hose";
const AT_HAND = any(`${MEANS_WORDS}|pills|tablets|meds|bottle of [a-z]+`);
// A count no one takes for a headache: ten or more, in digits or words.
const BIG_COUNT = any(
  String.raw`[1-9]\d|[1-9]\d\d|ten|twelve|fifteen|twenty|thirty|forty|fifty|sixty|a hundred|a handful|handfuls|a whole (?:box|packet|strip|bottle)`,
);

export const ACT_RULES: readonly Rule[] = [
  {
    // "took 20 of my trazodone about 30 min ago", "swallowed a whole strip of my mum's diazepam".
    id: "overdose-taken",
    firm: true,
    re: rx(B, any("took|taken|swallowed|downed|necked|have had"), " ", MANY, GAP, " ", MEDS, B),
    subject: true,
    needAfter: new RegExp(String.raw`^.{0,60}\b${NOW_OR_DONE}\b`),
    need: new RegExp(String.raw`\b${NOW_OR_DONE}\b`),
  },
  {
    // "took a handful of the co-codamol before i started typing", "headache from the 20 ibuprofen":
    // a count that large is an overdose whenever it is said, unless the sentence puts it in the past.
    id: "overdose-count",
    firm: true,
    re: rx(
      B,
      any("took|taken|swallowed|downed|necked|from the|after the"),
      " (?:about |around |maybe |like |over |nearly |at least |roughly )?",
      BIG_COUNT,
      "(?: of)?(?: (?:the|my|mum's|mom's|her|his|those|them|these|me))?(?: [a-z'-]+)? ",
      MEDS,
      B,
    ),
    subject: true,
  },
  {
    // "took something from the dispensary, think it was too much".
    id: "took-too-much",
    re: rx(
      B,
      String.raw`(?:took|taken|swallowed|had) (?:something|some stuff|stuff|a load of stuff|a lot of something)\b[^.!?]{0,60}\b(?:too much|too many|way more than|more than i should)\b|\b`,
      // "took what was in the cupboard".
      String.raw`(?:took|taken|swallowed) (?:what was|whatever was|everything|all (?:of )?(?:what was|the stuff|the tablets|the pills)) in (?:the|my|mum's|mom's) (?:cupboard|cabinet|medicine cabinet|bathroom cabinet|drawer|first aid box|box)\b|\b`,
      // "took some of my ativan, maybe too many, lost count".
      `(?:took|taken|swallowed) (?:some|a few|loads|a load|a lot) of (?:my |the |her |mum's |mom's )?`,
      MEDS,
      String.raw`\b(?=[^.!?]{0,60}\b(?:too many|too much|lost count|more than i should)\b)`,
    ),
    idiomBefore: THIRD_ACTOR_BEFORE,
  },
  {
    // "took the whole box about an hour ago and then panicked".
    id: "took-whole-box",
    firm: true,
    re: rx(
      B,
      String.raw`(?:took|taken|swallowed|drank|downed) (?:(?:the|a) whole (?:blister |pill |tablet )?(?:box|packet|strip|sheet|bottle|pack)|(?:what was left|the rest|all) of (?:my |the |his |her |dad's |mum's |mom's |dads |mums )?(?:meds|pills|tablets|medication|prescription))\b(?=.{0,60}\b(?:ago|just|tonight|now|panicked|feel|feels|feeling|sleepy|weird)\b)`,
    ),
    subject: true,
  },
  {
    // "had a couple of bottles of wine and the codeine, feeling really floaty".
    id: "drink-then-meds",
    re: rx(
      B,
      "(?:wine|vodka|whisky|whiskey|gin|beer|bottles?|cans|drink|drinks) (?:and|with|on top of) (?:the |my |some |all the |all my )?",
      MEDS,
      String.raw`\b(?=.{0,80}\b(?:floaty|sleepy|drowsy|woozy|weird|spinning|numb|ago|tonight|now|all of them|the lot)\b)`,
    ),
    idiomBefore: THIRD_ACTOR_BEFORE,
  },
  {
    // "reopened the old scars tonight", "the bruises on my arms aren't from a client. i did them."
    id: "own-injuries",
    firm: true,
    re: rx(
      B,
      // Not "that meeting opened up old wounds": the writer is the subject, and wounds are left out.
      String.raw`(?:reopened|re-opened|opened up|picked open|dug into) (?:my |the |all my )?(?:old )?(?:scars|cuts)\b|\b`,
      String.raw`(?:bruises|cuts|burns|marks|scratches) on my (?:arms?|legs?|thighs?|wrists?|stomach|hips?)\b(?=.{0,80}\b(?:i did (?:them|it|those)|did them myself|my own doing|self-inflicted|i do them)\b)`,
    ),
    subject: true,
  },
  {
    // "signing off for good. it's been a ride".
    id: "signing-off",
    re: rx(B, String.raw`signing off (?:for good|forever|permanently|for the last time)\b`),
  },
  {
    // "the bridge on route 9 on the way home. every day i slow down a little more."
    id: "slowing-at-height",
    re: rx(
      B,
      HEIGHT,
      String.raw`\b.{0,100}?\b(?:slow|slowing) down (?:a (?:bit|little) more|more (?:each|every) time|every (?:day|time|night))\b`,
    ),
  },
  {
    // "my sister is the only reason i haven't done it".
    id: "only-reason",
    re: rx(
      B,
      String.raw`(?:is|are) the only (?:reason|thing|things) (?:i have not (?:done it|gone through with it|ended it)|i am still (?:here|alive|around)|keeping me (?:here|alive|going))\b`,
    ),
  },
  {
    // "the note's in the glovebox", "the letters for the kids are on the kitchen table".
    id: "note-placed",
    re: rx(
      B,
      String.raw`the (?:note|notes|letter|letters)(?: for (?:the kids|mum|mom|dad|my (?:kids|children|son|daughter|wife|husband|partner|family|parents|mum|mom|dad|sister|brother)))?(?: is| are|'s|'re) (?:in|on|under) (?:the|my) (?:glovebox|glove box|bedside|kitchen table|pillow|drawer|dashboard|envelope)\b`,
    ),
  },
  {
    // "made a playlist for my funeral", "picked the hymns for my own funeral".
    id: "funeral-plans",
    re: rx(
      B,
      String.raw`(?:made|making|picked|picking|chose|choosing|planned|planning|written|wrote|writing|sorted) (?:a |the |my )?(?:playlist|songs|music|hymns|readings|outfit|flowers|plans?|eulogy|order of service) for my (?:own )?funeral\b`,
    ),
    subject: true,
  },
  {
    // "i've taken all of them", "just took the lot".
    id: "taken-them-all",
    re: rx(B, any("taken|took|swallowed"), " ", any("them all|all of them|the lot|everything|all of it"), B),
    subject: true,
    idiomAfter: /^ (?:to|for|out|home|back|with me|in|on|into|off|down|up)\b/,
  },
  {
    // "mixing the xanax and the wine tonight", "pills and the whisky tonight".
    id: "meds-and-drink",
    re: rx(
      B,
      MEDS,
      String.raw` (?:and|with) (?:the |a bottle of |some )?(?:wine|vodka|whisky|whiskey|alcohol|gin|booze)\b`,
    ),
    subject: true,
    needAfter: /^.{0,40}\b(?:tonight|now|and not counting|until|till|so i|to)\b/,
    need: /\b(?:tonight|going to|plan|mixing|taking|took|take|swallow|simple)\b/,
  },
  {
    // "the knife is in my bag", "pills are here", "with the bottle of tylenol in my lap".
    id: "means-at-hand",
    re: rx(
      B,
      AT_HAND,
      String.raw` (?:is|are) (?:here|ready|in my (?:bag|pocket|lap|hand|hands|car|drawer)|next to me|in front of me|on my (?:lap|bed|desk))\b|\b`,
      AT_HAND,
      String.raw` in my (?:lap|hand|hands)\b`,
    ),
    subject: true,
  },
  {
    // "holding a knife to my arm while i type", "the razor against my wrist".
    id: "blade-on-skin",
    firm: true,
    re: rx(
      B,
      `(?:${MEANS_WORDS}|lighter|cigarette|lit cigarette|used it|used (?:a|the|some) [a-z]+)`,
      String.raw` (?:to|against|on|into|across) my (?:arm|arms|forearm|forearms|wrist|wrists|throat|neck|skin|leg|legs|thigh|thighs|chest|stomach)\b`,
    ),
  },
  {
    // "i cut again last night", "cut tonight", "want to cut so bad".
    id: "cut-again",
    firm: true,
    re: rx(
      B,
      `(?:i|going to|want to|need to|urge to|wanting to|about to) (?:cut|sh|burn myself|self-harm|self harm)`,
      String.raw`(?= again| tonight| so bad| right now| deeper| deep| last night| this morning| today| yesterday| at work| after| before| in the|[.,!?]|$)|\bsh'e?d\b`,
    ),
    idiomAfter:
      /^ (?:again (?:on|at|in|from) (?:the|my) (?:budget|hours|cost|rota)|tonight'?s? (?:meeting|shift))/,
  },
  {
    // "banged my head against the wall til it bled", "pressing my nails into my arm until it bleeds".
    id: "until-it-bled",
    firm: true,
    re: rx(
      B,
      String.raw`(?:until|till|til) (?:it|they|my [a-z]+|the skin) (?:bled|bleeds|bleed|was bleeding|started bleeding|split|splits|broke)\b`,
    ),
    // The writer's own body: "banged my head against the wall until it bled".
    need: /\b(?:i|my|myself)\b/,
    idiomBefore: /\b(?:scrubb|scrub|wash|clean|pick|bit my (?:lip|tongue))\w*\b[^.]{0,30}$/,
  },
  {
    // Letters and passwords "for whoever finds me"; "when they find me".
    id: "whoever-finds-me",
    re: rx(
      B,
      String.raw`(?:whoever|who ever|when (?:they|someone|he|she|you)|whoever it is that) finds? me\b`,
    ),
    idiomAfter: /^ (?:a|an|the|some|work|something|somewhere|at|in the (?:office|morning))\b/,
  },
  {
    // "after i'm gone", "so nobody has to deal with a mess after i'm dead".
    id: "after-i-am-gone",
    re: rx(B, String.raw`(?:after|when|once) i am (?:gone|dead|not here|no longer here)\b`),
    idiomAfter: /^ (?:on|for|from|to|at|in|away|off|home|back|over|out)\b/,
  },
  {
    // "i won't be alive sunday", "won't be needing them where i'm going".
    id: "will-not-be-alive",
    re: rx(
      B,
      String.raw`(?:will not|am not going to) be (?:alive|here much longer|around much longer)\b|\b`,
      // "i'll be dead by friday"; "gone by friday" is a holiday as often as not.
      String.raw`will be dead (?:by|before|on) (?:tonight|tomorrow|the weekend|next week|(?:mon|tues|wednes|thurs|fri|satur|sun)day|christmas|the end of)\b|\b`,
      `(?:will not|am not going to) (?:need|be needing) (?:it|them|him|her|any of (?:it|them|this)|you|my [a-z]+)`,
      String.raw` (?:after (?:tonight|today|sunday|monday|tuesday|wednesday|thursday|friday|saturday|this week|the weekend)|where i am going|anymore after)\b`,
    ),
    subject: true,
  },
  {
    // "this is goodbye", "goodbye everyone, thanks for trying".
    id: "this-is-goodbye",
    re: rx(B, String.raw`(?:so )?this is (?:my )?goodbye\b|\bgoodbye (?:everyone|all|world|aluma)\b`),
    idiomAfter: /^ (?:to (?:the|my) (?:team|office|job|caseload|placement)|party|card|lunch|drinks|do)\b/,
    idiomBefore: /\b(?:leaving|retirement|farewell|end of placement)\b[^.]{0,40}$/,
  },
  {
    // "writing goodbye emails to my team", "it's a goodbye text she just doesn't know it yet".
    id: "goodbye-message",
    re: rx(
      B,
      String.raw`(?:a|my|the|these|writing|sent|send) goodbye (?:text|email|message|call|letter)s?\b`,
    ),
    subject: true,
    idiomBefore: /\b(?:leaving|retirement|farewell|end of placement|team|colleague)\b[^.]{0,40}$/,
    idiomAfter:
      /^ (?:to (?:the|my|our) (?:team|colleagues|office|clients|caseload|unit|department|manager|families))|^[^.]{0,30}\bbefore (?:my|i|the) (?:leave|mat|maternity|holiday|retire|move)/,
  },
  {
    // Prayers and hopes for death: "lord, take me tonight", "hoping a lorry takes me out".
    id: "take-me",
    re: rx(
      B,
      String.raw`(?:lord|god|allah|jesus)(?:,)? (?:please |to )?(?:just )?take me\b|\btake me (?:tonight )?in my sleep\b|\b`,
      String.raw`(?:hoping|hope|hopes|hoped|wish|wishes|wished|pray|praying|prayed|keep hoping) (?:that )?(?:the plane|a (?:truck|lorry|bus|car|train)|something|someone) (?:goes down|crashes|hits me|takes me|happens to me|kills me)\b`,
    ),
  },
  {
    // "a stockpile of my late mum's morphine, how much would it take".
    id: "how-much-would-it-take",
    firm: true,
    re: rx(
      B,
      String.raw`how (?:much|many)(?: [a-z']+){0,3} (?:would it take|does it take|would i need|do i need|would do it|would be enough|is enough)\b`,
    ),
    need: new RegExp(String.raw`\b${MEDS}\b`),
  },
  {
    // "what's the point of me being alive".
    id: "point-of-me",
    re: rx(
      B,
      String.raw`(?:what is|whats|what) the point (?:of|in) me (?:being alive|being here|living|existing|staying alive)\b|\bsee the point (?:of|in) me\b`,
    ),
  },
  {
    // The writer trapped or followed right now: "he's blocking the door", "typing this under the table".
    id: "writer-trapped",
    re: rx(
      B,
      String.raw`(?:blocking|blocked|standing in front of) the (?:front |office |kitchen |bedroom |flat |room )?(?:door|exit|doorway)\b|\b`,
      // "standing between me and the gate", "surrounded the van, i'm inside on my own".
      String.raw`(?:standing|stood|is|got himself|got herself) between me and the (?:door|gate|exit|car|stairs|front door|way out)\b|\b`,
      String.raw`(?:have|has|are|is) surrounded (?:me|us|my car|the car|the van|my van|the house|the office)\b|\b`,
      String.raw`(?:has|got) me (?:cornered|pinned|trapped|pinned down|on the landing|up against)\b|\b`,
      String.raw`(?:will not|would not) let me (?:leave|out|go|get out|close the door|get to the (?:door|buttons|exit|phone))\b|\b`,
      String.raw`(?:has |is )?(?:just )?grabbed (?:my|me by the) (?:wrist|arm|hair|throat|neck|collar|hand)\b(?=.{0,80}\b(?:will not let go|is not letting go|not letting go|says he will|says she will|is hurting|really hard|break it)\b)|\b`,
      String.raw`(?:typing|texting|writing) (?:this )?(?:under|from under|one-handed|under the)\b|\b`,
      String.raw`(?:is|are|been|keeps|has been|started) following me (?:from|home|to|off|down|across|through|for|right now|and)\b`,
    ),
    idiomAfter: /^ (?:by the|the door for|sign|the exit interview)/,
  },
  {
    // "i'm on the bridge and i want to jump", "thinking about jumping." — not "jumping ship".
    id: "jump-now",
    re: rx(
      B,
      `(?:thinking about|think about|thought about|want to|wanting to|going to|about to|ready to|planning to|tempted to|urge to) jump(?:ing)?(?=[.,!?]|$| tonight| now| right now| off| from| in front| again)`,
    ),
    subject: true,
  },
  {
    // "my suicide note is in the drawer"; "this is my last message. sorry."
    id: "my-note",
    firm: true,
    re: rx(
      B,
      String.raw`my (?:suicide|goodbye|unalive|die) (?:note|letter)s?\b|\bthis (?:is|will be) my (?:last|final) (?:message|post|reflection|chat|entry)\b`,
    ),
    idiomAfter:
      /^ (?:to (?:the|my|our) (?:team|colleagues|office|clients|caseload)|before|until|for (?:today|the week|now|tonight|a while)|of the (?:day|week|year)|on this (?:topic|case))\b/,
  },
  {
    // "i can't promise i won't do something to myself tonight".
    id: "do-something-to-myself",
    re: rx(B, String.raw`do (?:something|anything) (?:stupid |silly |bad |drastic )?to myself\b`),
  },
  {
    // "i've got all my meds out", "the pills are lined up", "sitting here with the pills".
    id: "means-laid-out",
    firm: true,
    re: rx(
      B,
      String.raw`(?:pills|tablets|meds|blades) (?:out|lined up|laid out|counted out|all out)\b|\b`,
      String.raw`(?:sitting|sat|lying|here|in bed|in the car|in the bath) (?:here )?with (?:the|my|all my|all the|a) (?:pills|tablets|meds|blades?|razor|knife|rope|gun|noose)\b`,
    ),
    subject: true,
  },
  {
    // Violence to the writer, now: "someone's followed me from the visit", "he has locked me in
    // the kitchen", "he's between me and the door", "she's holding it up to my face". Firm: the
    // model has seen far more danger to clients than to the writer and would call these "client".
    id: "attacked-now",
    firm: true,
    re: rx(
      B,
      String.raw`(?:followed|following) me (?:from|home|off|out|to my|down|back)\b|\b(?:right|just|still) behind me\b|\blocked me in\b|\b`,
      String.raw`(?:just|has just|have just) (?:threw|thrown|pushed|shoved|slammed|grabbed|hit|punched|kicked|choked|strangled|attacked|pinned) me\b|\b`,
      String.raw`between me and the (?:door|exit|way out|stairs)\b|\b(?:pointed|pointing|aimed|aiming|holding it|held it) (?:at|up to|to) (?:me|my (?:face|head|throat|neck|chest))\b|\b`,
      String.raw`(?:coming|came|going|went|lunged|lunging|running) (?:at|for) me\b|\b(?:surrounded|cornered|chasing|chased) me\b|\bbeing chased\b|\b`,
      String.raw`(?:trying|tried) (?:to (?:force|break|kick|get through) )?my (?:front |back |patio |bedroom |car )?(?:door|doors|window|windows)\b|\b`,
      String.raw`(?:i|we) (?:cannot|can not) get out\b|\bwith me (?:inside|in here|locked in)\b`,
    ),
    idiomAfter:
      /^ (?:on (?:facebook|instagram|twitter|x|tiktok|linkedin|social)|with (?:a|the) (?:pillow|toy|question|email|paperwork|forms)|about)/,
    // Dreams, and animals: "the dog got out and chased me down the drive".
    idiomBefore:
      /\b(?:nightmare|dream|dreamt|dreamed)\b[^.]{0,80}$|\b(?:dog|dogs|puppy|cat|goose|geese|cow|cows|horse|bull|wasp|bee|seagull|swan)\b(?: [a-z']+){0,4} $/,
  },
];
