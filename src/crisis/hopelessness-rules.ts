// Hopelessness, perceived burdensomeness and "not waking up": the indirect ways people say they
// do not want to live ("everyone would be better off without me", "no point in going on").

import { any, type Rule, rx } from "./rules.ts";

const B = String.raw`\b`;

const DAY = "monday|tuesday|wednesday|thursday|friday|saturday|sunday";

export const HOPELESSNESS_RULES: readonly Rule[] = [
  {
    id: "no-reason",
    re: rx(
      B,
      String.raw`(?:no|any|a) reason (?:left )?to (?:live|keep living|go on|stay alive|be alive|keep going)\b|\bnothing (?:left )?to live for\b`,
    ),
    negatable: false,
  },
  {
    id: "no-point",
    re: rx(
      B,
      String.raw`(?:no|the|any) point (?:in |of )?(?:living|being alive|going on|existing|waking up|carrying on|me being here)\b`,
    ),
    negatable: false,
  },
  {
    id: "not-worth",
    re: rx(B, String.raw`(?:not|no longer) (?:really )?worth (?:living|it anymore|it any more)\b`),
    negatable: false,
  },
  {
    id: "no-future",
    re: rx(
      B,
      String.raw`(?:cannot|do not|can not) see (?:a|any) future(?: for (?:myself|me))?(?=$|[,.!?;:]| (?:anymore|at all|ahead)\b)`,
    ),
    negatable: false,
    subject: true,
  },
  {
    id: "hate-being-alive",
    re: rx(B, String.raw`hate (?:being alive|existing|living|my existence)\b`),
    subject: true,
    idiomAfter: /^ (?:in|with|near|here|there|on)\b/,
  },
  {
    // "just waiting to die at this point", "tired of being. actually".
    id: "waiting-to-die",
    re: rx(
      B,
      String.raw`(?:just |basically |only )?waiting to die\b|\btired of (?:being|breathing)(?=[.!?,;]|$| anymore| any more| at all)|\b(?:so |really |just )?tired of waking up\b(?! (?:at|so|early|for|to|with|before|in the))`,
    ),
    subject: true,
    idiomAfter: /^ (?:of|from) (?:boredom|embarrassment|laughter|hunger)\b/,
  },
  {
    // "how long before anyone at the office noticed", "would anyone even notice if i wasn't there".
    id: "who-would-notice",
    re: rx(
      B,
      String.raw`how long (?:it would be |it would take |would it take |until |till |before )?(?:before |until |till |for )?(?:anyone|anybody|someone|somebody|people|they) (?:[a-z]+ ){0,3}(?:noticed|would notice|to notice|notice|found me|would find me|to find me|missed me)\b|\b`,
      String.raw`(?:no one|nobody|no-one) would (?:even )?(?:notice|find me|miss me) (?:till|until|for|before)\b|\b`,
      String.raw`would (?:anyone|anybody) (?:even |actually |really )?(?:notice|care|miss me) if i (?:just )?(?:was not|were not|wasn't|weren't|disappeared|was gone|were gone|died|did not (?:show|turn) up|stopped)\b`,
    ),
  },
  {
    // "three more visits then i'm finished. not with the job. with all of it."
    id: "not-just-the-job",
    re: rx(
      B,
      String.raw`not (?:just )?(?:with |from |leaving )?(?:the|this|my) job[.,;:]? (?:with |from |leaving |i mean )?(?:all of it|everything|it all|life|all of this)\b|\b`,
      String.raw`done with (?:all of it|everything|it all)[.,;]? not just (?:the|this|my) job\b|\b`,
      // "told the team i'm on leave. i'm not on leave." / "and i don't mean i'm changing jobs".
      String.raw`i am not (?:really |actually )?on leave\b|\bi do not mean (?:i am )?(?:changing jobs|leaving the job|quitting|a new job|the job|work)\b`,
    ),
  },
  {
    // "i've decided. friday, after i close out my last cases", "tomorrow's the day", "going to
    // do it friday when the house is empty", "i've got it all worked out. the weekend".
    id: "decided-when",
    re: rx(
      B,
      // Not "i've decided. friday is the day i tell my manager i'm going part time".
      String.raw`(?:i have|i) (?:finally )?decided[.!;:—-]+ ?(?=.{0,80}\b(?:${DAY}|tomorrow|tonight|this weekend|the weekend|next week|after i)\b)(?!.{0,100}\b(?:notice|manager|part[- ]time|placement|job|role|course|tutor|studies|hand(?:ing)? in|resign\w*|quit\w*|career|contract|hours)\b)|\b`,
      String.raw`i (?:have )?(?:got )?it all (?:worked out|planned)[.!;:,]? ?(?=.{0,60}\b(?:${DAY}|tomorrow|tonight|weekend|when (?:my|the|everyone|no one|nobody)))|\b`,
      String.raw`going to do it (?:on )?(?:${DAY}|tomorrow|tonight|this weekend) when (?:the house is empty|everyone|no one|nobody|my (?:partner|husband|wife|flatmate)|the kids)\b|\b`,
      String.raw`(?:resignation (?:letter )?(?:done )?and (?:a |the )?(?:other|second|different kind of) letter|the other letter (?:is )?done)\b|`,
      // "put everything in order this week. paid the bills, spare key's with my sister. tomorrow's the day."
      String.raw`\b(?:tomorrow|tonight|${DAY})(?: is|'s) the (?:day|night)(?=[.!]|$)(?<=\b(?:in order|paid the bills|bills paid|sorted|spare key|letters?|decided|ready)\b.{0,170})`,
    ),
  },
  {
    // "whether it's worth carrying on", "wondering if it's worth being here".
    id: "worth-carrying-on",
    re: rx(
      B,
      String.raw`(?:whether|if) it is (?:even )?worth (?:carrying on|going on|staying alive|being alive|being here|living|it any ?more)\b`,
    ),
  },
  {
    // "i fantasise about a bus just clipping me on the crossing".
    id: "hit-by-vehicle",
    re: rx(
      B,
      String.raw`(?:fantasi[sz]e|fantasi[sz]ing|dream|dreaming|daydream|daydreaming|think|thinking|wish|wishing|hope|hoping) about (?:a|the|some) (?:bus|car|lorry|truck|train|van) (?:just )?(?:hitting|clipping|taking|running over|wiping) me\b`,
    ),
  },
  {
    id: "done-with-life",
    re: rx(
      B,
      any("done with|tired of|sick of|exhausted with|finished with"),
      " ",
      any("life|living|being alive|existing|existence"),
      B,
    ),
    subject: true,
    idiomAfter: /^ (?:in|with|on|at|paycheck|like)\b/,
  },
  {
    id: "tired-of-fighting",
    re: rx(
      B,
      String.raw`(?:tired of|sick of|exhausted from) (?:fighting|trying) to (?:stay alive|live|keep living|keep going)\b`,
    ),
    subject: true,
  },
  {
    id: "not-deserve-life",
    re: rx(B, String.raw`(?:do not|does not) deserve to (?:live|be alive|exist|be here)\b`),
    negatable: false,
    subject: true,
  },
  // Perceived burdensomeness.
  {
    id: "better-off",
    re: rx(B, String.raw`(?:better|easier|happier|fine) (?:off )?(?:without me|dead|with me gone)\b`),
    idiomAfter: /^ (?:for|on|next|this|while|during|today|tomorrow|at)\b/,
  },
  {
    id: "better-if-gone",
    re: rx(
      B,
      `(?:better off|better|happier|easier|fine|relieved|notice|care|miss me|matter) (?:if|when|once) i (?:just )?(?:was |were |am |had )?`,
      any(
        "gone|dead|died|disappeared|not around|not here|no longer around|no longer here|not alive|out of the picture|never born|not in it",
      ),
    ),
    // "nobody would notice if i was gone": the negation is part of the meaning.
    negatable: false,
    idiomAfter: /^ (?:for|on|at|this|next|during|while|today|tomorrow)\b/,
  },
  {
    id: "burden",
    re: rx(
      B,
      `(?:i am|i feel like|i feel|i have become|i am becoming) (?:(?:such|just|only|nothing but|a|so much of|more of|an?) ){0,3}burden (?:to|on|for) `,
      any(
        "everyone|everybody|my family|my kids|my children|my partner|my husband|my wife|them all|people|the people i love|those around me|the world",
      ),
    ),
  },
  {
    id: "waste-of-space",
    re: rx(
      B,
      String.raw`i am (?:just |such |a |nothing but ){0,3}(?:a )?waste of (?:space|oxygen|air|a life)\b`,
    ),
  },
  {
    id: "not-a-problem-long",
    re: rx(
      B,
      String.raw`(?:will not|not going to) be (?:a problem|a burden|anyone's problem) (?:for|to) (?:anyone|anybody|you|them|anyone else) (?:much longer|for long|anymore)\b`,
    ),
    negatable: false,
  },
  {
    id: "not-around-long",
    re: rx(B, String.raw`be (?:here|around|alive) (?:much|for much|for) (?:longer|long)\b`),
    subject: true,
    negatable: false,
  },
  {
    // "not sure i'll still be around for the next review", "i won't be here to see christmas".
    id: "not-around-for",
    re: rx(
      B,
      String.raw`(?:(?:not sure|do not think|doubt|not certain) (?:that )?i will (?:still )?be (?:here|around|alive) (?:for|by|at|to see|next)\b|\b`,
      String.raw`i (?:will not|am not going to) (?:still )?be (?:here|around|alive) (?:for|by|to see) (?:the next|next|christmas|my birthday|the end of|the hearing|the review|tomorrow|the weekend)\b)`,
      // "not sure i'll be around for the next rota, i've got the secondment": the clause after
      // says why, so the lookahead reads past the comma that ends the rule's own clause.
      String.raw`(?!.{0,80}\b(?:secondment|new job|new role|new post|leaving the team|leaving the job|maternity|paternity|annual leave|holiday|on leave|moving|transfer|rota|rotation|interview)\b)`,
    ),
    negatable: false,
  },
  {
    id: "check-out",
    re: rx(B, String.raw`check(?:ing)? out (?:for good|permanently|of life|of this life)\b`),
    subject: true,
  },
  // Sleep and not waking.
  {
    id: "sleep-forever",
    re: rx(
      B,
      String.raw`(?:sleep|go to sleep|fall asleep) (?:forever|and (?:just )?(?:never|not) wake up)\b`,
    ),
    subject: true,
    idiomAfter: /^ (?:till|until|for (?:a week|a month|days|ages))\b/,
  },
  {
    id: "hope-not-wake",
    re: rx(
      B,
      String.raw`(?:hope|hoping|wish|pray|praying|wishing) (?:that )?i (?:do not|would not|will not|never|could just not|just do not|could not) wake up\b|\b`,
      // "went to bed hoping not to wake up", "pray every night not to wake up".
      String.raw`(?:hope|hoping|pray|praying|wish|wishing)(?: every night| each night| at night)? (?:not to|to not|never to) wake up\b(?! (?:the|my|him|her|them|everyone|anyone|anybody|the baby|the kids))`,
    ),
    negatable: false,
    idiomAfter: /^ (?:sick|early|late|with|in time|on time|before|at|tired|feeling|hungover|to|too)\b/,
  },
  {
    id: "not-see-morning",
    re: rx(
      B,
      `(?:will not|do not|never|not|would not) (?:see|make it to|live to see) (?:the )?(?:morning|tomorrow|another day|next week|my birthday|christmas)(?=$|[ ,.!?;:])`,
    ),
    need: /\b(?:pray|praying|hope|hoping|wish|wishing)\b/,
    negatable: false,
  },
  { id: "do-to-myself", re: rx(B, String.raw`what i (?:might|could|would|will|am going to) do to myself\b`) },
  {
    id: "cannot-stay-safe",
    re: rx(
      B,
      String.raw`(?:do not|cannot|can not|could not|not) (?:trust myself|keep myself) (?:to (?:stay|be|keep) )?safe\b|\b(?:do not|cannot) trust myself (?:around|with|near) (?:my |the )?(?:pills|insulin|gun|knife|razor|car|kids|baby)\b`,
    ),
    negatable: false,
  },
];
