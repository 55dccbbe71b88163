import { closesStreet, grow } from "./address-grow.ts";
import { joinUnits, PREFIX_STREETS, prefixName } from "./address-intl.ts";
import {
  BOX,
  DIRECTIONS,
  hasStreetEnding,
  LOWER_PREFIX,
  POST_STREET,
  STOP_GAP,
  STREET_ABBR,
  STREET_ENDINGS,
  US_STATES,
} from "./address-words.ts";
import type { Lexicon } from "./lexicon.ts";
import { addressTokens, type Scan, scanText, type Tok } from "./scan.ts";
import type { Span } from "./types.ts";

// Addresses are found on tokens (numbers and words with their offsets): a house number with a street
// word near it, a street word with a number after it (European order), PO and military boxes, units,
// and "City, ST 12345". A match then grows over units, city, state, ZIP and country.

export function detectAddresses(text: string, lex: Lexicon, scan: Scan = scanText(text)): Span[] {
  if (text.length === 0) return [];
  const toks = addressTokens(scan);
  // Texts typed all in lowercase ("947 trg revolucije 17") lose the capitals the rules lean on.
  const caseless = !scan.upper;
  const isStreet = (t: Tok) =>
    !t.num &&
    (lex.streets.has(t.f) ||
      STREET_ABBR.has(t.f) ||
      hasStreetEnding(t.f) ||
      PREFIX_STREETS.has(t.f) ||
      (STREET_ENDINGS.has(t.f) && t.f.length > 3));
  const out: Span[] = [];
  // Every rule ends in a number within a few tokens, so only starts near a number are tried.
  const nearNumber = new Uint8Array(toks.length);
  for (let k = 0; k < toks.length; k++)
    if (toks[k]!.digit) for (let b = Math.max(0, k - 6); b <= k; b++) nearNumber[b] = 1;
  let i = 0;
  while (i < toks.length) {
    const t = toks[i]!;
    let end = -1;
    if (!nearNumber[i]) {
      i++;
      continue;
    }
    // 1. House number, up to four name words, a street word: "4410 Maple Ridge Dr", "12 Main St".
    // A house number: not a percentage and not a year.
    if (t.num && text[t.end] !== "%" && !/^(?:19|20)\d\d$/.test(t.f)) {
      for (let k = i + 1; k <= i + 5 && k < toks.length; k++) {
        const w = toks[k]!;
        if (STOP_GAP.test(w.gap) || w.gap.includes("\n")) break;
        if (k > i + 1 && isStreet(w) && (w.cap || caseless || toks[k - 1]!.cap)) {
          end = k;
          // "Maple Ridge Dr", "Bond Street NW": street words and a direction may follow.
          while (
            toks[end + 1] &&
            toks[end + 1]!.gap === " " &&
            (isStreet(toks[end + 1]!) || DIRECTIONS.has(toks[end + 1]!.f)) &&
            toks[end + 1]!.cap
          )
            end++;
          if (PREFIX_STREETS.has(w.f)) end = Math.max(end, prefixName(toks, k, caseless));
          break;
        }
        // "45 Rue Sainte-Catherine", "7 avenue des Champs": the street word leads, the name follows.
        if (k === i + 1 && PREFIX_STREETS.has(w.f)) {
          const e = prefixName(toks, k, caseless);
          if (e > 0) {
            end = e;
            break;
          }
        }
        if (
          !(
            w.cap ||
            w.num ||
            /^\d{1,4}(?:st|nd|rd|th)$/.test(w.f) ||
            DIRECTIONS.has(w.f) ||
            /^[a-z]{1,3}$/.test(w.f) ||
            (k === i + 1 && isStreet(w))
          )
        )
          break;
      }
      // European order after a number: "28245 Puruntie 82", "31401 ul. Słowicza 10".
      if (end < 0) end = europeanFrom(toks, i + 1, isStreet, true, lex, caseless);
    }
    // 2. Street word then number: "Villacher Strasse 89", "rue du centre 320", "Vesterskovvej 79".
    if (end < 0 && !t.num && (t.cap || caseless || LOWER_PREFIX.has(t.f))) {
      const e = europeanFrom(toks, i, isStreet, false, lex, caseless);
      if (e >= 0) end = e;
    }
    // 3. PO boxes and military mail: "P.O. Box 242", "PSC 0729, Box 5797", "Postbox 53".
    const boxStart = t.num && toks[i + 1] && /^(?:p\.?o|po|psc|postbox)$/.test(toks[i + 1]!.f) ? i + 1 : i;
    if (end < 0 && /^(?:p\.?o|po|psc|post|postbox|pobox|unit)$/.test(toks[boxStart]!.f)) {
      const b0 = boxStart;
      for (let k = b0 + 1; k <= b0 + 4 && k < toks.length; k++) {
        const f0 = toks[b0]!.f;
        if (toks[k]!.num && (BOX.has(toks[k - 1]!.f) || f0 === "postbox" || f0 === "psc")) end = k;
        if (toks[k]!.f === "box" && toks[k + 1]?.num) {
          end = k + 1;
          break;
        }
      }
    }
    // 4. A unit on its own: "Apt. 905", "Suite 721".
    if (
      end < 0 &&
      (t.f === "apt" || t.f === "apartment" || t.f === "suite" || t.f === "ste") &&
      toks[i + 1] &&
      /\d/.test(toks[i + 1]!.f)
    )
      end = i + 1;
    if (end < 0) {
      // 5. City, ST 12345.
      if (t.cap && !t.num) {
        const z = cityStateZip(toks, i);
        if (z >= 0) end = z;
      }
      if (end < 0) {
        i++;
        continue;
      }
    }
    end = grow(toks, end, lex, caseless, isStreet);
    // "143 31 rue de la Hulotais": a postcode written before the house number.
    let first = i;
    if (t.num && toks[i - 1]?.num && t.gap === " " && /^\d{3,6}$/.test(toks[i - 1]!.f)) first = i - 1;
    // "Flat 4, 19 Wellington Road": a trailing number that starts a street line is left to the next
    // match, and joinUnits puts the two together.
    if (end > i && startsStreet(toks, end, isStreet)) end--;
    out.push({ start: toks[first]!.start, end: toks[end]!.end, type: "address" });
    i = end + 1;
  }
  return joinUnits(text, out);
}

