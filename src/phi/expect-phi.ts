/**
 * Shared assertions for the table-driven PHI tests (imported by *.test.ts only; not part of the
 * engine's public API, and like the engine free of node: imports).
 */
import { expect } from "vitest";
import { detectPhi, MARKERS, redact } from "./index.ts";
import type { PhiType } from "./types.ts";

/** `value` inside `text` is covered by one span of `type`, and redaction shows that type's marker. */
export function expectFound(text: string, value: string, type: PhiType): void {
  const spans = detectPhi(text);
  const start = text.indexOf(value);
  const hit = spans.find((s) => s.start <= start && s.end >= start + value.length);
  expect(hit, `${value} in ${JSON.stringify(spans)}`).toBeDefined();
  expect(hit!.type).toBe(type);
  expect(redact(text).text).toContain(MARKERS[type]);
}

/** Nothing is detected and redaction returns the text unchanged. */
export function expectUntouched(text: string): void {
  expect(detectPhi(text)).toEqual([]);
  expect(redact(text).text).toBe(text);
}
