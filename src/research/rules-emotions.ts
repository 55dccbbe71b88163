/**
 * Emotion cues. Unless marked raw, a hit only counts when the writer is the one feeling it,
 * it is not negated and it is not hypothetical (see context.ts).
 */
import type { Rule } from "./rule.ts";
import type { EmotionId } from "./taxonomy.ts";

export const EMOTION_RULES: Record<EmotionId, Rule[]> = {
  compassion_fatigue: [
    {
      re: /\b(compassion fatigue|burn(ed|t)[ -]?out|burnout|burning out|vicarious trauma|secondary trauma\w*)\b/,
    },
    {
      re: /\b(numb|emotionally (exhausted|drained|spent)|drained|running on empty|worn (down|out)|nothing left( to give)?|empty inside|feel(ing)? (so )?empty|emotionally (numb|flat)|jaded|cynical|shut(ting)? down emotionally)\b/,
    },
    {
      re: /\b(don'?t care anymore|stopped (feeling|caring)|don'?t (even )?(react|feel anything|laugh) anymore|going through the motions|like a (machine|robot)|can'?t feel anything)\b/,
      raw: true,
    },
    { re: /\bnightmares about (the |my )?(cases|work|clients|visits|kids)\b/ },
    { re: /\b(absorbing|carrying|soaking up) (everyone'?s|all (the|their)|their) (trauma|pain)\b/ },
    { re: /\b(exhausted|depleted)\b/, w: 0.5 },
  ],
  moral_distress: [
    { re: /\bmoral(ly)? (distress|injury|injured|residue)\b/ },
    {
      re: /\b(eats|eating|gnaws|gnawing) at me\b|\bhypocrit\w*|\bcompromis(e|ed|ing) my (values|ethics|integrity)\b/,
    },
    { re: /\b(feels?|felt|feeling) (so |really |deeply )?wrong\b/ },
    { re: /\b(doesn'?t|didn'?t|does not|did not) sit (right|well)|\bsits wrong\b/, raw: true },
    { re: /\b(feel|felt) sick (about|that)\b|\bsick to my stomach\b/ },
    { re: /\bagainst (my|our|everything (i|we)) (values|ethics|conscience|believe|stand for)\b/ },
    { re: /\b(complicit|betray(ing)? (my|our|everything)|in good conscience)\b/ },
    { re: /\bi hate that i have to\b/ },
    { re: /\b(i|we) (had|have) to [^.]{0,60}\b(even though|anyway|although|despite)\b/, raw: true },
    { re: /\b(feel|felt|am|i'm|being) (pressured|forced) to\b|\bforces? (me|us) to\b/ },
    { re: /\bdid what i was told\b|\bcan'?t keep doing (this|that|things like)\b/, raw: true },
    { re: /\bmore harm than good\b/, raw: true },
    {
      re: /\b(we'?re|we are|i'?m|i am) (punishing|harming|failing) (people|families|them|kids)\b/,
      raw: true,
    },
    { re: /\bgo(ing)? along with\b/, w: 0.5 },
  ],
  anxiety: [
    {
      re: /\b(anxious|anxiety|nervous|panick?(ed|ing|y)?|dread(ing|ed)?|scared|scares|afraid|frightened|terrified|uneasy|on edge|worried|worry(ing)?|worries|fearful|shaking|shaky|stressed( out)?|can'?t sleep|couldn'?t sleep|nightmares?|jittery|restless|keeps me up|can'?t relax)\b/,
    },
    { re: /\b(didn'?t|don'?t|did not|do not|never) feel safe\b/, raw: true },
    { re: /\bfe(el|lt) unsafe\b/ },
    { re: /\b(keep|kept) replaying\b/ },
  ],
  guilt: [
    {
      re: /\b(guilty|guilt|ashamed|shame|my fault|blame myself|blaming myself|regret\w*|kick(ing)? myself)\b/,
    },
    {
      re: /\bshould(n'?t)? have (\w+ ){0,2}(known|seen|called|pushed|listened|done|caught|noticed|asked|stayed|checked|gone|said|acted|reported|intervened|spoken)\b/,
    },
    { re: /\b(it'?s|it is|that'?s|that is) on me\b/, raw: true },
    { re: /\bcould (have|'ve) prevented\b/ },
    { re: /\b(angry|mad|furious) (at|with) myself\b/ },
    {
      re: /\b(let (her|him|them|the family|everyone|my \w+) down|abandoning|failing (every|each|my|them|her|him|the))\b/,
    },
    { re: /\b(i|we) (was|were) (wrong|judgmental|unfair)\b/, raw: true },
    { re: /\bfeel(ing)? (so )?(terrible|awful|bad)\b/, w: 0.5 },
    { re: /\bcounting on me\b/, w: 0.5, raw: true },
  ],
  frustration: [
    {
      re: /\b(frustrat\w*|fed up|sick (and tired )?of|tired of|annoy(ed|ing)|irritat(ed|ing)|exasperat\w*|ugh+|drives me (crazy|nuts|up the wall)|banging my head|i could scream|so done with)\b/,
    },
    { re: /\bi hate (that|how|when)\b(?! i have to)/ },
    { re: /\b(bothers|bugs) me\b/, raw: true },
    { re: /\bi can'?t believe\b(?! (she|he|they)'?s? (gone|dead|died))/, raw: true },
    { re: /\b(need to|have to|just) vent\b/, raw: true },
  ],
  helplessness: [
    {
      re: /\b(helpless(ness)?|powerless|hopeless|at a loss|hands are tied|hands were tied|out of my (control|hands))\b/,
    },
    {
      re: /\bnothing (more |else )?(i|we) (can|could) do\b|\b(can'?t|couldn'?t) do anything\b|\bdon'?t know what (else )?to do (for|to help)\b|\bdon'?t know what else to do\b/,
      raw: true,
    },
    { re: /\bnothing (i|we) do (makes|helps|matters|changes)\b/, raw: true },
  ],
  grief: [
    {
      re: /\b(grief|griev(e|ing|ed)|mourn(ing)?|bereave\w*|heartbroken|heartbreaking|broke my heart|gutted|sad|sadness)\b/,
    },
    {
      re: /\b(died|passed away|was killed|funeral|lost (a|my|one of my) (client|kid|youth|patient|resident)s?)\b/,
      raw: true,
    },
    { re: /\bwon'?t see (him|her|them) again\b/, w: 0.5, raw: true },
  ],
  anger: [
    {
      re: /\b(angry|anger|furious|livid|rage|enraged|pissed( off)?|mad at|so mad|seething|outraged|infuriat\w*|fuming)\b/,
    },
  ],
  satisfaction: [
    {
      re: /\b(proud|satisf(ied|ying|action)|rewarding|fulfill?ing|fulfilled|grateful|thankful|pleased|amazing|happy(?! to (help|chat|talk|share))|delighted|thrilled|overjoyed|joy(ful)?|uplifting)\b/,
    },
    {
      re: /\b(made my (day|week|month|year|whole \w+)|(?<!used to )love (this|my) job|why i do (this|what i do)|good tears|(such a|huge|big|small) win|best part of my|best feeling)\b/,
      raw: true,
    },
    // Events, not feelings: "it paid off" has no experiencer to check.
    {
      re: /\b(went (really |so |very )?well|went better than|handled (it|that|the \w+) well|paid off)\b/,
      raw: true,
    },
    { re: /\b(it )?fe(lt|els?) (so )?(good|great|healthy|right)\b|\bfelt (calm|competent|confident)\b/ },
    {
      re: /\b(getting the hang of|(got|passed) my (license|licensure|exam)|we finally (got|did|found|secured))\b/,
    },
  ],
  hope: [
    {
      re: /\b(hopeful|optimistic|encouraged|light at the end of the tunnel|turning (a corner|around)|looking up|getting better(?! at)|signs of progress|looking forward to|excited about)\b/,
    },
    { re: /\bstarting to (believe|see)\b|\bcan (really )?make it\b/ },
    { re: /\bi (really |still )?hope (she|he|they|this|things|it|we)\b(?! (makes sense|helps|is ok))/ },
  ],
};
