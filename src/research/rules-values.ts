/**
 * NASW core-value cues. A value is *engaged* whether it is honoured or broken ("I lied" engages
 * integrity as much as "I told the truth"), so every cue is raw: no negation or subject checks.
 */
import type { Rule } from "./rule.ts";
import type { ValueId } from "./taxonomy.ts";

const raw = (re: RegExp, w = 1): Rule => ({ re, w, raw: true });

export const VALUE_RULES: Record<ValueId, Rule[]> = {
  service: [
    raw(
      /\b(above and beyond|extra mile|on my own time|unpaid|volunteer(ed|ing)?|pro bono|why i do (this|what i do)|why i got into|serve|serving|in service of)\b/,
    ),
    raw(/\b(still|clearly|obviously) needs? (support|help|services)\b/),
    raw(/\b(be|being) there for (them|her|him|families|my clients|people)\b|\bhelp(ing)? people\b/),
  ],
  social_justice: [
    raw(
      /\b(social justice|injustice|unjust|unfair(ly)?|not fair|inequit\w*|inequalit\w*|equity|systemic|structural|racis[mt]|racial|discriminat\w*|oppress\w*|marginali[sz]ed|poverty|advocat\w*|fought for|fight for|disproportionat\w*|criminali[sz]\w*)\b/,
    ),
    raw(
      /\b(being|are|is|were) poor\b|\bthe poor\b|\b(black|brown|indigenous|immigrant) (families|clients|people|kids)\b/,
    ),
    raw(/\bwho need (it|help|them) (the )?most\b|\b(fair|real) chance\b|\bcan'?t afford\b/),
  ],
  dignity_worth: [
    raw(/\b(dignity|self[- ]determination|autonomy|dehumaniz\w*|humiliat\w*|felt heard|informed consent)\b/),
    raw(/\b(her|his|their) (own )?(life|choice|decision|right)\b|\bright to (choose|decide|refuse|make)\b/),
    raw(/\brespect(ed|ing)? (her|his|their|that|the family'?s)\b|\btreated with respect\b|\brespect for\b/),
    raw(
      /\blooks? down on\b|\blooked down on\b|\bhonou?r (that|their|her|his)\b|\b(their|her|his) wishes\b|\bperson-centred|\bperson-centered|\bstrengths-based\b/,
    ),
    raw(
      /\b(as|like) (a )?(person|human being|number|case number|criminal)\b|\bpeople, not\b|\blabel people\b/,
    ),
    raw(/\b(felt )?judg(ed|ing|mental)\b|\bjudge (her|him|them)\b|\btalk(ed|s)? (down to|over the family)\b/),
    raw(
      /\bas if (they|she|he) (aren'?t|isn'?t|wasn'?t) in the room\b|\bwhat (she|he|they) (was|were) signing\b/,
    ),
  ],
  human_relationships: [
    raw(
      /\b(rapport|connection|connected|therapeutic relationship|working relationship|relationship with|bond(ed)?|opened up|reconnect\w*)\b/,
    ),
    raw(
      /\btrust(s|ed|ing)? (me|us|each other)\b|\b(built|build|building|lost|broke|break|earn(ed)?) (\w+ ){0,3}trust\b/,
    ),
    raw(
      /\b(listened to (her|him|them)|not giving up on|sticking with|stuck with (her|him|them)|abandon\w*)\b/,
    ),
    raw(
      /\b(leaving the agency|i'?m leaving|termination (summary|session|letter)|terminating with|transfer to a new worker|his worker forever|her worker forever)\b/,
    ),
    raw(/\bwon'?t see (him|her|them) again\b|\b(supervised visit|family time)\b/),
    raw(
      /\b(siblings?|brothers and sisters) (are |were |being )?(split|separated)\b|\bsplit(ting)? up (the )?(siblings|family)\b|\bthanked me for\b/,
    ),
  ],
  integrity: [
    raw(
      /\b(integrity|honest|honesty|truth(ful)?|lie|lied|lying|cover(ed)? (it |this )?up|falsif\w*|fudg\w*|backdat\w*)\b/,
    ),
    raw(/\b(document|documenting|write|tell|answer|report)\b[^.]{0,30}\bhonestly\b|\bstop documenting\b/),
    raw(/\b(promis\w*|keep (my|our) word|counting on me|cut corners)\b/),
    raw(
      /\b(gift|boundar(y|ies)|dual relationships?|conflict of interest|confidential\w*|self-disclos\w*|professional distance)\b/,
    ),
    raw(/\bshare (a bit )?about my own\b|\bfriends on (facebook|social media|instagram)\b/),
  ],
  competence: [
    raw(
      /\b(competen(t|ce|cy)|out of my depth|in over my head|not trained|training|skills?|scope of (my )?practice|imposter|fraud|cut out for|new grad|never worked with|evidence-based|motivational interviewing|licen[cs]e|licensure|ceus?|continuing education|countertransference|supervision group)\b/,
    ),
    raw(
      /\b(learn(ing)? (more )?about|need to learn|read(ing)? (up )?(on|about)|get(ting)? better at|getting the hang of|out of practice)\b/,
    ),
    raw(/\bsecond-?guess\w*|\bknow what i'?m doing\b/),
    raw(/\b(prepared us|didn'?t teach us|handled (it|the \w+) well|followed protocol|(only|barely) speak)\b/),
  ],
};
