import { describe, expect, it } from "vitest";
import { combine, detectByRules } from "./detect.ts";
import { CRISIS_RESOURCES, detectCrisis } from "./index.ts";

// Messages the product must flag as the writer's own risk, including indirect and slang forms.
const SELF = [
  "I've been thinking about killing myself.",
  "kms",
  "honestly i just want to unalive myself",
  "I don't want to be here anymore.",
  "Everyone would be better off without me.",
  "I've been stockpiling my pills.",
  "I want to hurt him.",
  "I'm not safe at home tonight.",
  "He's outside with a gun.",
  "I want to die.",
  "i wanna die tbh",
  "I wish I could go to sleep and not wake up.",
  "I hope I don’t wake up tomorrow.",
  "I've been having passive SI again.",
  "Feeling suicidal again.",
  "I've been cutting again.",
  "I keep thinking about driving into oncoming traffic.",
  "I can't stop thinking about killing myself.",
  "I'm not okay. I want to die.",
  "I'm not suicidal, but I want to die.",
  "I used to self-harm in college, but I've been cutting myself again this week.",
  "My partner said he'll kill me if I leave.",
  "The client pulled a knife on me and I'm hiding in my car.",
  "I'm scared I'll hurt my baby.",
  "I tried to kill myself last night.",
  "I wrote a suicide note.",
  "I k1ll myself in my head every day",
  "thinking about sewer slide ngl",
  "I don't see the point in living.",
];

// Imminent danger to a client, happening now.
const CLIENT = [
  "My client just told me she has the pills in her hand right now.",
  "The child is alone with him now and he's threatening.",
  "Client texted that he is on the bridge.",
  "I'm on the phone with a client who says she's going to kill herself tonight.",
  "Mom just called, dad is beating her right now.",
  "My client is threatening to jump.",
  "Client just swallowed a handful of pills in the waiting room.",
  "Client just texted me. He says he has a rope.",
  "She's on the phone with me and I can hear him hitting her.",
];

// Professional discussion, idioms, grief, the past, hypotheticals: none of these is a crisis.
const TRAPS = [
  "We did a risk assessment last week.",
  "Client has a history of self-harm, now stable.",
  "We reviewed her safety plan from last year.",
  "I went to a training on suicide assessment today.",
  "This job is killing me.",
  "Kill two birds with one stone.",
  "I could murder a coffee.",
  "Dying to see the results.",
  "My feet are killing me.",
  "I'm dead tired.",
  "The deadline is killing me.",
  "My client died last month and I keep thinking about it.",
  "I grieve for the family.",
  "Client denies SI/HI.",
  "How do I respond when a client says 'I want to die'?",
  "My client said last session that she sometimes wishes she were dead.",
  "I'm not suicidal, just exhausted.",
  "I don't want to die, I just want a vacation.",
  "I was suicidal years ago, but therapy helped.",
  "I cut myself chopping onions.",
  "I'm killing myself trying to meet these deadlines.",
  "I'm going to kill my coworker if she microwaves fish again.",
  "My supervisor would kill me if I missed another deadline.",
  "I don't feel safe doing home visits alone in that neighbourhood.",
  "The client has a gun license and we discussed safe storage.",
  "In the role play, the client was on a bridge and I had to talk her down.",
  "If a client texted that he was on the bridge, what would you do first?",
  "My client is on the bridge housing program.",
  "A client overdosed last year and I still think about it.",
  "She said she was going to jump at the chance.",
  "My supervisor is threatening to write me up.",
  "I hope I don't wake up with a migraine again.",
  "",
  "   ",
];

