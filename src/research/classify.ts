/**
 * Research classifier: redacted text → taxonomy labels. Lexicon cues plus context rules
 * (negation, hypotheticals, whose feeling it is), deterministic and isomorphic: no node:*, no
 * I/O, nothing kept. Tuned for precision — a label is only given when the text clearly carries it.
 */
import { clauses, isHypothetical, isNegated, isThirdParty, normalize } from "./context.ts";
import type { Rule } from "./rule.ts";
import { BARRIER_RULES } from "./rules-barriers.ts";
import { EMOTION_RULES } from "./rules-emotions.ts";
import { VALUE_RULES } from "./rules-values.ts";
import {
  BARRIER_IDS,
  type Classification,
  type Dimension,
  EMOTION_IDS,
  type LabelId,
  VALUE_IDS,
} from "./taxonomy.ts";

export type { Classification } from "./taxonomy.ts";
export { TAXONOMY } from "./taxonomy.ts";

/** Longer inputs are cut: research only needs the gist, and this bounds the regex work. */
const MAX_CHARS = 8000;

interface Compiled {
  re: RegExp;
  w: number;
  raw: boolean;
  with: RegExp | undefined;
}

const compile = (rules: Rule[]): Compiled[] =>
  rules.map((r) => ({
    re: new RegExp(r.re.source, r.re.flags.includes("g") ? r.re.flags : `${r.re.flags}g`),
    w: r.w ?? 1,
    raw: r.raw ?? false,
    with: r.with,
  }));

function compileAll<Id extends string>(ids: readonly Id[], rules: Record<Id, Rule[]>): [Id, Compiled[]][] {
  return ids.map((id) => [id, compile(rules[id])]);
}

const TABLES = {
  emotions: compileAll(EMOTION_IDS, EMOTION_RULES),
  barriers: compileAll(BARRIER_IDS, BARRIER_RULES),
  values: compileAll(VALUE_IDS, VALUE_RULES),
};

// Verbs whose object is the one feeling it: "scared me" is mine, "worried her" is not.
const PSYCH_VERB =
  /(scare[sd]?|frighten(s|ed)?|terrif(ies|ied)|upset|worr(ies|ied)|bother(s|ed)?|haunt(s|ed)?|anger(s|ed)|frustrat(es|ed)|annoy(s|ed)|infuriat(es|ed)|sadden(s|ed)|overwhelm(s|ed)?)$/;
const OBJECT = /^ (me|us|myself|him|her|them|someone)\b/;
const THIRD_OBJECT = new Set(["him", "her", "them", "someone"]);

/** Does any occurrence of the cue survive the context checks for this dimension? */
function hits(rule: Compiled, dim: Dimension, text: string, parts: string[]): boolean {
  if (rule.with && !rule.with.test(text)) return false;
  if (rule.raw) {
    rule.re.lastIndex = 0;
    return rule.re.test(text);
  }
  for (const clause of parts) {
    for (const m of clause.matchAll(rule.re)) {
      const before = clause.slice(0, m.index);
      if (isNegated(before, dim === "emotions" ? 3 : 2)) continue;
      if (dim !== "emotions") return true;
      // Emotions belong to the writer: skip hypotheticals and other people's feelings. A verb with
      // its experiencer after it ("scared me", "upset her") is decided by that object instead.
      if (isHypothetical(before)) continue;
      const after = clause.slice((m.index ?? 0) + m[0].length);
      const object = PSYCH_VERB.test(m[0]) ? OBJECT.exec(after)?.[1] : undefined;
      if (object ? THIRD_OBJECT.has(object) : isThirdParty(before)) continue;
      return true;
    }
  }
  return false;
}

function labelsFor<Id extends LabelId>(
  table: [Id, Compiled[]][],
  dim: Dimension,
  text: string,
  parts: string[],
): Id[] {
  const out: Id[] = [];
  for (const [id, rules] of table) {
    let score = 0;
    for (const rule of rules) if (hits(rule, dim, text, parts)) score += rule.w;
    if (score >= 1) out.push(id);
  }
  return out;
}

/** Labels in taxonomy order, so equal inputs always give byte-identical output. */
export function classifyMessage(input: string): Classification {
  const text = normalize(input.slice(0, MAX_CHARS));
  const parts = clauses(text);
  return {
    emotions: labelsFor(TABLES.emotions, "emotions", text, parts),
    barriers: labelsFor(TABLES.barriers, "barriers", text, parts),
    values: labelsFor(TABLES.values, "values", text, parts),
  };
}
