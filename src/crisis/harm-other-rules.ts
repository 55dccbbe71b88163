// Harm to someone else, meant: a violent intent with a word that takes the hyperbole away ("i'm
// not venting", "dead serious", "like actually") or a plan ("i know where he parks", "the crowbar's
// in the boot"). Practitioners vent about managers and perpetrators all the time ("i could
// strangle him"); it is the seriousness or the plan that marks the few who mean it (decision 009).

import { type Rule, rx } from "./rules.ts";

const B = String.raw`\b`;
const WHO = String.raw`(?:him|her|them|that (?:man|woman|guy|bloke|judge|manager)|the (?:judge|manager|landlord|dad|father|boss|supervisor)|my (?:manager|boss|supervisor|ex))`;
const VIOLENCE = String.raw`(?:hurt|kill|stab|shoot|batter|beat|smash|glass|bottle|deck|merk|cut|strangle|hit|attack|run ${WHO} over|break (?:his|her|their) (?:legs|arms|neck|jaw|face|nose)|do ${WHO} in|put ${WHO} through|slash (?:his|her|their) tyres|go round there with|knock ${WHO} out)`;
const MEANT = String.raw`(?:not venting|not joking|not even joking|i mean it|i mean this|dead serious|deadly serious|not playing|like actually|i am serious|i am not kidding|thought about how|thought it through|know where (?:he|she|they) (?:parks|lives|leaves|drinks|works)|know (?:his|her|their) car|know when (?:he|she|they) (?:leaves|finishes|gets)|(?:wait|waiting|be waiting) (?:by|for|at) (?:his|her|their) car|in the boot|in my bag|bought a (?:crossbow|knife|bat|machete|gun)|brought (?:my|a) (?:[a-z']+ )?(?:knife|bat|hammer)|told my boys|not banter|no joke|this is not a joke)`;

const THREAT = String.raw`(?:going to|gonna|will|about to|want to|planning to|plan to|am going to) (?:[a-z']+ ){0,5}${VIOLENCE}`;

export const HARM_OTHER_RULES: readonly Rule[] = [
  {
    id: "harm-other-meant",
    firm: true,
    // The seriousness may come before the threat ("not venting. i'm going to...") or after it.
    re: rx(B, String.raw`(?:(?<=\b${MEANT}\b[^]{0,200})${THREAT}\b|${THREAT}\b(?=[^]{0,200}?\b${MEANT}\b))`),
    subject: true,
    // "i will kill him with kindness", "i'm going to hit the gym".
    idiomAfter:
      /^ (?:(?:him|her|them|it|my [a-z]+) )?(?:with kindness|the (?:gym|road|sack|hay|books|shops|pub)|for (?:a|the) (?:coffee|drink))\b/,
  },
];
