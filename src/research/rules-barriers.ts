/**
 * Barrier cues: what gets in the way of the work. Non-raw cues are dropped when negated
 * ("not behind on notes"); who is speaking does not matter for a barrier.
 */
import type { Rule } from "./rule.ts";
import type { BarrierId } from "./taxonomy.ts";

const LANGUAGES =
  "spanish|english|arabic|creole|haitian|dari|pashto|somali|vietnamese|mandarin|cantonese|russian|ukrainian|french|portuguese|tigrinya|amharic|farsi|urdu|hmong|swahili|navajo|korean|tagalog|polish";

const STAFF =
  "colleagues?|co-?workers?|team|team ?lead|supervisor|manager|boss|director|psychiatrist|doctors?|nurses?|staff|unit|office|department";

export const BARRIER_RULES: Record<BarrierId, Rule[]> = {
  caseload_paperwork: [
    {
      re: /(?<!\b(on|from) (my|our|a|the|his|her|their) ([\w']+ )?)\bcase ?loads?\b|\b(paperwork|documentation|data entry|charting|forms|unread emails|court reports|reports (are |were )?due|new referrals|drowning)\b/,
    },
    {
      re: /\b(re-?enter\w*|enter\w*|duplicat\w*) (the same )?data\b|\bsame (information|data) (in|into) (\w+ )?(systems|places|forms)\b/,
    },
    {
      re: /(?<!\bfor )\b\d+ (cases|families|clients|referrals)\b|\btoo many (cases|families|clients|referrals)\b/,
      raw: true,
    },
    {
      re: /\bnotes (are |were )?(\w+ ){0,3}behind\b|\bbehind on (my )?(notes|paperwork|documentation)\b|\bhours of notes\b/,
    },
    { re: /\b(cases|caseloads?) (got |were |was )?(split|redistributed|reassigned|dumped)\b/, raw: true },
    { re: /\b(assigning|assigned|assigns|giving) me (all |more )?(the |extra )?[\w-]+ cases\b/, raw: true },
    { re: /\b(families|clients) (were |are )?waiting on me\b/, raw: true },
    { re: /\bcase ?load (is|was|feels) (reasonable|manageable|fine|light|good)\b/, w: -2, raw: true },
  ],
  scarce_resources: [
    { re: /\b(wait ?lists?|waitlisted|waiting lists?|funding|budget|grant)\b/ },
    {
      re: /\b(no|zero) (beds?|budget|funding|money|housing|placements?|openings|vacanc\w+|resources|services|slots|foster homes|shelter beds?)\b/,
      raw: true,
    },
    {
      re: /\b(not enough|shortage of|lack of|short on) (beds?|housing|placements?|funding|money|resources|services|staff|workers|therapists|foster homes|interpreters)\b/,
      raw: true,
    },
    {
      re: /\b(underfunded|understaffed|short[- ]staffed|budget cuts?|funding cuts?|ran out|turn(ed)? away|nowhere (else )?to (go|send|place)|nowhere else)\b/,
    },
    { re: /\b(shelter|clinic|program|pantry) (was |is )?(full|closed)( again)?\b/ },
    { re: /\b(nearest|closest) [\w ]{0,30}\b(hours?|miles) away\b/, raw: true },
    { re: /\bone [\w-]+( [\w-]+)? for (the whole|\d+|all|every)\b/, raw: true },
    {
      re: /\b(can'?t|couldn'?t) find (a |any |a single )?(placement|bed|dentist|doctor|provider|therapist|foster home|housing|apartment|interpreter)s?\b/,
      raw: true,
    },
    { re: /\bthere (isn'?t|wasn'?t|is not|was not) (a single|one|any)\b/, raw: true },
    { re: /\breferrals? (i make )?(bounce|bounces|bounced|get denied|come back)\b/, raw: true },
    { re: /\bfighting for every\b|\bcan'?t afford\b/, raw: true },
    { re: /\b(half the team|staff|people|workers|everyone) (quit|left)\b/, raw: true },
    { re: /\bextra shifts\b/ },
  ],
  limited_supervision: [
    {
      re: /\b(no|haven'?t had|never get|never have|without|lack of|short a|no real) (\w+ ){0,3}(supervision|supervisor)\b/,
      raw: true,
    },
    {
      re: /\bsupervisor (\w+ )?(cancel\w*|never|doesn'?t|isn'?t|is never|just says|keeps telling|has no time|is so overloaded)\b/,
      raw: true,
    },
    {
      re: /\bsupervision\b/,
      with: /\b(cancel\w*|case counts|just numbers|never happens|monthly)\b/,
      raw: true,
    },
    { re: /\b(no one|nobody|no-one) to (talk|run|consult|ask|debrief|turn|call)\b/, raw: true },
    {
      re: /\b(no|without|never) (debrief\w*|peer support|clinical support)\b|\btime to debrief\b/,
      raw: true,
    },
    {
      re: /\b(supervisor|manager|boss) (just )?(told me to|says|said|tells me) ["']?(just|that'?s the job|deal with it|suck it up|be more efficient)/,
      raw: true,
    },
  ],
  policy_system_constraints: [
    {
      re: /\b(polic(y|ies)|regulations?|red tape|bureaucra\w*|eligib\w*|insurance|medicaid|medicare|prior auth\w*|mandates?|liability|asfa|rules|requirements?|criteria|length[- ]of[- ]stay|immigration status|housing authority|spreadsheet|quotas?|metrics|quarterly numbers)\b/,
    },
    { re: /\b(the|intake|court|foster care|welfare|benefits|housing|immigration) system\b/ },
    { re: /\b(judge|court) ordered\b|\bcourt orders?\b|\bcompletely legal\b|\bthe law (says|requires)\b/ },
    {
      re: /\b(cancell?ed|postponed) (the |their |the family'?s )?hearing\b|\bhearing (was |got )?(cancell?ed|postponed)\b|\bcourt postponed\b/,
    },
    {
      re: /\b(agency|state|county|department|management|leadership|clinic|program) (wants|requires|says|won'?t|doesn'?t allow)\b/,
    },
    { re: /\b(we'?re|we are|i'?m|i am) (not )?allowed\b/, raw: true },
    {
      re: /\b(lose|lost|losing|cut|denied) (their |her |his )?(benefits|services)\b|\bbenefits (were |was )?cut\b/,
    },
    { re: /\bbecause (he|she|they) turned (18|19|21)\b/ },
    { re: /\b(insurance|they) denied\b/ },
  ],
  safety_risks: [
    {
      re: /\b(threat(en(ed|ing|s)?)?|weapons?|guns?|knife|knives|baseball bat|unsafe|assault(ed)?|attack(ed)?|punch(ed)?|swung at|spat|violent|violence|aggressive|followed me|follows me|blocked the door|police escort|my safety|our safety)\b/,
    },
    {
      re: /\b(didn'?t|don'?t|did not|do not|never) feel safe\b|\bnot safe\b|\b(no|without|lack of) (any )?safety training\b/,
      raw: true,
    },
    { re: /\b(hurt|kill) me\b|\bthrew (a|the) \w+\b|\bdogs? (loose|lunged|attacked)\b/ },
    { re: /\b(asked for|without|no) a partner\b|\b(was there|went|go|going) alone\b/ },
  ],
  team_conflict: [
    {
      re: new RegExp(`\\b(${STAFF})\\b`),
      with: /\b(undermin\w*|yell(s|ed|ing)? at|criticiz\w*|blam(e|ed|es|ing)|dismiss(ed|es)?|talk(s|ed)? over|took credit|disagree\w*|argu\w*|tension|tense|conflict|gossip\w*|backstab\w*|cliques?|toxic|politics|publicly|complain(s|ed)? to|jokes about|shouting match|at odds|taking the family'?s side|side against)\b/,
      raw: true,
    },
    { re: /\b(disagreed|disagree) respectfully\b/, w: -2, raw: true },
  ],
  time_pressure: [
    {
      re: /\b(rushed|rushing|in a rush|deadlines?|back[- ]to[- ]back|running late|behind schedule|overtime|worked through lunch|skipped (my )?lunch|lunch at my desk|extra (hours|shifts)|on the spot|faster|cut corners|save time|timelines?|stretched (so )?thin|working weekends|no breaks?|late nights?|after hours|at (9|1[0-2]) ?pm|at midnight)\b/,
    },
    {
      re: /\b(no time|not enough time|don'?t have (the )?time|didn'?t have time|no one has time|nobody has time|gets my time)\b/,
      raw: true,
    },
    {
      re: /\b(wanted|needed|had) (her|him|them|it) \w+ by (noon|tomorrow|friday|\d)|\bstayed (late|until|till)\b|\bwithin (\d+|twenty-four|forty-eight) hours\b/,
    },
    {
      re: /\b(\d+|fifteen|ten|five|twenty) minutes per\b|\bin (\d+|twenty|ten|fifteen|five) minutes\b/,
      raw: true,
    },
    { re: /\bspent (an hour|hours|all day|the whole day) (trying|on|chasing)\b/ },
  ],
  cultural_language_barriers: [
    {
      re: /\b(interpret(er|ers|ing|ation)?|translat(e|or|ors|ion|ing)|language barrier|language line|bilingual|cultur(e|al|ally)|customs|traditions?|religio(n|us)|faith|spiritual|sign language|asl|deaf|hard of hearing)\b/,
    },
    { re: new RegExp(`\\b(${LANGUAGES})\\b|\\b\\w+-(language|speaking)\\b`) },
  ],
};
