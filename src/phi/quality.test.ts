// Quality on the social-work holdout (never tuned on), the generated lexicon's freshness, and the
// engine's isomorphism (no node: imports, no environment reads). These tests read files; the engine never does.
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildLexiconSource } from "../../bench/phi-lexicon.ts";
import { detectPhi } from "./index.ts";
import { type GoldMessage, precision, recall, scoreMessages } from "./score.ts";

const read = (rel: string) => readFileSync(new URL(rel, import.meta.url), "utf8");

describe("quality on the social-work holdout", () => {
  const msgs = read("../../bench/corpus/social-work-holdout.jsonl")
    .trim()
    .split("\n")
    .map((l) => JSON.parse(l) as GoldMessage);
  const score = scoreMessages(msgs, (m) => detectPhi(m.text));
  it("has enough messages", () => expect(msgs.length).toBeGreaterThan(100));
  it("recall >= 0.95", () => expect(recall(score.overall)).toBeGreaterThanOrEqual(0.95));
  it("precision >= 0.90", () => expect(precision(score.overall)).toBeGreaterThanOrEqual(0.9));
  it("recall >= 0.99 for emails and SSNs", () => {
    for (const t of ["email", "ssn"]) expect(recall(score.byType[t]!), t).toBeGreaterThanOrEqual(0.99);
  });
});

describe("generated data", () => {
  it("src/phi/data/lexicon.ts matches bench/phi-lexicon.ts", () => {
    expect(read("./data/lexicon.ts") === buildLexiconSource()).toBe(true);
  }, 60000);
});

describe("isomorphic engine", () => {
  it("has no node: imports, require or environment reads outside tests", () => {
    const dir = new URL("./", import.meta.url);
    const files = readdirSync(dir, { recursive: true, encoding: "utf8" }).filter(
      (f) => f.endsWith(".ts") && !f.endsWith(".test.ts"),
    );
    expect(files.length).toBeGreaterThan(5);
    for (const f of files) {
      const src = readFileSync(new URL(f, dir), "utf8");
      expect(src, f).not.toMatch(/from\s+["']node:|import\(["']node:|\brequire\(|process\.env/);
    }
  });
});
