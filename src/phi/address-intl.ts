import type { Tok } from "./scan.ts";
import type { Span } from "./types.ts";

// International pieces of addresses, kept apart from the token rules in address.ts: UK and Canadian
// postcodes, street words written before the name ("45 Rue Sainte-Catherine", "7 avenue des
// Champs"), and units written before the street line ("Flat 2/1, 33 Byres Road", "Unit 5/42").

/** Street words that come before the street's name in French, Spanish, Italian, Portuguese, Polish. */
export const PREFIX_STREETS = new Set([
  "rue",
  "avenue",
  "av",
  "via",
  "viale",
  "calle",
  "rua",
  "avenida",
  "avda",
  "chemin",
  "boulevard",
  "bd",
  "place",
  "allee",
  "allée",
  "strada",
  "ulica",
  "ul",
  "carrer",
  "largo",
  "piazza",
  "travessa",
  "piazzetta",
  "vicolo",
  "corso",
  "contrada",
  "paseo",
  "camino",
  "carretera",
  "plaza",
  "pasaje",
  "ronda",
  "rúa",
  "estrada",
  "praça",
  "alameda",
  "trg",
  "cesta",
  "ulitsa",
]);

const PARTICLE = /^(?:de|del|des|du|la|le|di|da|do|dos|das|della|y|d'|l')$/;

/** The end of the name after a leading street word at k ("Rue de la Hulotais"), or -1. */
export function prefixName(toks: readonly Tok[], k: number, caseless: boolean): number {
  let e = -1;
  for (let q = k + 1; q <= k + 4 && q < toks.length && toks[q]!.gap === " "; q++) {
    if ((toks[q]!.cap || caseless) && !toks[q]!.num) e = q;
    else if (!PARTICLE.test(toks[q]!.f)) break;
  }
  return e;
}

const UK_OUT = /^[a-z]{1,2}\d[a-z\d]?$/;
const UK_IN = /^\d[a-z]{2}$/;
const CA_OUT = /^[a-z]\d[a-z]$/;
const CA_IN = /^\d[a-z]\d$/;

/** Whether toks[k] and toks[k+1] are a UK ("M14 5RT") or Canadian ("H2X 1Z4") postcode in capitals. */
export function postcodeAt(toks: readonly Tok[], k: number, caseless: boolean): boolean {
  const a = toks[k];
  const b = toks[k + 1];
  if (!a || !b || b.gap !== " ") return false;
  if (!caseless && (a.text !== a.text.toUpperCase() || b.text !== b.text.toUpperCase())) return false;
  return (UK_OUT.test(a.f) && UK_IN.test(b.f)) || (CA_OUT.test(a.f) && CA_IN.test(b.f));
}

// A unit just before a street line: "Flat 4, ", "Unit 5/", "apartment 12B at ", "Apt. 3 - ".
const UNIT_BEFORE =
  /\b(?:flat|unit|apt|apartment|suite|ste|room|rm)\.?[ \t]{0,2}#?[ \t]{0,2}\d{1,5}[a-z]?(?:[ \t]{0,2}\/[ \t]{0,2}|,[ \t]{0,2}|[ \t]{1,2}at[ \t]{1,2}|[ \t]{1,2}-?[ \t]{0,2})$|\b(?:flat|unit)[ \t]{1,2}$/i;

/** Grows address spans back over a unit before them, then joins spans that touch across ", ". */
export function joinUnits(text: string, spans: Span[]): Span[] {
  for (const s of spans) {
    const before = text.slice(Math.max(0, s.start - 24), s.start);
    const m = UNIT_BEFORE.exec(before);
    if (m) s.start -= m[0].length;
  }
  const out: Span[] = [];
  for (const s of spans) {
    const last = out[out.length - 1];
    if (last && s.start >= last.end && /^[ \t]{0,2},?[ \t]{0,2}$/.test(text.slice(last.end, s.start)))
      last.end = Math.max(last.end, s.end);
    else out.push(s);
  }
  return out;
}
