import { detectPhi } from "./detect.ts";
import { mergeSpans } from "./spans.ts";
import { MARKERS, type Span } from "./types.ts";

function apply(
  text: string,
  spans: readonly Span[],
): { text: string; kept: Array<[number, number, number]> } {
  let out = "";
  let pos = 0;
  // Unchanged stretches as [originalStart, outputStart, length], to map later findings back.
  const kept: Array<[number, number, number]> = [];
  for (const s of spans) {
    kept.push([pos, out.length, s.start - pos]);
    out += text.slice(pos, s.start) + MARKERS[s.type];
    pos = s.end;
  }
  kept.push([pos, out.length, text.length - pos]);
  return { text: out + text.slice(pos), kept };
}

/**
 * Replaces every identifier with its marker. Spans refer to the original text. Redaction is
 * idempotent: if the redacted text still shows something (a context that only appears once its
 * neighbours are markers), that is mapped back and removed too, so a second pass changes nothing.
 */
export function redact(text: string): { text: string; spans: Span[] } {
  let spans = detectPhi(text);
  let result = apply(text, spans);
  for (let round = 0; round < 3; round++) {
    const again = detectPhi(result.text);
    if (again.length === 0) break;
    const mapped: Span[] = [];
    for (const s of again) {
      const seg = result.kept.find(([, o, len]) => s.start >= o && s.end <= o + len);
      if (seg) mapped.push({ start: seg[0] + s.start - seg[1], end: seg[0] + s.end - seg[1], type: s.type });
    }
    if (mapped.length === 0) break;
    spans = mergeSpans([...spans, ...mapped]);
    result = apply(text, spans);
  }
  return { text: result.text, spans };
}
