// Context rules that decide whether a risk phrase is live: who says it, whether it is negated,
// whether it is past, hypothetical or somebody else's words. All inputs are normalised text
// (see normalise.ts). Windows are bounded slices, so each check costs O(1) per match.

const WINDOW = 90;

/** The clause text just before a match, bounded so checks stay constant-time. */
export function before(text: string, index: number, size = WINDOW): string {
  return text.slice(Math.max(0, index - size), index);
}

/** The clause text just after a match. */
export function after(text: string, end: number, size = WINDOW): string {
  return text.slice(end, end + size);
}

// Phrases containing a negation word that do not negate what follows
// ("i cannot stop thinking about killing myself" is a positive).
const NEUTRAL_NEGATIONS =
  /\b(?:do not|did not) think i (?:will|would|can|could)\b|\b(?:cannot|can not|could not|do not|did not|will not|not) (?:stop|help|shake|get rid of|know|seem to stop)\b|\bnot (?:sure|even|joking|kidding|really sure|going to lie|gonna lie)\b|\bno one knows\b|\bnobody knows\b|\b(?:cannot|can not|could not) (?:promise|guarantee|say) (?:that )?i (?:will not|would not)\b/g;
const NEGATION = /\b(?:not|never|no|no longer|nor|without|denies|denied|deny|denying|nothing)\b/;

/** True when the few words before a match negate it ("i would never hurt myself"). */
export function isNegated(windowBefore: string): boolean {
  const words = windowBefore.replace(NEUTRAL_NEGATIONS, " ").trim().split(" ");
  return NEGATION.test(words.slice(-5).join(" "));
}

const FIRST = new Set(["i", "me", "myself"]);
const THIRD = new Set(
  (
    "he she they him her them his their himself herself themselves themself who someone somebody anyone " +
    "people person you your yourself we our us client clients patient patients youth teen teens teenager " +
    "kid kids child children baby mother father mom dad parent parents family agency team staff son " +
    "daughter partner husband wife boyfriend girlfriend ex colleague coworker supervisor manager boss " +
    "trainer worker caseworker officer man woman boy girl brother sister stepdad stepfather survivor"
  ).split(" "),
);

// "the young man i support", "a teen i work with": the "i" is inside a relative clause.
const RELATIVE_VERB = new Set([
  "support",
  "work",
  "see",
  "visit",
  "manage",
  "care",
  "mentor",
  "counsel",
  "know",
]);

export type Subject = "first" | "third" | "none";

/**
 * The nearest grammatical subject before a match, scanning back up to eight words.
 * "my" only counts when it directly precedes the match ("my suicidal thoughts"), because
 * elsewhere it usually marks a possession ("the teen on my caseload just sent ...").
 * With `actor`, only "i" counts as first person: "texted me" makes the writer an object.
 */
export function subjectOf(windowBefore: string, actor = false): Subject {
  const words = windowBefore.split(/[^a-z]+/).filter((w) => w.length > 0);
  for (let i = words.length - 1, seen = 0; i >= 0 && seen < 8; i--, seen++) {
    const w = words[i]!;
    if (w === "i" && RELATIVE_VERB.has(words[i + 1] ?? "")) continue;
    if (actor ? w === "i" : FIRST.has(w) || (w === "my" && i === words.length - 1)) return "first";
    if (THIRD.has(w)) return "third";
  }
  return "none";
}

/** Subject-dropped openings count as first person: "feeling suicidal again", "wanna die". */
export function isClauseOpening(windowBefore: string): boolean {
  return windowBefore.trim().split(" ").filter(Boolean).length <= 2;
}

