import { luhn } from "./patterns.ts";
import type { PhiType, Span } from "./types.ts";

// Digit chunks: runs of digit groups joined by at most two separator characters (space, - . / ( ) ),
// scanned once by hand and then classified by their shape and the words just before them.

interface Chunk {
  start: number;
  end: number;
  groups: string[];
  seps: string[];
  plus: boolean;
}

const isDigit = (c: string | undefined) => c !== undefined && c >= "0" && c <= "9";
const SEP = new Set([" ", "-", ".", "/", "(", ")", "\u00a0", "\u2013"]);
const MAX_GROUPS = 12;

function scanChunks(text: string): Chunk[] {
  const out: Chunk[] = [];
  let i = 0;
  const n = text.length;
  while (i < n) {
    if (!isDigit(text[i])) {
      i++;
      continue;
    }
    // Digits glued to letters (A1234567, 3B) belong to other detectors.
    const prev = text[i - 1];
    let start = i;
    let plus = false;
    if (prev === "+") {
      start = i - 1;
      plus = true;
    } else if (prev === "(" && /\d{1,4}\)/.test(text.slice(i, i + 6))) start = i - 1;
    if (prev && /[\p{L}_]/u.test(prev)) {
      while (i < n && isDigit(text[i])) i++;
      continue;
    }
    const groups: string[] = [];
    const seps: string[] = [];
    let j = i;
    for (;;) {
      let g = j;
      while (g < n && isDigit(text[g])) g++;
      groups.push(text.slice(j, g));
      j = g;
      if (groups.length >= MAX_GROUPS) break;
      let s = j;
      while (s < n && s - j < 3 && SEP.has(text[s]!)) s++;
      const sep = text.slice(j, s);
      if (s === j || !isDigit(text[s]) || sep.includes("  ") || /^[./]{2}/.test(sep)) break;
      seps.push(sep);
      j = s;
    }
    let end = j;
    if (text[end] === ")" && text[start] === "(") end++;
    if (/[\p{L}]/u.test(text[end] ?? "") && !/^(?:x|ext)/i.test(text.slice(end, end + 3))) {
      i = end;
      continue;
    }
    out.push({ start, end, groups, seps, plus });
    i = end;
  }
  return out;
}

const DOB_CTX = /\b(?:dob|d\.o\.b\.?|date of birth|birth ?date|born(?: on)?|birthday(?: is)?|b\.)\W{0,4}$/i;
const SSN_CTX = /\b(?:ssn|ss#|social security(?: number| no\.?| #)?|social)\W{0,6}$/i;
const PHONE_CTX =
  /\b(?:phone|cell|mobile|tel|telephone|call|text|fax|number|reach|contact|line|ph|mob|office|home|work)\b[^.!?\n]{0,20}$/i;
const ID_CTX =
  /\b(?:id|card|licen[cs]e|account|acct|member|policy|medicaid|medicare|passport|permit|badge|number|no\.?|#)\W{0,6}$/i;
const CASE_CTX =
  /\b(?:case|docket|file|record|mrn|chart|petition|ref|referral|intake)\W{0,6}(?:#|no\.?|number)?\W{0,3}$/i;

const DATE_SHAPE = /^(?:\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})|\d{4}-\d{1,2}-\d{1,2})$/;
const YEAR_PAIR = /^(?:19|20)\d\d$/;

export function detectNumbers(text: string): Span[] {
  const out: Span[] = [];
  for (const c of scanChunks(text)) {
    const type = classify(text, c);
    if (type) out.push({ start: c.start, end: extension(text, c.end, type), type });
  }
  return out;
}

function classify(text: string, c: Chunk): PhiType | null {
  const raw = text.slice(c.start, c.end);
  const digits = c.groups.join("");
  const d = digits.length;
  const before = text.slice(Math.max(0, c.start - 40), c.start);
  const prevChar = text[c.start - 1] ?? "";
  const nextChar = text[c.end] ?? "";
  if (prevChar === "$" || prevChar === "£" || prevChar === "€" || nextChar === "%" || nextChar === ":")
    return null;
  if (/[,:]\d/.test(text.slice(c.end, c.end + 2))) return null;

  if (DATE_SHAPE.test(raw)) return DOB_CTX.test(before) ? "date_of_birth" : null;
  const lens = c.groups.map((g) => g.length);
  const shape = lens.join(",");
  if (shape === "3,2,4" && c.seps.every((s) => s === "-" || s === " ") && c.seps[0] === c.seps[1])
    return "ssn";
  if (d === 9 && c.groups.length === 1 && SSN_CTX.test(before)) return "ssn";
  // "Number on file: 885-555-9196": a North American phone layout with a phone word wins over "file".
  const nanp = shape === "3,3,4";
  if (CASE_CTX.test(before) && d >= 4 && !(nanp && PHONE_CTX.test(before))) return "case_number";
  if (d >= 13 && d <= 19 && !c.plus && (c.groups.length === 1 || lens.every((l) => l === 4 || l >= 3))) {
    if (luhn(digits) || c.groups.length === 1) return "id";
  }
  if (c.groups.length > 1 && lens.every((l) => l === 4) && c.groups.every((g) => YEAR_PAIR.test(g)))
    return null;
  if (c.plus && d >= 7 && d <= 15) return "phone";
  if (d < 7 || d > 15) return d > 15 ? "id" : null;
  if (c.groups.length === 1) {
    if (PHONE_CTX.test(before) && d >= 7 && d <= 12) return "phone";
    if (d === 10 || (d === 11 && (digits[0] === "1" || digits[0] === "0"))) return "phone";
    if (ID_CTX.test(before) || d >= 7) return "id";
    return null;
  }
  // Grouped digits: the many national phone layouts ("0487 98 11 92", "(37) 788-063", "358 0594").
  if (lens.some((l) => l === 1) && !c.plus && !raw.startsWith("(")) return lens.length <= 3 ? null : "phone";
  if (c.seps.some((s) => s.includes("/")) && !PHONE_CTX.test(before)) return null;
  return "phone";
}

// Phone extensions stay with the number: "555-0134 ext. 22", "x204".
function extension(text: string, end: number, type: PhiType): number {
  if (type !== "phone") return end;
  const m = /^,?\s{0,2}(?:ext\.?|extension|x)\s{0,2}\d{1,6}\b/i.exec(text.slice(end, end + 20));
  return m ? end + m[0].length : end;
}
