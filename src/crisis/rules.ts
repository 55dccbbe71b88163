// Shared shape of a detection rule and the word lists several rule files use.
//
// A rule is a phrase pattern plus the context it needs to count. Patterns are written against
// normalised text (normalise.ts) and must not contain nested unbounded quantifiers: every gap is
// a bounded `{0,n}` so matching stays linear in the input length.

export interface Rule {
  readonly id: string;
  /** Global regex; every match is checked, so a later live phrase is not hidden by an earlier one. */
  readonly re: RegExp;
  /** Needs a first-person subject ("i ...") or a subject-dropped opening ("feeling suicidal"). */
  readonly subject?: boolean;
  /** Some intent or habit must appear before the phrase ("want to", "been", "urge")... */
  readonly need?: RegExp;
  /** ...or after it ("again", "on purpose"). */
  readonly needAfter?: RegExp;
  /** Tested on the text right before / after the match; a hit means idiom or accident. */
  readonly idiomBefore?: RegExp;
  readonly idiomAfter?: RegExp;
  /** Phrases that carry their own negation ("no reason to live") skip the negation check. */
  readonly negatable?: false;
  /** For client rules: the phrase itself is present tense, so no separate "now" marker is needed. */
  readonly present?: boolean;
  /**
   * An explicit first-person statement ("i want to die", "i took a whole box of tablets"), or a
   * phrase in a language the model cannot read (language-rules.ts): the learned model may not
   * veto it (detect.ts combine), however work-like the rest of the message.
   */
  readonly firm?: true;
  /** For client rules: the writer is a witness ("i can hear him hitting her"), so "i" may precede. */
  readonly witnessed?: boolean;
}

/** Build a global regex from readable fragments. */
export function rx(...parts: string[]): RegExp {
  return new RegExp(parts.join(""), "g");
}

/** Alternation of words or phrases. */
export function any(words: string): string {
  return `(?:${words
    .trim()
    .split(/\s*\|\s*/)
    .join("|")})`;
}

// Intent, urge or habit words that turn "hurt myself" from an accident into a risk.
// Not global: it is used with .test(), which is stateful on global regexes.
export const INTENT = new RegExp(
  String.raw`\b` +
    any(
      "want|wanting|wanted|urge|urges|tempted|thinking|thought|thoughts|think|going to|about to|might|need to|" +
        "feel like|been|keep|kept|started|start|so badly|plan|planning|tried|trying|try|scared|afraid|worried|" +
        "will|could|ready to|imagining|imagine|fantasi[sz]e|fantasi[sz]ing|fantasies|considering|considered|" +
        "picture|picturing|urged|intrusive",
    ) +
    String.raw`\b`,
);

export const PEOPLE = any(
  "him|her|them|someone|somebody|anyone|people|everyone|" +
    "my (?:son|daughter|baby|kids|children|child|partner|husband|wife|boyfriend|girlfriend|ex|boss|manager|" +
    "supervisor|coworker|colleague|client|mom|dad|father|mother|neighbou?r|brother|sister|stepdad|family)|" +
    "the (?:client|father|mother|dad|baby|kids|child|man|guy|perpetrator|abuser|manager|service manager|team manager|" +
    "director|supervisor|foster carer|carer|neighbou?r|landlord|boss|head)|this (?:guy|man|client|woman)|" +
    "one of (?:my|the|our) (?:clients|kids|children|coworkers|colleagues|patients|students)",
);

// For rules whose writer is often not the grammatical subject ("had a couple of drinks and took
// some of my ativan", "asked my sister to look after my cats"): someone else doing it, just before
// the phrase, rules it out. Used as idiomBefore.
export const THIRD_ACTOR_BEFORE = /\b(?:he|she|they|client|her|his|their)(?: [a-z']+){0,3} $/;

// Medicines by kind and by the names people use; "meds" alone is enough after a quantity.
export const MEDS = any(
  "pills|tablets|meds|medication|medications|paracetamol|tylenol|acetaminophen|ibuprofen|aspirin|codeine|" +
    "co-codamol|tramadol|oxy|oxycodone|oxys|opioids|opiates|benzos|diazepam|valium|xanax|klonopin|clonazepam|" +
    "lorazepam|ativan|zopiclone|sleepers|sleeping pills|sleeping tablets|antidepressants|sertraline|fluoxetine|" +
    "citalopram|amitriptyline|trazodone|quetiapine|seroquel|lithium|insulin|morphine|fentanyl|methadone|heroin|" +
    "panadol|nurofen|advil|propranolol|gabapentin|pregabalin|mirtazapine|zolpidem|ambien|benadryl|promethazine|" +
    "naproxen|co-dydramol|dihydrocodeine|oxycontin|percocet|vicodin|hydrocodone|sleeping meds",
);
export const WEAPON = any("gun|knife|blade|machete|weapon|rifle|pistol|shotgun|firearm|bat|hammer|axe|razor");

// After a weapon word, these make it a possession or a topic rather than a threat.
export const WEAPON_TOPIC = String.raw`^ ?(?:licen[cs]e|safe|storage|collection|permit|cabinet|show|course|class|range|control|violence|policy|crime|laws?|rights|locked|in a lockbox|at home|in the house)\b`;

// Dangerous places, and words after them that make the place harmless ("bridge program").
export const HEIGHT = any(
  "bridge|footbridge|flyover|viaduct|pier|quarry|window ledge|window sill|windowsill|roof|rooftop|ledge|tracks|train tracks|railway|railway line|rail line|railroad|overpass|cliff|" +
    "balcony|parapet|top of (?:the|a) (?:[a-z-]+ )?(?:building|bridge|car park|parking garage|tower|cliff)",
);
export const HEIGHT_TOPIC = String.raw`^ ?(?:program|programme|housing|loan|funding|shelter|class|garden|party|fund|scheme|project|clinic|team|traffic|club|meeting|view)\b`;

// Professional compounds: "suicide risk", "self-harm policy", "suicidal clients".
export const PRO_NOUN = String.raw`^ (?:ideation )?(?:polic(?:y|ies)|training|workshop|protocol|assessments?|screening|risk|history|support|group|services?|prevention|awareness|module|course|team|referral|cases?|clients?|patients?|people|youth|teens?|kids|behaviou?rs?|research|literature|rates?|statistics|survivors?|loss|crisis|callers?|disclosures?|among|in (?:the|our|rural|young|youth|veterans|teens|adolescents))\b`;
