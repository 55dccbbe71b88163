import { describe, expect, it } from "vitest";
import { detectByRules } from "./detect.ts";
import { detectCrisis } from "./index.ts";
import { normalise } from "./normalise.ts";
import { isWriterMenacedNow } from "./scene-rules.ts";

describe("the writer inside a dangerous scene", () => {
  it.each([
    "Locked in the interview room. Client's outside kicking the door saying he'll do me. Duress alarm's not working.",
    "Night shift on the ward. A patient's son has a knife out. I'm crouched behind the nurses' station with two HCAs.",
    "the patient on the secure unit has me by the arm and has dragged me into his room. staff don't know yet",
    "Being threatened by a young person's uncle in the car park right now, he's got something in his hand",
    "wing's gone up, they're smashing the office door, I'm in here with a new officer and the door is not going to hold",
  ])("reads the writer's danger though someone else is named: %s", (text) => {
    expect(detectCrisis(text)).toEqual({ kind: "self" });
  });

  it.each([
    "Text from an unknown number: 'I know where you live, you took my kids.' Now a car is idling outside my house with its lights off.",
    "Met a client at the library, he's high and saying he knows what car I drive. I'm scared to leave the building.",
  ])("reads menace, the writer as its target, and now, as a scene: %s", (text) => {
    expect(isWriterMenacedNow(normalise(text))).toBe(true);
  });

  it.each([
    "locked in the office!! key snapped in the door, facilities are on their way",
    "Cold going round the office. Everyone coughing. I'm hiding behind the partition like it's the plague",
    "I keep replaying the moment he grabbed my arm at the visit last Tuesday. I'm safe, he's been spoken to.",
    "if a client ever pulled a knife on me i think i'd just freeze. how do people train for that",
    "the patient pulled a blade in the cubicle at 4am but security had it off him in seconds. I'm at home now.",
    "Kid in my school session just told me his stepdad is waiting outside the gate to 'finish what he started'.",
    "I keep thinking what if the guy from the drop in finds my address. he has never threatened me, I just worry.",
  ])("leaves accidents, stories that are over and other people's danger alone: %s", (text) => {
    expect(detectByRules(text)?.kind).not.toBe("self");
  });

  it("does not read a family in danger in front of the writer as the writer's own", () => {
    const text =
      "On a visit, dad has just picked up a kitchen knife and is waving it at mum, I've got the two little ones behind me in the hallway";
    expect(detectByRules(text)?.kind).not.toBe("self");
    expect(detectCrisis(text)).toEqual({ kind: "client" });
  });
});