describe("detectCrisis", () => {
  it.each(SELF)("flags personal risk: %s", (text) => {
    expect(detectCrisis(text)).toEqual({ kind: "self" });
  });

  it.each(CLIENT)("flags a client in danger now: %s", (text) => {
    expect(detectCrisis(text)).toEqual({ kind: "client" });
  });

  it.each(TRAPS)("does not flag: %s", (text) => {
    expect(detectCrisis(text)).toBeNull();
  });

  it("prefers self when a message holds both kinds", () => {
    const text = "My client is on the bridge right now. Honestly I want to die too.";
    expect(detectCrisis(text)).toEqual({ kind: "self" });
  });

  it("finds risk after a negated clause and in a later sentence", () => {
    expect(detectCrisis("I would never hurt a client. But lately I want to die.")).toEqual({ kind: "self" });
  });

  it("reads curly quotes, capitals and extra whitespace", () => {
    expect(detectCrisis("I  DON\u2019T \t want to be ALIVE")).toEqual({ kind: "self" });
    // A line break ends a thought, so negation does not leak from one line into the next.
    expect(detectCrisis("I am not okay\nI want to die")).toEqual({ kind: "self" });
  });

  it("is pure: same input, same answer, no shared state between calls", () => {
    const text = "I have thoughts of hurting someone.";
    const first = detectCrisis(text);
    for (let i = 0; i < 5; i++) detectCrisis("I cut myself chopping onions.");
    expect(detectCrisis(text)).toEqual(first);
  });
});

describe("rule layer wording", () => {
  it("spells out emoji and slang for means and self-harm", () => {
    expect(detectByRules("ready to kermit tbh")).toEqual({ kind: "self", firm: true });
    expect(detectByRules("used the compass from the pencil case on my wrist")).toEqual({
      kind: "self",
      firm: true,
    });
    expect(detectByRules("s/h'd at work today, in the loo")?.kind).toBe("self");
    expect(detectByRules("he's outside the office shouting that he'll do me in")?.kind).toBe("self");
  });

  it("makes an explicit phrase loose, not firm, when laughter sits beside it", () => {
    // Authors disagree about "lol kms this report": the rules still fire, the model may veto.
    expect(detectByRules("lol kms this report")).toEqual({ kind: "self", firm: false });
    expect(detectByRules("i wanna die 😂 the kids stuck googly eyes on everything")).toEqual({
      kind: "self",
      firm: false,
    });
    expect(detectByRules("i wanna die. everything is too much")).toEqual({ kind: "self", firm: true });
  });

  it("reads acts, provisions and dangers said without the usual words", () => {
    const cases: [text: string, kind: "self" | "client" | null][] = [
      ["took maybe thirty of the amitriptyline before i sat down to write this", "self"],
      ["stomach hurts from the 25 paracetamol, whatever", "self"],
      ["swallowed whatever was in the bathroom cabinet", "self"],
      ["pressed a lit cigarette against my wrist after the strategy meeting", "self"],
      ["the belt is tied to the loft hatch already", "self"],
      ["the letters for the kids are on the kitchen table", "self"],
      ["chose the songs for my own funeral last night", "self"],
      ["asked my brother to mind my dogs if anything happens", "self"],
      ["i wish the overdose had killed me", "self"],
      ["honestly not sure i will still be around for the next supervision", "self"],
      ["would anybody even notice if i just disappeared", "self"],
      ["finished after this shift. not with the job. with everything", "self"],
      ["he's stood between me and the front door and the kids are upstairs", "self"],
      ["a crowd have surrounded my car and they are banging on the windows", "self"],
      ["my co-worker went out at 1, due back at 2, it's 4 and her phone is off", "client"],
      ["the lone worker alarm for my student just went off at the flat", "client"],
      ["the 15yo in my office says she's going to walk into traffic when she leaves", "client"],
      ["man i support just texted he's at the bridge and is going to jump", "client"],
      ["took 2 ibuprofen for my headache and carried on", null],
      ["my colleague isn't answering my emails about the rota", null],
      ["left the dog with my neighbour while i'm on the residential", null],
      ["not sure i'll be around for the next team meeting, i've got the secondment!", null],
      ["the referral letter is in the post", null],
      ["when i was 16 i took 30 paracetamol, i'm well now", null],
      ["ive decided. saturday, once the last visits are written up", "self"],
      ["lay awake working out how long it would take for anyone to notice", "self"],
      ["relapsed into the cutting after four years clean", "self"],
      [
        "our night duty worker has not checked in since midnight and the family has a warning marker",
        "client",
      ],
      ["i've decided. friday is the day i hand my notice in", null],
      ["the dog chased me down the path, laughing about it now", null],
      ["swallowed the whole packet twenty minutes ago and feel sick", "self"],
      ["my brother is the only reason i am still here", "self"],
      ["hoping not to wake up the baby when i get in", null],
      ["jas went out to a home visit at ten, it's three now and her phone is off", "client"],
    ];
    for (const [text, kind] of cases) expect(detectByRules(text)?.kind ?? null, text).toBe(kind);
  });

  it("leaves everyday hyperbole alone", () => {
    expect(detectByRules("i'm killing myself with all this caffeine, 6 coffees by noon")).toBeNull();
    expect(detectByRules("i'm going to hurt myself laughing at this training video")).toBeNull();
    expect(detectByRules("the film was so cringe i wanted to die")).toBeNull();
  });
});

