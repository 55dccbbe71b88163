import type { Span } from "./types.ts";

// Address shapes that read as phrases rather than street lines; each regex has bounded repetition.
const EXTRA: Array<[RegExp, number]> = [
  // Intersections: "the corner of Dalbraut 99 and Frederikke Coves".
  [/\b(?:the )?corner of [^.\n?!]{3,80}?(?=[.\n?!]|,? (?:for|after|in case|please)\b|$)/gi, 0],
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

export function detectStreetPhrases(text: string): Span[] {
  return run(text, STREETS);
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
