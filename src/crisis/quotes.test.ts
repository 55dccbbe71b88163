import { describe, expect, it } from "vitest";
import { detectByRules, modelText } from "./detect.ts";
import { findOtherQuotes, inThirdPerson, withoutQuotes } from "./quotes.ts";

const contents = (text: string) => findOtherQuotes(text).map((q) => q.content);

describe("findOtherQuotes", () => {
  it("finds words relayed from someone else, in any quote style", () => {
    expect(
      contents("jayden (15) texted me 'sorry for everything. unaliving myself now' and he's gone quiet"),
    ).toEqual(["sorry for everything. unaliving myself now"]);
    expect(contents('msg from client "kms tonight, got the pills"')).toEqual(["kms tonight, got the pills"]);
    expect(contents("she's sending \u2018i can\u2019t do this\u2019 over and over")).toEqual([
      "i can\u2019t do this",
    ]);
    // Apostrophes inside words neither open nor close a quote.
    expect(contents("she replied 'i'm done, i've taken them' and logged off")).toEqual([
      "i'm done, i've taken them",
    ]);
  });

  it("leaves the writer's own words and thoughts alone", () => {
    expect(contents("i texted my sister 'i want to die' and turned my phone off")).toEqual([]);
    expect(contents("keep thinking 'if i crashed tomorrow nobody would care'")).toEqual([]);
    expect(contents("the voices keep saying 'just end it'")).toEqual([]);
    expect(contents("the lads' changing room is a mess")).toEqual([]);
  });

  it("treats a quoted song line or phrase as someone else's words", () => {
    expect(contents("that song that goes 'i don't wanna live forever' was on again")).toHaveLength(1);
  });

  it("stays linear on long unbalanced input", () => {
    const text = `she said '${"a".repeat(200_000)}`;
    const started = performance.now();
    findOtherQuotes(text);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

describe("rewriting quotes", () => {
  const text = "client texted 'i took them all, i'm sorry' ten minutes ago";
  const quotes = findOtherQuotes(text);

  it("removes them from the writer's own words", () => {
    expect(withoutQuotes(text, quotes)).toBe("client texted  (message)  ten minutes ago");
  });

  it("puts them in the third person for the model", () => {
    expect(inThirdPerson(text, quotes)).toBe(
      "client texted 'she took them all, she is sorry' ten minutes ago",
    );
    expect(modelText(text)).toContain("she took them all");
  });
});

describe("quoted risk in the detector", () => {
  it("reads a young person's message sent just now as the client's emergency", () => {
    expect(detectByRules("jayden texted me 'unaliving myself now' and he's not picking up")).toEqual({
      kind: "client",
      firm: false,
    });
    expect(detectByRules("young person just messaged 'im gonna kms tonight ive got the rope'")).toEqual({
      kind: "client",
      firm: false,
    });
  });

  it("does not read an old or joking quote as anyone's emergency", () => {
    expect(detectByRules("in 2018 a girl texted me 'i want to die' at 2am. she's a nurse now.")).toBeNull();
    expect(
      detectByRules("my 15yo said 'im gonna kms' when her phone died mid session then laughed and said 'jk'"),
    ).toBeNull();
  });

  it("still reads the writer's own words outside the quote", () => {
    expect(detectByRules("she texted 'see you tuesday'. honestly i want to die tonight")).toEqual({
      kind: "self",
      firm: true,
    });
  });

  it("still sees a threat quoted from the person making it", () => {
    expect(detectByRules("my ex just texted he is 'coming to kill me' and he is outside now")?.kind).toBe(
      "self",
    );
  });
});