// Someone else's words: "my client said ...", "the trainer told us ...". The reporter must come
// before the phrase; "i told my supervisor i want to die" stays first person.
// "if she says that one more time i'll ..." is a condition, not her words.
const REPORTED =
  /(?<!\b(?:if|whenever|next time) (?:[a-z']+ ){0,2})\b(?:he|she|they|clients?|patients?|youth|teens?|kids?|child|mother|father|mom|dad|parent|trainer|presenter|someone|somebody|people|person|colleague|supervisor|worker|module|video|book|article|handout|gp|doctor|nurse|therapist|counsell?or|psychiatrist|assessor|interviewer|judge|barrister|lads?|yp|young (?:person|people|man|woman)|resident|service user|care leaver|caller|man|woman|guy|girl|boy|lady|farmer|veteran)\b(?: [a-z']+){0,4}? (?:said|says|saying|told|tells|texted|texts|texting|wrote|writes|asked|asks|mentioned|disclosed|discloses|reported|reports|stated|states|yelled|screamed|shouted|messaged|messaging|admitted|explained|joked|jokes|keeps saying|kept saying|would say|taught|rang|rings|ringing|phoned|called|calling|snapchatted|posted|posting|sent|sending|whispering)\b/;

export function isReported(sentenceBefore: string): boolean {
  return REPORTED.test(sentenceBefore);
}

// Distant past for the writer. Recent past ("last night", "an hour ago") is still a risk.
const PAST_SELF =
  /\b(?:used to|(?:years|yrs|months) (?:ago|back)|years back|(?<!since )last (?:winter|summer|spring|autumn|fall|year|month)|(?:first|second|third|final) year (?:of|at) (?:uni|university|college)|old me|this time last year|(?<!after (?:[a-z0-9]+ )?)(?:years|yrs|months|weeks) (?:free|since)|(?:is|are|was|feels|feel) (?:years |long |well |way )?behind me|in recovery|long ago|in the past|back (?:then|when|in)|when i was (?:a |in |young|younger|little|\d+)|as a (?:teen|teenager|kid|child|student)|in (?:high school|college|university|grad school|my (?:teens|twenties|thirties|20s|30s|youth))|growing up|in (?:19|20)\d\d|history of|for years now)\b/;
// For clients "happening now" is the bar, so yesterday and last night are past as well.
const PAST_CLIENT =
  /\b(?:used to|(?:days|weeks|months|years|decades) ago|last (?:week|month|year|session|time|night|spring|summer|fall|autumn|winter|weekend|visit|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)|yesterday|in the past|back (?:then|when|in)|in (?:19|20)\d\d|history of|previously|at (?:age|the age of) \d+|as a (?:teen|teenager|kid|child)|was found|were found|since then|when (?:he|she|they|i) (?:was|were) (?:\d+|young|younger|little|small|a (?:child|kid|teen|teenager|baby)))\b/;
// A recent marker in the clause itself overrides a past marker elsewhere in the sentence:
// "i used to self-harm in college, but i have been cutting again".
const RECENT = /\b(?:again|lately|these days|right now|now|tonight|today|this week|recently|currently)\b/;

export function isPastForSelf(sentence: string, clause: string): boolean {
  return PAST_SELF.test(clause) || (PAST_SELF.test(sentence) && !RECENT.test(clause));
}

export function isPastForClient(sentence: string): boolean {
  return PAST_CLIENT.test(sentence);
}

// Danger to the writer last night is still live ("he choked me last night and he is home in an
// hour"); last month, or last tuesday, is history.
const RECENT_PAST = /\b(?:last night|yesterday|this morning|earlier today)\b/g;

/** A threat to the writer told as history: the client bar, with the recent past still live. */
export function isPastForWriter(sentence: string): boolean {
  return isPastForClient(sentence.replace(RECENT_PAST, " "));
}

// Study about risk rather than risk: "the research on gun access and suicide for my dissertation",
// "a literature review on self-harm". Bare "research" or "my dissertation" is not enough: "i did
// research on how many it takes" and "cannot finish my dissertation, i want to die" stay live.
export const ACADEMIC =
  /\b(?:(?:for|in) (?:my|our|the|a|an|her|his|their) (?:dissertation|thesis|essay|assignment|coursework|lit(?:erature)? review|research (?:project|proposal|paper)|masters|msc|phd|degree|journal club|seminar|lecture|presentation|module)|lit(?:erature)? review|systematic review|meta-analysis|journal club|(?:the|recent|latest|some|reading) (?:research|evidence|literature|statistics|stats|data) (?:on|into|about|around|says|shows|suggests))\b/;

// Questions about practice mentioned before a first-person phrase mean the phrase is quoted:
// "how do i respond when a client says i want to die".
export const PRACTICE_FRAME = new RegExp(
  String.raw`\b(?:(?:if|when) (?:a|an|my|the|your|someone|somebody|they|clients?|people)\b|role[- ]?play|scenario|vignette|case study|training|trainer|how (?:do|should|would|can|could) (?:i|we|you) (?:respond|answer|reply|react|handle|document|word|ask|support|help)|what (?:do|should|would|could) (?:i|we|you) (?:say|do))|` +
    ACADEMIC.source,
);
// Training, hypotheticals and questions about practice. These talk about crises, not in one.
const HYPOTHETICAL =
  /\b(?:if (?:a|an|the|my|your|our|someone|somebody|they|he|she)|when (?:a|an|someone|somebody|clients?)|what if|suppose|imagine|hypothetical\w*|role[- ]?play\w*|scenario|vignette|case study|simulation|training|trainer|workshop|webinar|course|module|lecture|exam|quiz|textbook|article|research|policy|protocol|template|warning signs)\b/;
// Practice questions. On their own they frame a hypothetical, but an emergency often ends with
// one: "she has taken 60 pills an hour ago, what do i do".
const PRACTICE_QUESTION =
  /\b(?:how (?:do|should|would|can|could|to) (?:i|we|you)|what (?:should|would|do|could) (?:i|we|you)|what would you)\b/;
const LIVE_NOW =
  /\b(?:right now|just|as we speak|on the (?:phone|line)|(?:an? |about an? )?(?:hour|few minutes|minutes?) ago|urgent|currently)\b/;

export function isHypothetical(sentence: string): boolean {
  return HYPOTHETICAL.test(sentence) || (PRACTICE_QUESTION.test(sentence) && !LIVE_NOW.test(sentence));
}

// Moments described as happening now.
export const NOW =
  /\b(?:right now|now|just|at the moment|currently|as we speak|tonight|this minute|this second|(?:a few |few )?(?:minutes|seconds) ago|an hour ago|in (?:her|his|their) hands?|on the (?:phone|line)|texted|texting|texts|messaged|messaging|calling|called me|rang|phoned|says|saying|is saying|keeps saying|urgent|help|not answering|will not answer|phone is off|(?:is|are) (?:holding|clutching|waving|pointing|threatening|going to|about to|planning to|trying to|standing|sitting)|threatening to)\b/;

// A relayed message ("she just texted '...'") is live when the writer, or the message itself,
// says it is happening now. Narrower than NOW: "texted" and a bare "just" say nothing about time.
const LIVE_RELAY =
  /\b(?:right now|now|tonight|(?:[a-z0-9]+ )?(?:mins?|minutes|secs?|seconds) ago|an hour ago|just (?:now|got|had|sent|texted|messaged|posted|replied|rang|called|phoned|dmed|snapchatted)|not (?:answering|picking up|replying|responding|reading)|stopped (?:answering|replying|reading|responding)|last seen|location|phone is off|phone off|cannot get hold|(?:called|calling|ringing|rang|phoned|on hold to) (?:999|911|112|000|an ambulance|the ambulance|police|the police)|ambulance (?:called|is coming|on (?:its|the) way))\b/;

export function isLiveRelay(text: string): boolean {
  return LIVE_RELAY.test(text);
}