describe("combine (rules + model)", () => {
  const cut = { thresholds: [0.8, 0.6] as const, veto: 0.15 };
  const self = { kind: "self" as const, firm: false };
  const client = { kind: "client" as const, firm: false };

  it("lets the model fire alone only above its per-kind threshold", () => {
    expect(combine(null, { self: 0.79, client: 0 }, cut)).toBeNull();
    expect(combine(null, { self: 0.8, client: 0 }, cut)).toEqual({ kind: "self" });
    expect(combine(null, { self: 0.1, client: 0.6 }, cut)).toEqual({ kind: "client" });
  });

  it("reads the model's client as the writer's risk when the wording says the writer is the target", () => {
    expect(combine(null, { self: 0.1, client: 0.6 }, cut, true)).toEqual({ kind: "self" });
    expect(combine(client, { self: 0.1, client: 0.6 }, cut, true)).toEqual({ kind: "client" });
    expect(combine(null, { self: 0.1, client: 0.5 }, cut, true)).toBeNull();
  });

  it("vetoes a loose rule hit only when the model is nearly sure the message is safe", () => {
    expect(combine(self, { self: 0.1, client: 0.01 }, cut)).toBeNull();
    expect(combine(self, { self: 0.2, client: 0 }, cut)).toEqual({ kind: "self" });
  });

  it("never vetoes a firm rule, however safe the model thinks the message is", () => {
    expect(combine({ kind: "self", firm: true }, { self: 0, client: 0 }, cut)).toEqual({ kind: "self" });
    // The model's own reading of a long, work-heavy message must not silence "i want to die".
    const long =
      "Three visits, a core group and a fight with the duty manager, and the whole time all I could think was that I want to die.";
    expect(detectByRules(long)).toEqual({ kind: "self", firm: true });
    expect(detectCrisis(long)).toEqual({ kind: "self" });
  });

  it("corrects who is at risk only when the model is sure of the other kind", () => {
    expect(combine(client, { self: 0.85, client: 0.1 }, cut)).toEqual({ kind: "self" });
    expect(combine(self, { self: 0.05, client: 0.95 }, cut)).toEqual({ kind: "client" });
    expect(combine(self, { self: 0.3, client: 0.65 }, cut)).toEqual({ kind: "self" });
    expect(combine({ kind: "self", firm: true }, { self: 0, client: 1 }, cut)).toEqual({ kind: "self" });
  });
});

describe("CRISIS_RESOURCES", () => {
  it("lists 988, Crisis Text Line and 911 with working links", () => {
    const byId = Object.fromEntries(CRISIS_RESOURCES.map((r) => [r.id, r]));
    expect(byId["988"]).toMatchObject({ name: "988 Suicide & Crisis Lifeline", href: "tel:988" });
    expect(byId["988"]?.action).toMatch(/call or text 988/i);
    expect(byId["crisis-text-line"]).toMatchObject({
      name: "Crisis Text Line",
      href: "sms:741741?&body=HOME",
    });
    expect(byId["crisis-text-line"]?.action).toMatch(/HOME to 741741/);
    expect(byId["911"]).toMatchObject({ name: "911 Emergency services", href: "tel:911" });
    for (const r of CRISIS_RESOURCES) expect(r.description.length).toBeGreaterThan(20);
  });

  it("cannot be changed at run time", () => {
    expect(Object.isFrozen(CRISIS_RESOURCES)).toBe(true);
    expect(CRISIS_RESOURCES.every((r) => Object.isFrozen(r))).toBe(true);
  });
});
