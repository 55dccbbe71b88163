import { describe, expect, it } from "vitest";
import { chunkWords, classifyTopic, composeReply, createOfflineGuide } from "./offline-guide.ts";
import { OPENERS, STAGES } from "./offline-guide-text.ts";
import { type ChatMessage, ProviderError, type ReplyRequest } from "./provider.ts";

const guide = createOfflineGuide();
const user = (content: string): ChatMessage => ({ role: "user", content });

async function collect(request: ReplyRequest): Promise<string[]> {
  const out: string[] = [];
  for await (const chunk of guide.streamReply(request)) out.push(chunk);
  return out;
}

/** Plays a conversation through the guide, feeding each reply back as history. */
function converse(turns: string[]): string[] {
  const history: ChatMessage[] = [];
  return turns.map((t) => {
    history.push(user(t));
    const reply = composeReply({ messages: history });
    history.push({ role: "assistant", content: reply });
    return reply;
  });
}

describe("classifyTopic", () => {
  it.each([
    ["hi", "greeting"],
    ["Good morning!", "greeting"],
    ["ok", "greeting"],
    ["Thanks, that helped a lot.", "closing"],
    ["How does this app work?", "app_question"],
    ["Is this private? Who can see my conversations?", "app_question"],
    ["Are you an AI?", "app_question"],
    ["I feel so anxious and I can't stop thinking about it.", "feelings"],
    ["I'm heartbroken and keep crying at night.", "feelings"],
    ["Had a home visit with [name removed for privacy] and the dad walked in shouting.", "incident"],
    ["The court hearing this morning was chaos, the parent showed up late.", "incident"],
    ["Should I tell the foster parents? She asked me to keep it confidential.", "ethics"],
    ["Is it okay to accept a gift from a family? I'm torn between kindness and boundaries.", "ethics"],
    ["My caseload is 38 and the paperwork never ends. I'm burned out.", "workload"],
    ["I'm exhausted, I worked overtime again and I'm behind on documentation.", "workload"],
    ["My supervisor keeps cancelling supervision and my team is tense.", "supervision"],
    ["I had a hard conversation with my manager about feedback.", "supervision"],
    ["The family reunified today and I'm so proud. It went really well!", "success"],
    ["Small win: she finally agreed to the referral.", "success"],
    ["Something keeps coming back to me and I want to think it through.", "general"],
  ])("%s → %s", (text, topic) => {
    expect(classifyTopic(text)).toBe(topic);
  });
});

