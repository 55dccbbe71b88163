import type { Span } from "./types.ts";

// Exact dates tied to a person ("I met Maria on March 3, 2024", "her court date is 03/14/2025").
// HIPAA counts every date more specific than a year that relates to an individual (admission,
// discharge, death, court, visit) as an identifier. Decision: birth dates keep their own marker
// ([date of birth removed for privacy], found in dates.ts and numbers.ts); any other exact date is
// removed as "date" ([date removed for privacy]) only when its sentence names a person (a detected
// name) or points at one (he, she, him, her, his). Dates about no one ("the office closes on
// December 24", "training on March 3, 2024") and bare months, weekdays and years stay readable.

const MONTH = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
const DAY = String.raw`(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?`;
const YEAR = String.raw`(?:,?[ \t]{1,2}(?:19|20)\d\d)?`;
const DATE_RE = new RegExp(
  String.raw`\b(?:${MONTH}[ \t]{1,2}${DAY}${YEAR}|${DAY}[ \t]{1,2}(?:of[ \t]{1,2})?${MONTH}${YEAR}|(?:0?[1-9]|[12]\d|3[01])[/.-](?:0?[1-9]|[12]\d|3[01])[/.-](?:19|20)?\d\d|(?:19|20)\d\d-(?:0?[1-9]|1[0-2])-(?:0?[1-9]|[12]\d|3[01]))(?![\w/.-]\d)`,
  "gi",
);
const PERSON_WORD = /\b(?:she|he|her|hers|him|his|herself|himself)\b/i;
const ENDERS = new Set([".", "!", "?", "\n"]);
const SPAN = 240;

/** `found` holds the spans other detectors found; names among them tie a date to a person. */
export function detectPersonDates(text: string, found: readonly Span[]): Span[] {
  const out: Span[] = [];
  for (const m of text.matchAll(DATE_RE)) {
    const start = m.index;
    const end = start + m[0].length;
    // "May 5" needs a capital May: "may 5 people come" is no date.
    if (/^may\b/.test(m[0])) continue;
    if (found.some((s) => s.start < end && s.end > start)) continue;
    const [a, b] = sentence(text, start, end);
    const named = found.some((s) => s.type === "name" && s.start >= a && s.end <= b);
    if (named || PERSON_WORD.test(text.slice(a, b))) out.push({ start, end, type: "date" });
  }
  return out;
}

// The sentence around [start, end): bounded on both sides, so the scan stays linear.
function sentence(text: string, start: number, end: number): [number, number] {
  let a = start;
  while (a > 0 && start - a < SPAN && !(ENDERS.has(text[a - 1]!) && /\s/.test(text[a] ?? " "))) a--;
  let b = end;
  while (b < text.length && b - end < SPAN && !(ENDERS.has(text[b]!) && /\s|$/.test(text[b + 1] ?? ""))) b++;
  return [a, b];
}
