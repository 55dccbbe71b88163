import type { Span } from "./types.ts";

// Every pattern here has bounded repetition or is anchored on a literal that consumes input, so a
// scan is linear in the text length (checked by the adversarial tests).

const EMAIL_LOCAL = /[\p{L}\p{N}._%+'-]/u;
const EMAIL_DOMAIN = /^[\p{L}\p{N}-]{1,63}(?:\.[\p{L}\p{N}-]{1,63}){0,8}\.\p{L}{2,24}/u;

/** Emails, found from each "@" outwards instead of by a regex that could backtrack. */
export function detectEmails(text: string): Span[] {
  const out: Span[] = [];
  let at = text.indexOf("@");
  let lastEnd = 0;
  while (at !== -1) {
    let s = at;
    while (s > lastEnd && at - s < 64 && EMAIL_LOCAL.test(text[s - 1]!)) s--;
    while (s < at && /[.'-]/.test(text[s]!)) s++;
    const m = s < at ? EMAIL_DOMAIN.exec(text.slice(at + 1, at + 260)) : null;
    if (m) {
      const end = at + 1 + m[0].length;
      out.push({ start: s, end, type: "email" });
      lastEnd = end;
    }
    at = text.indexOf("@", at + 1);
  }
  return out;
}

const URL_RE = /\b(?:https?:\/\/|www\.)[^\s<>"')\]]{1,2000}/giu;
const IPV4_RE = /(?<![\d.])(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)(?![\d.]\d)/g;
const IPV6_RE = /(?<![\w:])(?:[0-9a-f]{1,4}:){7}[0-9a-f]{1,4}(?![\w:])/gi;
const IBAN_RE = /\b[a-z]{2}\d{2}(?: ?[a-z0-9]{4}){2,7}(?: ?[a-z0-9]{1,4})?\b/gi;

const WEB_HINT = /www\.|https?:|\d\.\d|[0-9a-f]:[0-9a-f]|\b[a-z]{2}\d\d/i;

export function detectWebIds(text: string): Span[] {
  const out: Span[] = [];
  // Each pattern needs a literal its regex would otherwise search the whole text for.
  if (!WEB_HINT.test(text)) return out;
  for (const m of text.matchAll(URL_RE)) {
    const end = m.index + m[0].replace(/[.,;:!?]+$/, "").length;
    out.push({ start: m.index, end, type: "id" });
  }
  for (const m of text.matchAll(IPV4_RE))
    out.push({ start: m.index, end: m.index + m[0].length, type: "id" });
  for (const m of text.matchAll(IPV6_RE))
    out.push({ start: m.index, end: m.index + m[0].length, type: "id" });
  for (const m of text.matchAll(IBAN_RE)) {
    if (ibanValid(m[0])) out.push({ start: m.index, end: m.index + m[0].length, type: "id" });
  }
  return out;
}

function ibanValid(raw: string): boolean {
  const s = raw.replace(/ /g, "").toUpperCase();
  if (s.length < 15 || s.length > 34 || !/\d{6}/.test(s)) return false;
  const moved = s.slice(4) + s.slice(0, 4);
  let rem = 0;
  for (const ch of moved) {
    const v = ch >= "A" ? String(ch.charCodeAt(0) - 55) : ch;
    for (const d of v) rem = (rem * 10 + Number(d)) % 97;
  }
  return rem === 1;
}

export function luhn(digits: string): boolean {
  let sum = 0;
  let dbl = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (dbl) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    dbl = !dbl;
  }
  return sum % 10 === 0;
}

// Keyword-led identifiers. The keyword decides the type; the value must hold at least two digits.
const VALUE = String.raw`([A-Z0-9]{1,12}(?:[-/.]?[A-Z0-9]{1,12}|[ ](?=\d)\d{1,12}){0,5})`;
const LEAD = String.raw`(?:[ \t]{0,3}(?:#|no\.?|nos?\.?|num(?:ber)?|id|:|is|was|of|=)){0,3}[ \t]{0,3}:?[ \t]{0,2}#?`;
const CASE_RE = new RegExp(
  String.raw`\b(?:case|docket|file|record|mrn|medical record|chart|petition|matter|cause|ref(?:erence)?|incident|report|referral|intake|client id|client number|cps|dcfs|court)${LEAD}${VALUE}`,
  "gi",
);
const ID_RE = new RegExp(
  String.raw`\b(?:medicaid|medicare|member|membership|policy|insurance|subscriber|licen[cs]e|dl|passport|account|acct|badge|permit|student|employee|patient|benefits?|ebt|card|visa|a-number|alien|green card|tax|tin|ein|itin|id|identification|routing)${LEAD}${VALUE}`,
  "gi",
);
const SSN_CTX_RE = new RegExp(
  String.raw`\b(?:ssn|ss#|social security|social)${LEAD}(\d{3}[- ]?\d{2}[- ]?\d{4})\b`,
  "gi",
);

export function detectKeywordIds(text: string): Span[] {
  const out: Span[] = [];
  const take = (re: RegExp, type: Span["type"]) => {
    for (const m of text.matchAll(re)) {
      let value = m[1]!;
      // The value pattern is case-insensitive, so it can start on a word ("passport says 1976",
      // "case file 2024-…"): a leading word with lowercase letters and no digit is not part of it.
      const lead = /^([A-Za-z]*[a-z][A-Za-z]*) /.exec(value);
      if (lead) value = value.slice(lead[0].length);
      const digits = value.replace(/\D/g, "").length;
      if (digits < 4 || (type !== "case_number" && digits < 5 && /^\d+$/.test(value))) continue;
      if (/^(?:19|20)\d\d$/.test(value)) continue;
      const start = m.index + m[0].length - value.length;
      out.push({ start, end: start + value.replace(/[-/. ]+$/, "").length, type });
    }
  };
  take(SSN_CTX_RE, "ssn");
  take(CASE_RE, "case_number");
  take(ID_RE, "id");
  // Docket-style numbers need no keyword: 2023-JV-001234, 22-DR-1234, JV-2023-0456.
  for (const m of text.matchAll(/\b(?:\d{2,4}-[A-Z]{1,4}-\d{2,8}|[A-Z]{1,4}-\d{2,4}-\d{3,8})\b/g))
    out.push({ start: m.index, end: m.index + m[0].length, type: "case_number" });
  // Letters and digits mixed in one long token: licence and member numbers (A1234567, XJH123456789).
  for (const m of text.matchAll(/\b[A-Z0-9]{7,20}\b/g)) {
    const t = m[0];
    if (/[A-Z]/.test(t) && t.replace(/\D/g, "").length >= 5)
      out.push({ start: m.index, end: m.index + t.length, type: "id" });
  }
  return out;
}
