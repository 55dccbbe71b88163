// The writer inside a dangerous scene, now: "locked in the interview room, he's kicking the door",
// "crouched behind the nurses' station", "he's got me by the arm". Practitioners tell their own
// danger as a scene in which a client or a relative is named, and both the phrase rules and the
// model then read it as the client's emergency (decision 009). These phrases place the writer in
// the scene; a witness relaying someone else's emergency does not use them.

import { isPastForWriter } from "./context.ts";
import { any, type Rule, rx } from "./rules.ts";

const B = String.raw`\b`;
// Rooms a worker ends up shut in.
const ROOM = any(
  "interview room|office|staff toilet|toilet|toilets|loo|bathroom|lift|elevator|stairwell|cupboard|meeting room|" +
    "visiting room|family room|kitchen|bedroom|van|car|staff room|back office|store room|storeroom|cell|room",
);
// "she is locked in the bathroom" is someone else; only the writer, or no subject at all.
const NOT_SOMEONE_ELSE = String.raw`(?<!\b(?:he|she|they|who|it|client|child|kid|girl|boy|mum|mom|dad|baby|son|daughter|woman|man|patient|resident|student) (?:is|are|was|were|has been|have been|got|gets|being) )(?<!\b(?:kids|children|them|him|her|baby|everyone|doors|dog|has been|had been) )`;

/** The writer placed in the scene. Shared with the kind decisions in client-rules.ts. */
export const WRITER_IN_SCENE = rx(
  B,
  // "i am hiding in the bathroom" is the "hiding" threat rule's (client-rules.ts); these are the
  // postures it does not read.
  String.raw`i am (?:crouched|crouching|cowering|sheltering|huddled|ducked down|pinned) (?:behind|under|in|inside|down|against)\b|\bi am (?:hiding|barricaded) (?:behind|under)\b|\b`,
  NOT_SOMEONE_ELSE,
  // Shut in by a lock, not a person: "locked in the office!! key snapped, facilities coming".
  String.raw`(?:locked|trapped|barricaded|shut) in (?:the|a|his|her|their|this) (?:[a-z']+ )?${ROOM}\b(?![^]{0,80}\b(?:key|keys|snapped|jammed|locksmith|facilities|maintenance)\b)|\b`,
  String.raw`(?:has|got|have got|has got) me (?:by the (?:arm|wrist|hair|throat|neck|collar|hand|jacket|coat)|against the wall|up against|pinned|cornered)\b|\b`,
  String.raw`(?:dragged|pulled|bundled|shoved|pushed) me (?:into|in|inside)\b|\b`,
  NOT_SOMEONE_ELSE,
  String.raw`being threatened (?:right now|now|as i (?:type|write))\b|\b`,
  String.raw`(?:is|are|has been|have been|keeps|been|keep) tailing me\b|\b`,
  String.raw`door (?:is not|will not|is not going to|won't) (?:going to )?hold\b|\b`,
  String.raw`(?:says|saying|said|shouting|screaming|yelling) (?:he|she|they) will do me\b`,
);

