import { postcodeAt } from "./address-intl.ts";
import { UNIT, ZIP } from "./address-words.ts";
import type { Lexicon } from "./lexicon.ts";
import type { Tok } from "./scan.ts";

// Grows an address over what usually follows it on the same or the next lines: the house number
// after a street name ("Via Franscini 71"), units, postcodes, city, region code, country.

// Bullets and placeholders that open a line ("??? Zuoz", "• Berlin") read as a plain line break.
const LINE_MARK = /\n[ \t]*[?•*·]{1,3}[ \t]*/g;
// Region codes and placeholders on the city's line: "Veszprém VE", "GUÉRET LI", "Birmensdorf nan".
const REGION = /^(?:\p{Lu}{2,3}|nan)$/u;

/** Whether the number at k is a house number closing a street line, not a count ("Main St 3 times"). */
export function closesStreet(toks: readonly Tok[], k: number): boolean {
  const n = toks[k];
  if (!n?.num || !/^\d{1,4}[a-z]?$/.test(n.f)) return false;
  const after = toks[k + 1];
  if (!after || n.text.endsWith(".")) return true;
  // "10/12/2024", "12.5", "3-4": part of a date, decimal or range.
  if (/^[/.:-]$/.test(after.gap)) return false;
  if (/[,\n]|[.!?;)]/.test(after.gap)) return true;
  return after.cap || after.num || UNIT.has(after.f) || after.f === "street";
}

export function grow(
  toks: Tok[],
  end: number,
  lex: Lexicon,
  caseless: boolean,
  isStreet: (t: Tok) => boolean,
): number {
  let e = end;
  let steps = 0;
  while (e + 1 < toks.length && steps < 12) {
    const n = toks[e + 1]!;
    const g = n.gap.includes("\n") ? n.gap.replace(LINE_MARK, "\n") : n.gap;
    const prevTok = toks[e]!;
    // "5th Street. They open at 9": a full stop inside the last token ends the address.
    if (
      /\.$/.test(prevTok.text) &&
      prevTok.text.length > 4 &&
      !UNIT.has(prevTok.f) &&
      /^\s+\p{Lu}/u.test(g + n.text) &&
      !/[,\n]/.test(g)
    )
      break;
    if (/[.!?;]\s/.test(g) || /\n\s*\n\s*\n/.test(g) || g.replace(/\s+/g, " ").length > 4) break;
    const newField = /[,\n]/.test(g);
    const sameLine = g === " ";
    const f = n.f;
    const cap = n.cap || caseless;
    if (postcodeAt(toks, e + 1, caseless)) {
      e += 2;
    } else if (/^\d[a-z]{2}$/.test(f) && sameLine && /^[a-z]{1,2}\d[a-z\d]?$/.test(prevTok.f)) {
      e += 1; // the inward half of a UK postcode whose outward half closed a city run
    } else if (steps === 0 && sameLine && !prevTok.num && !prevTok.digit && closesStreet(toks, e + 1)) {
      e += 1; // "Via Franscini 71", "Koepenicker Str 74": the house number after the street's name
    } else if (
      !newField &&
      sameLine &&
      n.cap &&
      !n.num &&
      (isStreet(n) ||
        (steps > 0 &&
          (/^\d{4,6}$/.test(prevTok.text) ||
            (toks[e - 1]!.num && prevTok.gap === " ") ||
            cityAfter(toks, e, lex))))
    ) {
      // "MG Road" after "Apartments, MG"; "75008 Paris", "10115 Berlin": a city after its postcode;
      // "Apt 615 Moosleerau Switzerland": a city and country after a unit.
      e += 1;
    } else if (steps > 0 && sameLine && REGION.test(n.text) && !n.digit && prevTok.cap && !prevTok.num) {
      e += 1;
    } else if (UNIT.has(f) && toks[e + 2] && /\d|^[a-z]$/i.test(toks[e + 2]!.f)) {
      e += 2;
    } else if ((n.num || /^\d{2}-\d{3}$/.test(n.text)) && (newField || ZIP.test(n.text) || steps > 0)) {
      e += 1;
    } else if (/^(?:apo|fpo|dpo)$/.test(f) && toks[e + 2] && /^(?:aa|ae|ap)$/.test(toks[e + 2]!.f)) {
      e += 2;
    } else if (newField && /^\p{L}{1,3}$/u.test(n.text) && (n.text === n.text.toUpperCase() || f === "nan")) {
      e += 1;
    } else if ((cap || lex.places.has(f)) && newField) {
      // City or country after a comma or line break; one to three words.
      let k = e + 1;
      while (
        k + 1 < toks.length &&
        k < e + 3 &&
        toks[k + 1]!.gap === " " &&
        (toks[k + 1]!.cap || caseless || /^(?:de|del|do|da|du|na|la|le|u|v)$/.test(toks[k + 1]!.f))
      )
        k++;
      // A common word ("Please", "Moss") ends the address unless more address fields follow it.
      const next = toks[k + 1];
      if (
        k === e + 1 &&
        lex.common.has(f) &&
        !lex.places.has(f) &&
        !next?.num &&
        !/[,\n]/.test(next?.gap ?? "")
      )
        break;
      e = k;
    } else break;
    steps++;
  }
  return e;
}

// A capitalised word on the line of a unit or city already taken: "Apt 615 Moosleerau", "Milford New Zealand".
function cityAfter(toks: readonly Tok[], e: number, lex: Lexicon): boolean {
  const prev = toks[e]!;
  const n = toks[e + 1]!;
  if (
    n.digit ||
    (lex.common.has(n.f) && !lex.places.has(n.f) && !/^(?:new|south|north|east|west|saint|san)$/.test(n.f))
  )
    return false;
  if (prev.num) return UNIT.has(toks[e - 1]!.f);
  return prev.cap && !prev.num;
}
