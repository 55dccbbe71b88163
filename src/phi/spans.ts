import { MARKERS, type PhiType, type Span } from "./types.ts";

// When two detectors claim overlapping text, the union is removed (never leak a fragment) and it
// takes the type of the more specific detector.
const PRIORITY: Record<PhiType, number> = {
  email: 9,
  ssn: 8,
  id: 7,
  case_number: 6,
  date_of_birth: 5,
  date: 4,
  phone: 3,
  address: 2,
  name: 1,
};

export function mergeSpans(spans: Span[]): Span[] {
  const sorted = spans.filter((s) => s.end > s.start).sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Span[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start < last.end) {
      if (PRIORITY[s.type] > PRIORITY[last.type]) last.type = s.type;
      if (s.end > last.end) last.end = s.end;
    } else out.push({ ...s });
  }
  return out;
}

const MARKER_RE = new RegExp(
  Object.values(MARKERS)
    .map((m) => m.replace(/[[\]]/g, "\\$&"))
    .join("|"),
  "g",
);

/** Ranges of markers already in the text: nothing inside them is ever detected again. */
export function markerRanges(text: string): Array<[number, number]> {
  if (!text.includes(" removed for privacy]")) return [];
  const out: Array<[number, number]> = [];
  for (const m of text.matchAll(MARKER_RE)) out.push([m.index, m.index + m[0].length]);
  return out;
}

/** Drops the parts of spans that fall inside markers. */
export function excludeRanges(spans: Span[], ranges: Array<[number, number]>): Span[] {
  if (ranges.length === 0) return spans;
  const out: Span[] = [];
  for (const s of spans) {
    let pieces: Span[] = [s];
    for (const [a, b] of ranges) {
      const next: Span[] = [];
      for (const p of pieces) {
        if (p.end <= a || p.start >= b) next.push(p);
        else {
          if (p.start < a) next.push({ start: p.start, end: a, type: p.type });
          if (p.end > b) next.push({ start: b, end: p.end, type: p.type });
        }
      }
      pieces = next;
    }
    out.push(...pieces);
  }
  return out;
}

export function countByType(spans: readonly Span[]): Partial<Record<PhiType, number>> {
  const out: Partial<Record<PhiType, number>> = {};
  for (const s of spans) out[s.type] = (out[s.type] ?? 0) + 1;
  return out;
}

const EDGE = /[\s,;:.!?()[\]{}"'“”‘’<>|*•-]/u;

/** Trims whitespace and punctuation from span edges, keeping a leading "+" or "(" of a phone. */
export function trimSpan(text: string, s: Span): Span | null {
  let { start, end } = s;
  while (start < end && EDGE.test(text[start]!) && text[start] !== "(") start++;
  while (end > start && EDGE.test(text[end - 1]!)) {
    if (text[end - 1] === ")" && text.lastIndexOf("(", end - 1) >= start) break;
    end--;
  }
  return end > start ? { start, end, type: s.type } : null;
}
