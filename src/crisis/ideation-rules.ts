// First-person wishes to die and suicidal thoughts, from "kms" to "i want to sleep forever".
// Each rule names the context it needs; detect.ts applies the shared checks (negation,
// reported speech, hypotheticals, distant past) to every match.

import { any, PRO_NOUN, type Rule, rx } from "./rules.ts";

const B = String.raw`\b`;

export const IDEATION_RULES: readonly Rule[] = [
  {
    id: "suicidal",
    re: rx(B, "suicidal", B),
    subject: true,
    idiomAfter: new RegExp(PRO_NOUN),
    // Teaching and assessing: "explain passive and active suicidal ideation", "a disclosure of
    // suicidal thoughts", "how i responded to suicidal ideation".
    idiomBefore:
      /\b(?:disclosures? of|difference between|passive and active|active and passive|passive or active|explain(?:ing)?|assess(?:ing|ed)?|screen(?:ing)? for|ask(?:ing|ed)? (?:about|for)|responded to|respond(?:ing)? to|teach(?:ing)?)\b[^.]{0,30}$/,
  },
  {
    // The writer's own present state, said plainly ("feeling suicidal again", "i am suicidal
    // tonight"): firm, because the model, trained on many traps about other people's suicidal
    // thoughts, vetoed the short form once. The looser rule above keeps its veto for past and
    // professional uses the checks miss.
    id: "suicidal-myself",
    firm: true,
    re: rx(
      "(?:^|[.!?,;] )(?:i am |i feel |i have been feeling |been feeling |feeling |i am feeling )",
      "(?:really |so |very |quite |pretty |properly |actively )?suicidal(?: again| tonight| today| right now| now| lately)?(?=[.!?,;]|$)",
    ),
  },
  {
    id: "suicide-verb",
    re: rx(
      B,
      any(
        "thinking|thought|think|considering|consider|contemplating|contemplate|planning|plan|planned|attempted|attempt|attempting|tried|try|trying|commit|committing|researching|googling|obsessing|fantasi[sz]ing",
      ),
      String.raw`(?: (?:about|of|on|to|committing|attempting|a|an|really|seriously|lot)){0,3} suicide\b`,
    ),
    subject: true,
    idiomAfter: new RegExp(PRO_NOUN),
  },
  {
    id: "suicide-only-way",
    re: rx(
      B,
      `(?:suicide|death|dying) (?:feels|seems|is|looks|sounds) (?:like )?(?:the|my|an|a) (?:only|best|easiest|real) (?:way|option|answer|choice|solution)`,
    ),
  },
  {
    id: "way-out",
    re: rx(
      B,
      `(?:no|any|only) way out (?:but|except|other than|besides|is) (?:to )?`,
      any("die|dying|death|suicide|ending it|killing myself"),
    ),
    negatable: false,
  },
  {
    // "i think i should die too, is only fair", "i ought to be dead, not him".
    id: "should-die",
    firm: true,
    re: rx(
      B,
      String.raw`i (?:should|ought to) (?:just )?(?:die|be dead|not be alive|not exist|not be here)\b`,
    ),
    idiomAfter: /^ (?:of|from|laughing|with (?:embarrassment|shame)|before i wake)\b/,
    // The bedtime prayer: "if i should die before i wake".
    idiomBefore: /\bif $/,
  },
  // Wishes to die. "going to die" is left out: it is nearly always hyperbole about workload.
  {
    id: "want-to-die",
    firm: true,
    re: rx(
      B,
      any(
        "want|wants|wanted|wanting|wish|wishing|long|longing|ready|deserve|need|hope|hoping|pray|praying|would like|plan|planning",
      ),
      String.raw` to (?:just )?die\b`,
    ),
    subject: true,
    idiomAfter: /^ (?:of|from|laughing|inside|a little|happy|than|in (?:peace|my sleep at \d+|old age))\b/,
    // "the film was so cringe i wanted to die": embarrassment, not a wish.
    idiomBefore: /\bso (?:embarrassing|awkward|cringe|cringey|cringy|cheesy|boring|dull) (?:that )?i $/,
  },
  {
    id: "wish-i-could-die",
    firm: true,
    re: rx(
      B,
      String.raw`(?:wish|wishing|hope|hoping|pray|praying) (?:that )?i (?:could|would|will|might|can) (?:just )?die\b`,
    ),
    idiomAfter: /^ (?:of|from|laughing)\b/,
  },
  {
    id: "die-soon",
    firm: true,
    re: rx(B, String.raw`going to die (?:tonight|today|this weekend|soon|by my own hand)\b`),
    subject: true,
  },
  {
    id: "rather-die",
    firm: true,
    re: rx(
      B,
      `(?:rather|sooner) (?:die|be dead) than (?:live|living|keep|go on|going on|feel|be alive|wake)`,
    ),
  },
  {
    id: "wish-dead",
    firm: true,
    re: rx(
      B,
      String.raw`wish(?:es|ed|ing)? (?:that )?i (?:was|were|am|could be|would be|had been|was just|were just) (?:dead|not alive|never born)\b|`,
      String.raw`\bwish(?:es|ed|ing)? (?:that )?i (?:did not|could not|do not|would not|could just not) exist\b|`,
      String.raw`\bwish(?:es|ed|ing)? (?:that )?i (?:had|would|would have|had just) never (?:been born|existed)\b|`,
      String.raw`\b(?:want|wanted|wish|wishes) to (?:be dead|not exist|stop existing|not be alive|never wake up|not wake up)\b|`,
      // "i wish the crash had finished me off", "shame the overdose didn't kill me".
      String.raw`\bwish(?:es|ed|ing)? (?:that )?(?:the|that|it|my) ?(?:[a-z]+ ){0,3}(?:had|would have) (?:finished me off|killed me|taken me|got me)\b|`,
      String.raw`\b(?:shame|pity|wish) (?:the|that|it|my) ?(?:[a-z]+ ){0,3}(?:did not|didn't) (?:finish me off|kill me|take me)\b`,
    ),
  },
  {
    id: "not-want-to-live",
    firm: true,
    re: rx(
      B,
      `(?:do not|does not|no longer|never) (?:really |even |just |honestly )?want to `,
      any(
        "live|be alive|exist|be here anymore|be here any more|be around anymore|wake up|go on|keep living|keep going anymore|carry on living|be in this world|be on this earth",
      ),
      B,
    ),
    subject: true,
    negatable: false,
    idiomAfter:
      /^ (?:in|with|near|there|at|on|under|alone|close|together|here|by|early|sick|tired|for|before)\b/,
  },
  {
    id: "cannot-go-on",
    re: rx(B, String.raw`cannot (?:go on|keep) (?:living|anymore|any more)\b`),
    negatable: false,
  },
  {
    id: "end-my-life",
    firm: true,
    re: rx(B, any("end|ending|take|taking|took"), String.raw` my (?:own )?life\b`),
  },
  {
    id: "end-it-all",
    firm: true,
    re: rx(
      B,
      String.raw`(?:end|ending) (?:it all|(?:it|things|everything) (?:tonight|today|for good|permanently|once and for all|this weekend|soon|now))\b`,
    ),
    subject: true,
  },
  {
    id: "end-it",
    re: rx(
      B,
      String.raw`(?:end|ending) it(?=$|[,.!?;:]| (?:all|tonight|now|soon|for good|today|this weekend)\b| and (?:none|nothing|no one|nobody) of)`,
    ),
    need: /\b(?:thinking|thought|close to|going to|want to|ready to|plan|planning|about to|decided|might|considering|feel like|feeling like|could just)\b/,
  },
  {
    id: "want-it-over",
    re: rx(
      B,
      String.raw`want (?:it all|everything|all of it|all this|this all|my life|life) to (?:end|stop|be over)\b`,
    ),
    subject: true,
  },
  { id: "want-out", re: rx(B, String.raw`want out of (?:life|this life|living|existence)\b`), subject: true },
  {
    id: "disappear",
    re: rx(
      B,
      String.raw`disappear (?:forever|permanently|for good|and never come back|off the face of the earth)\b`,
    ),
    subject: true,
  },
  {
    id: "cease-to-exist",
    re: rx(
      B,
      String.raw`(?:cease|stop) to exist\b|\b(?:fade|slip) away (?:forever|for good|and not come back)\b`,
    ),
    subject: true,
  },
  {
    id: "imagine-death",
    re: rx(
      B,
      any("imagin|think|thought|dream|fantasi[sz]|pictur"),
      String.raw`\w* (?:about |of )?(?:not existing|not being alive|not being here|being dead|my (?:own )?death|dying)\b`,
    ),
    subject: true,
  },
  {
    id: "join-the-dead",
    re: rx(
      B,
      String.raw`join (?:my )?(?:mom|dad|mother|father|brother|sister|son|daughter|husband|wife|him|her|them) (?:soon|in heaven|on the other side|in the ground)\b`,
    ),
    subject: true,
  },
  {
    id: "care-live-die",
    re: rx(
      B,
      String.raw`(?:do not|does not|no longer) care (?:if|whether) i (?:live or die|die|live|wake up)\b`,
    ),
    negatable: false,
  },
  {
    id: "would-not-mind-dying",
    re: rx(
      B,
      String.raw`(?:would not|will not|do not) mind (?:if|when) i (?:got|get|was|were) (?:hit|run over|killed)\b|\b(?:would not|will not|do not) mind (?:dying|not waking up|being dead)\b|\b(?:hope|wish|pray) (?:that )?i (?:get|got|would get) (?:hit|run over|killed)\b`,
    ),
    negatable: false,
  },
  {
    id: "still-here",
    re: rx(
      B,
      String.raw`(?:disappointed|sad|upset|angry|annoyed|sorry) (?:that )?i (?:am still (?:here|alive)|woke up(?: again)?)\b`,
    ),
  },
  {
    id: "finally-go",
    re: rx(B, `until i can (?:finally )?(?:go|die|leave this world|be gone|rest)(?=$|[,.!?;:])`),
    subject: true,
  },
  {
    id: "tonight-i-do-it",
    firm: true,
    re: rx(
      B,
      String.raw`(?:tonight|today|this weekend|tomorrow) is (?:when|the night|the day) i (?:do it|go through with it|end it)\b`,
    ),
  },
];
