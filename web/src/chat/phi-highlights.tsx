import { forwardRef, type ReactNode } from "react";
import type { PhiSpan } from "../lib/phi.ts";

/**
 * Mirrors the textarea's text underneath it (same font, padding, wrapping) with detected spans
 * wrapped in <mark>, so the highlight sits exactly behind the words that will be removed.
 */
export const PhiHighlights = forwardRef<HTMLDivElement, { text: string; spans: PhiSpan[] }>(
  function PhiHighlights({ text, spans }, ref) {
    const parts: ReactNode[] = [];
    let last = 0;
    for (const span of spans) {
      if (span.start < last || span.end > text.length) continue;
      if (span.start > last) parts.push(text.slice(last, span.start));
      parts.push(
        <mark key={`${span.start}-${span.end}`} className="phi-mark" data-type={span.type}>
          {text.slice(span.start, span.end)}
        </mark>,
      );
      last = span.end;
    }
    parts.push(text.slice(last));
    return (
      <div ref={ref} className="composer-highlights" aria-hidden="true">
        {parts}
        {/* A trailing newline in a textarea still takes a line; keep the mirror the same height. */}
        {"\u200b"}
      </div>
    );
  },
);
