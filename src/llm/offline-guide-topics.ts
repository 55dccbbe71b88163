/**
 * Topic recognition for the offline reflection guide. Deliberately simple keyword scoring:
 * it only has to pick a fitting *kind* of reflective response, never to understand details.
 */

export type Topic =
  | "greeting"
  | "closing"
  | "app_question"
  | "ethics"
  | "success"
  | "workload"
  | "supervision"
  | "feelings"
  | "incident"
  | "general";

interface Cue {
  re: RegExp;
  weight: number;
}

// Scored topics, in tie-break order: the more specific reflective frame wins a tie.
const SCORED: ReadonlyArray<[Topic, Cue[]]> = [
  [
    "ethics",
    [
      {
        re: /\b(ethic\w*|dilemma|right thing|confidential\w*|boundar\w*|dual relationship|self-determination|conflict of interest|code of ethics|disclos\w*|consent|mandated report\w*|torn between|gift|feels? wrong|felt wrong|sit right|against my values)\b/g,
        weight: 2,
      },
      { re: /\b(should i (tell|report|say|accept|break)|lie|lied|lying|honest\w*|values?)\b/g, weight: 1 },
    ],
  ],
  [
    "success",
    [
      {
        re: /\b(went (really |so )?well|proud|breakthrough|success\w*|good news|celebrat\w*|made a difference|thanked me|finally (got|worked|opened|agreed)|reunified|reunification|it worked|small win|a win)\b/g,
        weight: 2,
      },
      { re: /\b(happy|grateful|progress|relieved)\b/g, weight: 1 },
    ],
  ],
  [
    "workload",
    [
      {
        re: /\b(case ?loads?|paperwork|documentation|burn(ed|t)? ?out|burnout|compassion fatigue|overtime|workload|deadlines?|can'?t keep up|too many cases|leave the field|quit(ting)?)\b/g,
        weight: 2,
      },
      { re: /\b(exhausted|drained|tired|overwhelm\w*|no time|behind|weekends?|notes)\b/g, weight: 1 },
    ],
  ],
  [
    "supervision",
    [
      {
        re: /\b(supervis\w*|my manager|my boss|my team|team meeting|staff meeting|colleagues?)\b/g,
        weight: 2,
      },
      { re: /\b(manager|boss|team|co-?workers?|peers?|director|feedback)\b/g, weight: 1 },
    ],
  ],
  [
    "feelings",
    [
      {
        re: /\b(i (feel|felt)|feeling|anxious|sad|angry|furious|frustrat\w*|guilty|ashamed|scared|afraid|worried|numb|heartbroken|crying|cried|tears|upset|hurt|lonely|hopeless|helpless|stressed|haunt\w*|can'?t stop thinking|awful|terrible)\b/g,
        weight: 1.5,
      },
    ],
  ],
  [
    "incident",
    [
      {
        re: /\b(home visit|visit|session|court|hearing|removal|placement|assessment|intake|appointment|interview|happened|walked in|showed up|police|hospital|discharge|client|family|parent|child|kid|teen|youth|patient|resident)s?\b/g,
        weight: 1,
      },
      { re: /\b(today|yesterday|this morning|last week|he said|she said|they said)\b/g, weight: 0.5 },
    ],
  ],
];

const GREETING = /^(hi|hello|hey|hiya|howdy|good (morning|afternoon|evening)|greetings)\b/;
const CLOSING = /\b(thanks|thank you|that helped|bye|goodbye|good night|goodnight|see you)\b/;
const APP_QUESTION =
  /\b(this app|aluma|are you (a |an )?(bot|ai|human|real|person|therapist)|what are you|how does this (work|app)|what can you do|who can see|is this (private|confidential|safe|secure)|my data|delete my|export|openai|offline guide|train(ed|ing)? on|how do i (use|start|delete|export|rename))\b/;

const MARKER = /\[[a-z ]+ removed for privacy\]/gi;

const wordCount = (s: string) => s.split(/\s+/).filter(Boolean).length;

function scores(text: string): Map<Topic, number> {
  const out = new Map<Topic, number>();
  for (const [topic, cues] of SCORED) {
    let total = 0;
    for (const cue of cues) total += (text.match(cue.re)?.length ?? 0) * cue.weight;
    out.set(topic, total);
  }
  return out;
}

/** What the message is about, from the guide's point of view. Markers are ignored as content. */
export function classifyTopic(raw: string): Topic {
  const text = raw.replace(MARKER, " ").toLowerCase().replace(/[’‘]/g, "'").trim();
  const words = wordCount(text);
  if (words === 0) return "greeting";
  if (APP_QUESTION.test(text)) return "app_question";

  let best: Topic = "general";
  let bestScore = 0;
  for (const [topic, score] of scores(text)) {
    if (score > bestScore) {
      best = topic;
      bestScore = score;
    }
  }
  if (GREETING.test(text) && (words <= 6 || bestScore === 0)) return "greeting";
  if (CLOSING.test(text) && words <= 12 && bestScore < 2) return "closing";
  if (best === "general" && words <= 3) return "greeting";
  return best;
}
