import { describe, expect, it } from "vitest";
import { buildSystemPrompt, SYSTEM_PROMPT_VERSION, TITLE_PROMPT } from "./prompts.ts";

const words = (s: string) => s.split(/\s+/).filter(Boolean).length;

describe("buildSystemPrompt", () => {
  const base = buildSystemPrompt({});

  it("has a dated version", () => {
    expect(SYSTEM_PROMPT_VERSION).toMatch(/^\d{4}-\d{2}-\d{2}\.\d+$/);
  });

  it.each([
    ["role", /reflective-practice companion for professional social workers/],
    ["warmth", /warm, curious/],
    ["one or two questions", /one or two good, open questions/],
    ["Gibbs", /Gibbs/],
    ["Kolb", /Kolb/],
    ["Schön", /Schön/],
    ["Driscoll now what", /Driscoll's "Now what\?"/],
    ["no lecturing", /without lecturing/],
    ["service", /service/],
    ["social justice", /social justice/],
    ["dignity", /dignity and worth of the person/],
    ["relationships", /importance of human relationships/],
    ["integrity", /integrity/],
    ["competence", /competence/],
    ["no diagnosis", /Never diagnose/],
    ["no directives", /clinical, medical or legal directives/],
    ["supervision", /supervision/],
    ["patterns over details", /patterns, themes/],
    ["privacy markers", /\[name removed for privacy\].*placeholder; never ask for the removed detail/s],
    ["not a crisis service", /not a crisis service/],
  ])("commits to %s", (_name, re) => {
    expect(base).toMatch(re);
  });

  it("adds no crisis resources without a crisis", () => {
    expect(base).not.toContain("741741");
    expect(buildSystemPrompt({ crisis: null })).toBe(base);
  });

  it("self crisis: supportive first, 988, 741741, 911", () => {
    const p = buildSystemPrompt({ crisis: "self" });
    expect(p.startsWith(base)).toBe(true);
    expect(p).toMatch(/warmth first/);
    expect(p).toMatch(/call or text 988/);
    expect(p).toMatch(/text HOME to 741741/);
    expect(p).toMatch(/911/);
  });

  it("client crisis: agency protocol and 911 now", () => {
    const p = buildSystemPrompt({ crisis: "client" });
    expect(p).toMatch(/call 911 now/);
    expect(p).toMatch(/agency's emergency protocol/);
    expect(p).toMatch(/988/);
    expect(p).toMatch(/741741/);
  });

  it("stays tight", () => {
    for (const crisis of [null, "self", "client"] as const) {
      expect(words(buildSystemPrompt({ crisis }))).toBeLessThanOrEqual(500);
    }
  });
});

describe("TITLE_PROMPT", () => {
  it("asks for a short, de-identified title", () => {
    expect(TITLE_PROMPT).toMatch(/60 characters/);
    expect(TITLE_PROMPT).toMatch(/no names/);
    expect(TITLE_PROMPT).toMatch(/privacy markers/);
  });
});