function startsStreet(toks: Tok[], k: number, isStreet: (t: Tok) => boolean): boolean {
  const t = toks[k]!;
  if (!t.num || t.text.endsWith(".") || !toks[k + 1]?.cap || toks[k + 1]!.gap !== " ") return false;
  for (let q = k + 1; q <= k + 4 && q < toks.length; q++) if (isStreet(toks[q]!)) return true;
  return false;
}

function europeanFrom(
  toks: Tok[],
  i: number,
  isStreet: (t: Tok) => boolean,
  afterNumber: boolean,
  lex: Lexicon,
  caseless: boolean,
): number {
  const t = toks[i];
  if (!t || t.num) return -1;
  // "5 miles down Main Street 3 times": after a number, the street line opens with a capital or a street word.
  if (afterNumber && !caseless && !t.cap && !isStreet(t) && !POST_STREET.has(t.f) && !LOWER_PREFIX.has(t.f))
    return -1;
  const isStreetOrPost = (x: Tok) => isStreet(x) || POST_STREET.has(x.f);
  const startsWithStreet = isStreet(t);
  // "Rákóczi út 13", "Erzsébet tér 19", "Koepenicker Str 74": a name, then its street word, then the number.
  // The name is capitalised and no common word ("Friday: court at 9", "They're at Via Roma 23").
  const nameFirst = !startsWithStreet && !afterNumber && t.cap && !lex.common.has(t.f);
  if (!startsWithStreet && !afterNumber && !nameFirst) return -1;
  for (let k = i; k <= i + 4 && k < toks.length; k++) {
    const w = toks[k]!;
    if (k > i && (STOP_GAP.test(w.gap) || w.gap.includes("\n") || w.gap.includes(","))) return -1;
    if (w.num) {
      // "date is 03/14/2025": a number that opens a date is no house number.
      if (k === i || /^[/.-]$/.test(toks[k + 1]?.gap ?? "")) return -1;
      const words = toks.slice(i, k);
      // "Route 66", "Drive 5 miles": an English word alone before a number is no European street line.
      if (k === i + 1 && !afterNumber && lex.common.has(t.f) && !LOWER_PREFIX.has(t.f)) return -1;
      const any = startsWithStreet || words.some(isStreetOrPost);
      if (nameFirst && !(any && k > i + 1 && closesStreet(toks, k))) return -1;
      // Without a street word, only "28245 Puruntie 82": one or two unknown capitalised words between numbers.
      if (
        !any &&
        !(
          afterNumber &&
          words.length <= 2 &&
          /^\d+$/.test(w.f) &&
          words.every((x) => x.cap && !lex.common.has(x.f) && !x.f.includes("."))
        )
      )
        return -1;
      if (!words.some((x) => x.cap) && !startsWithStreet) return -1;
      return k;
    }
    if (nameFirst && k > i && (w.gap !== " " || !(w.cap || POST_STREET.has(w.f) || w.num))) return -1;
    if (!(w.cap || isStreetOrPost(w) || /^\p{Ll}{1,4}$/u.test(w.text) || afterNumber)) return -1;
  }
  return -1;
}

function cityStateZip(toks: Tok[], i: number): number {
  for (let k = i + 1; k <= i + 4 && k + 1 < toks.length; k++) {
    const st = toks[k]!;
    const zip = toks[k + 1]!;
    if (
      st.gap.includes(",") &&
      US_STATES.has(st.f) &&
      st.text === st.text.toUpperCase() &&
      /^\d{5}(?:-\d{4})?$/.test(zip.f)
    )
      return k + 1;
    if (!toks[k]!.cap) return -1;
  }
  return -1;
}
