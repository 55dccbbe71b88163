import { lexicon } from "./lexicon.ts";
import type { Span } from "./types.ts";

// Address shapes that read as phrases rather than street lines; each regex has bounded repetition.
const EXTRA: Array<[RegExp, number]> = [
  // Intersections: "the corner of Dalbraut 99 and Frederikke Coves", "corner of ul. Cicha 86 and Elm St.";
  // the full stop of an abbreviation ("ul.", "St.") does not end it unless the line or text ends.
  [
    /\b(?:the )?corner of (?:[^.\n?!]|(?<=\b(?:ul|al|St|Str|Ave|Av|Avda|Rd|Dr|Blvd|Ln|Pl|Ct|Sq|u|Mt|Ft)|\d)\.(?![ \t]*(?:$|\n))){3,80}?(?=(?<!\b(?:ul|al|St|Str|Ave|Av|Avda|Rd|Dr|u|Mt|Ft))[.\n?!]|\.[ \t]*(?:$|\n)|, and\b|,? (?:for|after|in case|please)\b|$)/gi,
    0,
  ],
  // Ships and military post: "USNS Møller\nFPO AA 85844".
  [/\b(?:USNS|USNV|USS|USCGC|Unit \d{1,5})[^\n]{0,40}\n?[ \t]{0,3}(?:APO|FPO|DPO) (?:AA|AE|AP) \d{5}\b/gi, 0],
  // "my zip code is 35350", "wrong zip, it's 78207", "postcode is SW1A 1AA".
  [
    /\b(?:zip|postal|post|postcode)(?: ?code)?\b[^.!?\n\d]{0,40}?(\d{5}(?:-\d{4})?|\d{3,4}\b|[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}\b|[A-Z]\d[A-Z] ?\d[A-Z]\d\b)/gi,
    1,
  ],
];

// Needs no digit, so it runs on every text (detect.ts gates the others on a digit).
const STREETS: Array<[RegExp, number]> = [
  // A street named without a number where someone lives: "lives on Maple Street", "sleeps on Elm Street".
  [
    /\b(?:live|lives|living|lived|stay|stays|staying|stayed|sleep|sleeps|sleeping|slept|moved|moving|house|home|place|flat)[ \t]{1,2}(?:on|in|at|to|off)[ \t]{1,2}((?:\p{Lu}[\p{L}'-]{1,20}[ \t]{1,2}){1,3}(?:Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Drive|Dr|Close|Crescent|Way|Court|Ct|Place|Terrace|Boulevard|Blvd|Gardens|Grove|Row|Parade|Highway|Hwy|Circle|Trail|Walk|Mews)\b\.?)/gu,
    1,
  ],
];

// A street named after a preposition, with a street word or a number and nothing after it:
// "shows on Marina Fort Street", "the bus station is on Pod Floriánem 1677", "lives on Grössgstötten 50 street".
const NAMED_STREET =
  /\b(?:on|at|of|along|down|off|onto|near)[ \t]((?:\p{Lu}[\p{L}\p{M}'-]{1,25}[ \t]){1,3}(?:(?:Street|Road|Avenue|Lane|Drive|Boulevard|Terrace|Crescent|Close)\b|\d{1,5}[a-z]?\b(?=[ \t]?(?:$|[.,;!?\n]|[ \t](?:street|road)\b))))/gu;
// A city and its postcode after it: "in Bjert 6091", "in ÖVERTURINGEN 840 24", "in Costamezzana 43015".
const CITY_POSTCODE =
  /\b(?:in|from|near)[ \t]((?:\p{Lu}[\p{L}\p{M}'-]{0,25}[ \t]){1,3}(?:\d{4,5}|\d{3} \d{2}))\b(?![.,:/-]?\d)/gu;

const MONTH_OR_DAY =
  /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t|tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\.?$/i;

export function detectStreetPhrases(text: string): Span[] {
  const out = run(text, STREETS);
  const lex = lexicon();
  // Some word of the name is no common word: "on Page 12", "on Route 66", "in Section 8 housing".
  const named = (words: string[]) =>
    words.some((w) => !lex.common.has(w.toLowerCase()) || lex.places.has(w.toLowerCase()));
  for (const re of [NAMED_STREET, CITY_POSTCODE])
    for (const m of text.matchAll(re)) {
      const v = m[1]!;
      const words = v.split(/[ \t]+/).filter((w) => /^\p{Lu}/u.test(w));
      const streetWord = /[a-z]$/.test(v) && re === NAMED_STREET;
      // "on April 11, 2025", "in March 2024": a date, not a street or a postcode.
      if (MONTH_OR_DAY.test(words[0]!)) continue;
      if (/^(?:19|20)\d\d$/.test(v.slice(v.lastIndexOf(" ") + 1)) || !(streetWord || named(words))) continue;
      // "shows on Marina Fort Street": the name identifies the street; its street word alone does not.
      const name = streetWord ? v.slice(0, v.lastIndexOf(" ")).trimEnd() : v;
      const start = m.index + m[0].indexOf(v);
      out.push({ start, end: start + name.length, type: "address" });
    }
  return out;
}

export function detectAddressPhrases(text: string): Span[] {
  return run(text, EXTRA);
}

function run(text: string, patterns: Array<[RegExp, number]>): Span[] {
  const out: Span[] = [];
  for (const [re, group] of patterns)
    for (const m of text.matchAll(re)) {
      const v = m[group]!;
      const start = m.index + m[0].indexOf(v);
      out.push({ start, end: start + v.length, type: "address" });
    }
  return out;
}
