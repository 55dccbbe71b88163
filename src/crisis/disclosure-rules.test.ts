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
    "Drafted my resignation and a note for Dan. Only one of them is about work.",
    "I made a will this week and arranged my funeral with the church. I'm 31. I'm not sick.",
    "Gave my plants away to the nurses on 4 East today. I'm not going on vacation.",
    "The family I worked with, the baby died in January. I think I should die too, is only fair.",
    "Short one today. Thought about dying pretty much all day. Did my visits on autopilot.",
    "Feeling weirdly happy today now I know I'll be dead by Friday.",
    "Took the whole blister pack twenty minutes ago. Feeling sleepy. Don't call anyone.",
    "How long does a paracetamol overdose take? I know what we tell clients, but I need to know for me.",
    "Can you overdose on propranolol. Not for a client.",
    "belt round the bannister. just testing it holds. it holds",
    "ideation is back. passive mostly but it's getting less passive by the day",
    "the voice says i should end it and today i kind of agree with it",
    "Signed the truck title over to my son today. Graduation's in May. I won't see May.",
    "I feel peaceful. I stopped fighting and just chose a day. Wednesday.",
    "My therapist had me write a list of reasons to stay. Tonight I crossed off the last one.",
    "swallowed what was left of dads meds. an hour ago",
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
    "Made a will this week because we've bought a house. Feels very grown up.",
    "Updated my pension beneficiaries after the divorce; HR were lovely about it.",
    "my kids say 'if I should die before I wake' in their bedtime prayer",
    "What's a lethal dose of paracetamol? Not for a client, for my essay on overdose pathways.",
    "I've picked the spot for the team away day, a barn near the river.",
    "I've picked the date: our wedding will be 14 June!",
    "The young person's ideation is back, so we've stepped the safety plan up.",
    "I'm in the hallway with the kids while dad is held by police; mum is safe.",
  ])("no rule reads the writer's risk: %s", (text) => {
    expect(detectByRules(text)?.kind).not.toBe("self");
  });

  it("takes a laugh as a joke unless the writer takes it back", () => {
    expect(detectByRules("i want to die lol")).toEqual({ kind: "self", firm: false });
    expect(detectByRules("i want to die lol, not joking")).toEqual({ kind: "self", firm: true });
  });
});
