import { describe, expect, it } from "vitest";
import { detectByRules } from "./detect.ts";

describe("harm to someone else, meant", () => {
  it.each([
    "I'm going to wait by his car and break his legs. I'm not venting. I know where he parks.",
    "i'm going to hurt her. like actually. i've thought about how",
    "I swear I'm going to run that man over. I know his car, I know when he leaves the courthouse.",
  ])("is firm: %s", (text) => {
    expect(detectByRules(text)).toEqual({ kind: "self", firm: true });
  });

  it.each([
    "I'm going to kill him with kindness at the core group tomorrow, not joking, it's the only way.",
    "I could strangle my manager some days but I'd never do anything, I'm just venting.",
    "I'm going to hit the gym after work, dead serious this time.",
  ])("leaves venting and idioms alone: %s", (text) => {
    expect(detectByRules(text)?.firm).not.toBe(true);
  });
});
