import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { detectPhi, MARKERS, redact } from "./index.ts";

// Text built from fragments that look like identifiers, ordinary words and markers, so the properties
// are exercised on detections rather than on random noise alone.
const fragment = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom(
    "Maria",
    "Lopez",
    "Hope",
    "will",
    "Mrs.",
    "Dr.",
    "call",
    "SSN",
    "DOB",
    "case #",
    "Apt",
    "St",
    "Street",
    "123-45-6789",
    "(313) 555-0148",
    "maria@x.org",
    "4410",
    "Maple",
    "03/14/2015",
    "P.O. Box",
    "\n",
    ", ",
    ". ",
    "'s",
    "Jaylen",
    "O'Brien",
    "MRN",
    "4111 1111 1111 1111",
    "https://a.io/x",
    ...Object.values(MARKERS),
  ),
);
const text = fc.array(fragment, { maxLength: 30 }).map((xs) => xs.join(" "));

describe("properties", () => {
  it("spans are in range, ordered and non-overlapping; redaction never throws", () => {
    fc.assert(
      fc.property(text, (t) => {
        const spans = detectPhi(t);
        let last = 0;
        for (const s of spans) {
          expect(s.start).toBeGreaterThanOrEqual(last);
          expect(s.end).toBeGreaterThan(s.start);
          expect(s.end).toBeLessThanOrEqual(t.length);
          last = s.end;
        }
        expect(redact(t).spans).toEqual(expect.any(Array));
      }),
      { numRuns: 300 },
    );
  });

  it("is idempotent", () => {
    fc.assert(
      fc.property(text, (t) => {
        const once = redact(t).text;
        expect(redact(once).text).toBe(once);
      }),
      { numRuns: 300 },
    );
  });

  it("no detected value survives in the output", () => {
    fc.assert(
      fc.property(text, (t) => {
        const r = redact(t);
        for (const s of r.spans) {
          const value = t.slice(s.start, s.end);
          if (value.length >= 6 && !Object.values(MARKERS).some((m) => m.includes(value))) {
            expect(r.text.includes(value) && !t.replace(value, "").includes(value)).toBe(false);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it("spans of redact refer to the original text", () => {
    const t = "Call Maria Lopez at 313-555-0148.";
    const r = redact(t);
    expect(r.spans.map((s) => t.slice(s.start, s.end))).toEqual(["Maria Lopez", "313-555-0148"]);
  });
});

// Guards against catastrophic backtracking; generous bounds, not a speed test.
describe("adversarial input finishes", () => {
  const cases: Array<[string, string]> = [
    ["1 MB of prose", "Maria visited 12 Elm St and called 313-555-0148. ".repeat(21000)],
    ["100,000 digits", "7".repeat(100000)],
    ["digits and separators", "1-2 3.4 (5) ".repeat(20000)],
    ["capitalised words", "Alpha Beta Gamma Delta ".repeat(40000)],
    ["at signs", "a@".repeat(100000)],
    ["whitespace and newlines", `${" \n".repeat(200000)}x`],
    ["letters without boundaries", "A".repeat(300000)],
  ];
  it.each(cases)("%s", (_label, input) => {
    const t0 = performance.now();
    redact(input);
    expect(performance.now() - t0).toBeLessThan(15000);
  });
});
