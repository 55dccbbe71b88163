import { readdirSync, readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { detectCrisis } from "./detect.ts";

const MB = 1_000_000;

function timed(text: string): number {
  const started = performance.now();
  detectCrisis(text);
  return performance.now() - started;
}

describe("large and adversarial input", () => {
  // Shapes chosen to stress the regexes and the segmenter: no spaces, one-word clauses, repeated
  // pattern prefixes that never complete, and dense real matches.
  const shapes: Record<string, string> = {
    prose: "I had a long day at the home visit and the paperwork is endless. ".repeat(MB / 65),
    "no spaces": "a".repeat(MB),
    "pattern prefixes": "i want to i wish i i am not i have been ".repeat(MB / 40),
    "one-word clauses": "i, ".repeat(MB / 3),
    "full stops": ". ".repeat(MB / 2),
    "suppressed hits": "i nearly killed myself tripping, ".repeat(MB / 33),
    // Dense anchors for the concept scores: every word is a means or a death idea.
    "concept anchors": "pills bridge rope dead gone forever ".repeat(MB / 36),
    "suppressed anchors": "my client has pills and is on the bridge right now, ".repeat(MB / 52),
    "idioms only": "dying to know, dead tired, kill two birds; ".repeat(MB / 42),
    "unicode and quotes": "\u201cI\u2019m\u201d \u00e9\u00e8 \u{1f600} ".repeat(MB / 12),
    // Every sentence relays someone's risky words, and quotes that never close.
    "relayed quotes": "she texted 'i want to die' just now, ".repeat(MB / 36),
    "unclosed quotes": "he said 'i ".repeat(MB / 11),
  };

  it.each(Object.entries(shapes))("finishes 1 MB of %s in linear time", (_name, text) => {
    expect(timed(text)).toBeLessThan(15_000);
  });

  it("grows linearly: 10x the input costs far less than 100x the time", () => {
    const unit = "I keep thinking about the client, honestly it was a hard visit; ";
    timed(unit.repeat(100)); // warm up the JIT
    const small = timed(unit.repeat(1_500));
    const large = timed(unit.repeat(15_000));
    expect(large / Math.max(small, 1)).toBeLessThan(40);
  });

  it("still finds a risk phrase at the end of a megabyte", () => {
    expect(detectCrisis(`${"Notes from the visit. ".repeat(MB / 22)}I want to die.`)).toEqual({
      kind: "self",
    });
  });
});

describe("property: never throws, always a valid answer", () => {
  const vocabulary = fc.constantFrom(
    "i",
    "me",
    "my",
    "not",
    "never",
    "kill",
    "myself",
    "die",
    "want",
    "to",
    "client",
    "is",
    "on",
    "the",
    "bridge",
    "right now",
    "last year",
    "pills",
    "gun",
    "he",
    "she",
    "said",
    "kms",
    ",",
    ".",
    "'",
    "\u2019",
    "\n",
    "SI",
    "lol",
    "if",
    "when",
    "training",
    "safe",
    "hurt",
    "him",
    "again",
  );
  const sentence = fc.array(vocabulary, { maxLength: 40 }).map((words) => words.join(" "));

  it("for arbitrary strings", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 400 }), (text) => {
        const r = detectCrisis(text);
        expect(r === null || r.kind === "self" || r.kind === "client").toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it("for word salad built from risk vocabulary", () => {
    fc.assert(
      fc.property(sentence, (text) => {
        const r = detectCrisis(text);
        expect(r === null || r.kind === "self" || r.kind === "client").toBe(true);
        expect(detectCrisis(text)).toEqual(r);
      }),
      { numRuns: 600 },
    );
  });
});

describe("isomorphic module", () => {
  const dir = new URL("./", import.meta.url);
  const sources = readdirSync(dir).filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"));

  it.each(sources)("%s uses no node: imports, process or globals of the server", (file) => {
    const code = readFileSync(new URL(file, dir), "utf8");
    expect(code).not.toMatch(/from\s+["']node:|import\(\s*["']node:|require\(/);
    expect(code).not.toMatch(/\bprocess\.|\bBuffer\b|__dirname/);
  });
});