describe("composeReply", () => {
  it("is deterministic: same input, same output", () => {
    const messages = [user("I'm so frustrated with my caseload and all the paperwork.")];
    expect(composeReply({ messages })).toBe(composeReply({ messages }));
  });

  it("varies wording across different messages", () => {
    const replies = new Set(
      [
        "I feel sad.",
        "I feel anxious today.",
        "I feel so hurt by that.",
        "I felt awful after.",
        "I feel lonely at work.",
      ].map((t) => composeReply({ messages: [user(t)] })),
    );
    expect(replies.size).toBeGreaterThan(1);
  });

  it("welcomes a greeting and explains itself when asked", () => {
    expect(composeReply({ messages: [user("hello")] })).toMatch(/reflect/);
    expect(composeReply({ messages: [user("What are you?")] })).toMatch(
      /offline reflection guide.*not a crisis service/s,
    );
  });

  it("opens with a topic question and moves through the stages toward 'Now what?'", () => {
    const replies = converse([
      "I had a home visit today that went badly; the parent shouted at me.",
      "I'm not sure yet.",
      "I guess I froze.",
      "Maybe I was tired.",
      "I could have slowed down.",
      "I'd take someone with me next time.",
    ]);
    const stageOf = (reply: string) => STAGES.findIndex((pool) => pool.some((q) => reply.includes(q)));
    expect(OPENERS.incident.some((q) => replies[0]?.includes(q))).toBe(true);
    expect(replies.slice(1).map(stageOf)).toEqual([0, 1, 2, 3, 4]);
    expect(replies[5]).toMatch(/supervision|colleague/);
  });

  it("asks at most two questions", () => {
    for (const reply of converse([
      "My supervisor ignores me.",
      "yes",
      "no",
      "maybe",
      "hm",
      "ok then",
      "right",
    ])) {
      expect((reply.match(/\?/g) ?? []).length).toBeLessThanOrEqual(2);
    }
  });

  it("names a NASW value when the dilemma touches it", () => {
    const reply = composeReply({
      messages: [
        user("She wants to go back to him. It's her choice, but I'm torn about whether to push back."),
      ],
    });
    expect(reply).toMatch(/NASW value of \*\*dignity and worth of the person\*\*/);
  });

  it("never echoes the user's words and never asks for removed details", () => {
    const text =
      "Visited Marguerite Okonkwo at [address removed for privacy]; her son [name removed for privacy] threatened me.";
    const reply = composeReply({ messages: [user(text)] });
    expect(reply).not.toMatch(/Marguerite|Okonkwo|threatened/);
    expect(reply).toMatch(/removed for privacy — that's fine/);
    expect(reply).not.toMatch(/what (is|was) (the|their|her|his) (name|address)/i);
  });

  it("crisis (self): supportive first, then 988, 741741 and 911", () => {
    const reply = composeReply({ messages: [user("I can't do this anymore.")], crisis: "self" });
    expect(reply.split("\n")[0]).toMatch(/glad you told me/);
    expect(reply).toMatch(/988/);
    expect(reply).toMatch(/HOME to 741741/);
    expect(reply).toMatch(/911/);
    expect(reply).toMatch(/not a crisis service/);
  });

  it("crisis (client): 911 now and the agency's protocol", () => {
    const reply = composeReply({
      messages: [user("My client said he has a gun and a plan.")],
      crisis: "client",
    });
    expect(reply).toMatch(/call 911 now/);
    expect(reply).toMatch(/agency's emergency protocol/);
    expect(reply).toMatch(/988/);
    expect(reply).toMatch(/741741/);
  });
});

describe("streamReply", () => {
  it("streams word-sized chunks that add up to the whole reply", async () => {
    const request = { messages: [user("I feel guilty about a decision I made.")] };
    const chunks = await collect(request);
    expect(chunks.length).toBeGreaterThan(10);
    expect(chunks.join("")).toBe(composeReply(request));
    for (const c of chunks) expect(c.trim().split(/\s+/)).toHaveLength(1);
  });

  it("stops when the signal is aborted", async () => {
    const controller = new AbortController();
    const out: string[] = [];
    for await (const chunk of guide.streamReply({
      messages: [user("I'm exhausted.")],
      signal: controller.signal,
    })) {
      out.push(chunk);
      if (out.length === 3) controller.abort();
    }
    expect(out).toHaveLength(3);
    expect(await collect({ messages: [user("hi")], signal: AbortSignal.abort() })).toEqual([]);
  });

  it("identifies itself", () => {
    expect(guide.name).toBe("offline-guide");
  });

  it("chunkWords keeps whitespace and newlines", () => {
    const text = "One two\n\nthree  four";
    expect(chunkWords(text).join("")).toBe(text);
  });
});

describe("generateTitle", () => {
  const title = (userMessage: string) => guide.generateTitle({ userMessage, assistantMessage: "" });

  it.each([
    ["Had a tough home visit today, the mom was really upset.", "Reflecting on a difficult home visit"],
    ["Is it okay to accept a gift from a client's family?", "Thinking through a boundary question"],
    ["I'm drowning in paperwork and documentation.", "When the paperwork piles up"],
    ["We reunified the family today, it went really well!", "Reflecting on something that went well"],
    ["hi", "New reflection"],
  ])("%s → %s", async (text, expected) => {
    expect(await title(text)).toBe(expected);
  });

  it("never carries names, markers or other words from a PHI-laden message", async () => {
    const text =
      "[name removed for privacy] (DOB [date of birth removed for privacy]) called from [phone number removed for privacy]; Rosalind Achterberg at [address removed for privacy] says case [case number removed for privacy] is closing.";
    const t = await title(text);
    expect(t.length).toBeLessThanOrEqual(60);
    expect(t).not.toMatch(/removed|privacy|\[|Rosalind|Achterberg|DOB|case number|phone/i);
  });

  it("stays short and marker-free for any theme", async () => {
    const samples = [
      "I feel guilty",
      "my supervisor yelled at me",
      "I'm burned out",
      "court was awful",
      "I want to die",
      "",
      "x".repeat(500),
    ];
    for (const s of samples) {
      const t = await title(s);
      expect(t.length).toBeGreaterThan(0);
      expect(t.length).toBeLessThanOrEqual(60);
      expect(t).not.toMatch(/removed for privacy/);
    }
  });

  it("rejects when already aborted", async () => {
    await expect(
      guide.generateTitle({ userMessage: "hi", assistantMessage: "", signal: AbortSignal.abort() }),
    ).rejects.toBeInstanceOf(ProviderError);
  });
});
