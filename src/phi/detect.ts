import { detectAddresses } from "./address.ts";
import { detectAddressPhrases, detectStreetPhrases } from "./address-phrases.ts";
import { detectBirthDates } from "./dates.ts";
import { lexicon } from "./lexicon.ts";
import { detectNames } from "./names.ts";
import { detectNumbers } from "./numbers.ts";
import { detectEmails, detectKeywordIds, detectWebIds } from "./patterns.ts";
import { detectPersonDates } from "./person-dates.ts";
import { excludeRanges, markerRanges, mergeSpans, trimSpan } from "./spans.ts";
import { tokenize } from "./tokens.ts";
import type { Span } from "./types.ts";

const HAS_DIGIT = /\d/;

/** All identifiers in `text`: sorted, non-overlapping UTF-16 spans; markers are never detected. */
export function detectPhi(text: string): Span[] {
  if (!text) return [];
  const lex = lexicon();
  const found: Span[] = [];
  // Cheap gates: every detector but names needs an "@", a digit or a web prefix to find anything.
  if (text.includes("@")) found.push(...detectEmails(text));
  if (HAS_DIGIT.test(text)) {
    found.push(
      ...detectWebIds(text),
      ...detectKeywordIds(text),
      ...detectNumbers(text),
      ...detectBirthDates(text),
      ...detectAddresses(text, lex),
      ...detectAddressPhrases(text),
    );
  } else if (/www\.|https?:/i.test(text)) found.push(...detectWebIds(text));
  found.push(...detectStreetPhrases(text), ...detectNames(text, tokenize(text), lex));
  // Runs last: a date counts when its sentence holds a name found above.
  if (HAS_DIGIT.test(text)) found.push(...detectPersonDates(text, found));
  const trimmed: Span[] = [];
  for (const s of excludeRanges(found, markerRanges(text))) {
    const t = trimSpan(text, s);
    if (t) trimmed.push(t);
  }
  return mergeSpans(trimmed);
}
