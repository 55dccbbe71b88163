import { detectAddresses } from "./address.ts";
import { detectAddressPhrases, detectStreetPhrases } from "./address-phrases.ts";
import { detectBirthDates } from "./dates.ts";
import { lexicon } from "./lexicon.ts";
import { detectNames } from "./names.ts";
import { detectNumbers } from "./numbers.ts";
import { detectEmails, detectKeywordIds, detectWebIds } from "./patterns.ts";
import { detectPersonDates } from "./person-dates.ts";
import { scanText } from "./scan.ts";
import { excludeRanges, markerRanges, mergeSpans, trimSpan } from "./spans.ts";
import { tokenize } from "./tokens.ts";
import type { Span } from "./types.ts";

/** All identifiers in `text`: sorted, non-overlapping UTF-16 spans; markers are never detected. */
export function detectPhi(text: string): Span[] {
  if (!text) return [];
  const lex = lexicon();
  // One pass over the characters, shared by the tokenizers, and the facts that gate detectors:
  // every detector but names and streets needs an "@", a digit or a web prefix to find anything, and
  // numbers and keyword identifiers need at least four digits.
  const scan = scanText(text);
  const found: Span[] = [];
  if (text.includes("@")) found.push(...detectEmails(text));
  if (scan.digits > 0) {
    found.push(...detectWebIds(text));
    if (scan.digits >= 4) found.push(...detectKeywordIds(text), ...detectNumbers(text));
    found.push(...detectBirthDates(text), ...detectAddresses(text, lex, scan), ...detectAddressPhrases(text));
  } else if (/www\.|https?:/i.test(text)) found.push(...detectWebIds(text));
  // The street phrases need a capitalised street name.
  if (scan.upper) found.push(...detectStreetPhrases(text));
  found.push(...detectNames(text, tokenize(text, scan), lex, scan.upper));
  // Runs last: a date counts when its sentence holds a name found above.
  if (scan.digits > 0) found.push(...detectPersonDates(text, found));
  const trimmed: Span[] = [];
  for (const s of excludeRanges(found, markerRanges(text))) {
    const t = trimSpan(text, s);
    if (t) trimmed.push(t);
  }
  return mergeSpans(trimmed);
}
