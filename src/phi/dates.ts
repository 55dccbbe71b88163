import type { Span } from "./types.ts";

// Written-out dates count only when they are a birth date ("born on March 3, 2012", "DOB: 3rd May
// 2010"); other dates, days and months are not identifiers on their own.
const MONTH = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
const DAY = String.raw`\d{1,2}(?:st|nd|rd|th)?`;
const CTX = String.raw`(?:dob|d\.o\.b\.?|date of birth|birth ?date|born(?: on| in)?|birthday(?: is| was)?|b\.)[ \t]{0,2}:?[ \t]{0,2}`;
const DOB_TEXT_RE = new RegExp(
  String.raw`\b${CTX}((?:${MONTH}[ \t]{1,2}${DAY}(?:,?[ \t]{1,2}\d{4})?|${DAY}[ \t]{1,2}(?:of[ \t]{1,2})?${MONTH}(?:,?[ \t]{1,2}\d{4})?))\b`,
  "gi",
);

export function detectBirthDates(text: string): Span[] {
  const out: Span[] = [];
  for (const m of text.matchAll(DOB_TEXT_RE)) {
    const value = m[1]!;
    const start = m.index + m[0].length - value.length;
    out.push({ start, end: start + value.length, type: "date_of_birth" });
  }
  return out;
}
