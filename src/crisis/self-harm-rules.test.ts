import { describe, expect, it } from "vitest";
import { detectByRules } from "./detect.ts";

describe("self-harm told as done, or back", () => {
  it.each([
    "I'm a support worker and I self-harmed in the staff room today. Used a safety pin. Nobody saw.",
    "im really struggling, i've been self harming again for about 3 weeks",
    "Burning myself with hot teaspoons again. It's become a nightly thing.",
    "i slapped myself hard in the face over and over in the work loo after the allegation meeting",
    "skipping meals as punishment whenever i get a case wrong. today i got it wrong so no dinner",
    "sh counter: back to 0 days. third reset this month",
    "The self-harm's back, a couple of times a week, burns mostly.",
    "How do I hide fresh cuts on my thighs at my occupational health check next week?",
    "supervisor noticed the plasters. i said cat scratches. we don't have a cat",
  ])("is firm: %s", (text) => {
    expect(detectByRules(text)).toEqual({ kind: "self", firm: true });
  });

  it.each([
    "I self-harmed through my teens. I'm fine now, it just comes up when the kids talk about it.",
    "I feel like I'm banging my head against a brick wall with housing. third time I've chased this referral",
    "Cut my hand on a tin again, so clumsy this week.",
    "hit my head on the cupboard again, ouch",
    "picking my skin when I'm anxious again",
    "the scratches on my arms are from the cat, she hates the vet",
    "Self-harm in the unit has gone down since the new key workers started.",
    "Not eating after 8pm as part of my diet plan, the dietitian set it.",
  ])("leaves histories, idioms and accidents alone: %s", (text) => {
    expect(detectByRules(text)?.firm).not.toBe(true);
  });
});
