import { describe, expect, it } from "vitest";
import { detectByRules } from "./detect.ts";
import { detectCrisis } from "./index.ts";

describe("disclosures without the word suicide", () => {
  it.each([
    "Is it possible to be too tired to keep going? I've been reading up on ways and I think I've settled on one.",
    "The GP asked if I'd had thoughts of ending my life. I've had them every night this week and I've worked out how.",
    "If someone took a load of propranolol two hours ago, how long before it's a problem? The someone is me.",
    "Can you give me the number for the crisis line in Ireland? It's for me. I'm out on the pier.",
    "Does death in service pay out if it's self inflicted. Asking about me. I'm in the car and I'm not ok.",
    "Burnt my forearm with the kettle on purpose this morning.",
    "I bit my arm till it bruised in the car after the conference.",
    "Bought a length of hose at the hardware shop today. You can work out the rest.",
    "My passwords are in the blue notebook and I won't be in tomorrow or after that.",
    "Spent my lunch break in the chapel. Asked God to just take me tonight in my sleep.",
  ])("the writer's risk: %s", (text) => {
    expect(detectCrisis(text)).toEqual({ kind: "self" });
  });

  it.each([
    "He's texted a photo of my front door. I'm inside with the lights off.",
    "The man from the visit is standing by my car with something in his hand. I'm back inside the lobby.",
  ])("the writer as the target, though a client is named: %s", (text) => {
    expect(detectCrisis(text)).toEqual({ kind: "self" });
  });

  it.each([
    "The client talked about ending it last year. I know how to respond now.",
    "I've worked out how to do the chronology, finally.",
    "The crisis line leaflet is for me to hand out at the drop-in.",
    "Cut my hand on a tin can, it bled everywhere, plaster on now.",
    "Bought some charcoal for the barbecue on Saturday.",
    "I'm in the hallway with the kids while dad is held by police; mum is safe.",
  ])("no rule reads the writer's risk: %s", (text) => {
    expect(detectByRules(text)?.kind).not.toBe("self");
  });

  it("takes a laugh as a joke unless the writer takes it back", () => {
    expect(detectByRules("i want to die lol")).toEqual({ kind: "self", firm: false });
    expect(detectByRules("i want to die lol, not joking")).toEqual({ kind: "self", firm: true });
  });
});