export const SCENE_RULES: readonly Rule[] = [
  {
    id: "writer-in-scene",
    re: WRITER_IN_SCENE,
    // "hiding in the loo from my manager lol", "hiding under my desk until the audit is over".
    idiomAfter:
      /^ ?(?:[a-z']+ ){0,4}(?:from (?:my|the) (?:manager|boss|supervisor|team|inbox|emails?|paperwork|audit|kids|twins|husband|wife)|until (?:the|this|my) (?:audit|meeting|inspection|deadline)|lol|haha|like)\b/,
    // The lock, not a person: "the key jammed and i'm locked in the loo".
    idiomBefore: /\b(?:key|keys|lock|locksmith|jammed|snapped|stuck lift|broke down)\b[^.]{0,60}$/,
  },
];

// Plain (non-global) patterns for yes/no tests: `test` on a global regex moves its lastIndex.
const plain = (...parts: string[]) => new RegExp(parts.join(""));

// The scene reading, for danger told without any of the phrases above: someone menacing, the
// writer as the one menaced, and the moment being now (or the writer's fear of it). All three
// must appear; a story that is over ("police came, everyone is safe now", "last year") is not.
const MENACE = plain(
  B,
  String.raw`(?:knife|knives|blade|gun|weapon|machete|bat|snooker cue|bottle|hammer|crowbar|threat|threats|threatened|threatening|threatens|you are dead|finish (?:it|this|the job)|teach me a lesson|know where (?:you|u) live|knows? (?:where i live|my address|what car i drive|my (?:daughter|son|kids)|where my)|see you at your stop|what to do with (?:me|us)|nobody is leaving|(?:are|is) not leaving|going nowhere|staying put|do me|get me|find me|punched|grabbed|dragged|headlock|twisting|hand on my throat|hands round my|barricaded|blocking|across the doorway|following me|followed me|tailing|staring|idling|waiting (?:outside|for me|in my)|watching (?:my|me from)|rattling|kicking|banging|hammering|smashing|trying the (?:door|handle|window|patio door)|climbed (?:over|in)|broke in|breaking in)\b`,
);
const WRITER_MENACED = plain(
  B,
  String.raw`(?:(?:at|for|after|towards?|on) me|(?:locked|shut|trapped|keeping|kept|holding|has|got) me (?:in|inside|into)|me to stay)\b|\b`,
  String.raw`(?:staring|stared|glaring|shouting|screaming|yelling|swearing|spitting|lunging|waiting|watching|coming|following|followed|chasing|grabbed|grabbing|dragged|pushed|punched|hit|threatened|threatening|cornered|trapped|blocking) (?:at |for |right at |straight at )?me\b|\b`,
  String.raw`(?:outside|at|in|on|round|around|near|by) my (?:car|house|flat|home|front door|door|window|address|gate|garden|back garden|driveway|street|hotel room|room|office)\b|\b`,
  String.raw`my (?:hair|arm|throat|neck|lanyard|wrist|collar)\b|\b`,
  String.raw`i am (?:inside|alone|home alone|on my own|by myself|the only one|at home|in here|stuck|in the (?:flat|room|car|office|house|van|kitchen|hallway|corridor|toilet)|at (?:his|her|their) (?:flat|house|place))\b|\b`,
  String.raw`(?:cannot|scared to|afraid to|too scared to) (?:go home|leave|get out|get to my car)\b`,
);
const NOW_OR_FEAR = plain(
  B,
  String.raw`(?:right now|now|just|still|rn|currently|as i type|scared|terrified|shaking|panicking|panic|hurry|help me|alarm|panic button|police (?:called|on the way|are coming|coming)|999|911|000|112|lights off|curtains shut|phone on \d+|signal|what do i do|hiding)\b`,
);
// A story that is over, or not real: these put the scene out of the present.
const OVER = plain(
  B,
  String.raw`(?:(?:he|she|they) (?:left|has gone|have gone|went away|drove off)|police (?:came|arrived|took|have him|have her|arrested)|(?:i am|we are|everyone is|all) (?:safe|fine|ok|okay) now|debrief|incident (?:form|report)|write[- ]?up|training|policy|procedure|supervision|reflection|reflective|scenario|role[- ]?play|film|movie|episode|novel|dream|nightmare|dreamt|what would you do|what should (?:a|the) worker|reflecting|replaying|keep thinking|what if|if (?:a|the) (?:client|parent|dad|man|guy) ever|never threatened|no threats|nothing (?:has )?happened|i am safe|we are safe|he has been spoken to|security (?:came|had|took|arrived|got)|i am (?:home|at home|back home) now)\b`,
);
// A story told as history (isPastForWriter: "threatened me last month") is still live when the
// writer says it is happening now: "...and he's staring right at me now".
const STRONG_NOW = /\b(?:right now|now|rn|currently|as i type|still)\b/;

// The client's own emergency, with the writer beside them: "she is going to take them as soon as
// i leave... she is just watching me".
const CLIENT_OWN_RISK =
  /\b(?:himself|herself|themselves|(?:take|taking|took) (?:them|the (?:tablets|pills))|overdose|jump|ligature)\b/;

/** The writer menaced now, told as a scene (normalised text). */
export function isWriterMenacedNow(text: string): boolean {
  if (text.length > 1200) return false; // long entries are reflections; the phrase rules read them
  const scene = MENACE.test(text) && WRITER_MENACED.test(text) && NOW_OR_FEAR.test(text);
  if (!scene || OVER.test(text) || CLIENT_OWN_RISK.test(text)) return false;
  return !isPastForWriter(text) || STRONG_NOW.test(text);
}
