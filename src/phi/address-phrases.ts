import type { Span } from "./types.ts";

// Address shapes that read as phrases rather than street lines; each regex has bounded repetition.
const EXTRA: Array<[RegExp, number]> = [
  // Intersections: "the corner of Dalbraut 99 and Frederikke Coves".
  [/\b(?:the )?corner of [^.\n?!]{3,80}?(?=[.\n?!]|,? (?:for|after|in case|please)\b|$)/gi, 0],
  // Ships and military post: "USNS Møller\nFPO AA 85844".
  [/\b(?:USNS|USNV|USS|USCGC|Unit \d{1,5})[^\n]{0,40}\n?[ \t]{0,3}(?:APO|FPO|DPO) (?:AA|AE|AP) \d{5}\b/gi, 0],
  // "my zip code is 35350".
  [/\b(?:zip|postal|post)(?: ?code)?(?: is|:)? ?(\d{3,5}(?:-\d{3,4})?)\b/gi, 1],
];

export function detectAddressPhrases(text: string): Span[] {
  const out: Span[] = [];
  for (const [re, group] of EXTRA)
    for (const m of text.matchAll(re)) {
      const v = m[group]!;
      const start = m.index + m[0].indexOf(v);
      out.push({ start, end: start + v.length, type: "address" });
    }
  return out;
}
