import { describe, expect, it } from "vitest";
import { runRedactCli } from "./cli.ts";

async function* chunks(parts: string[]): AsyncGenerator<string> {
  for (const p of parts) yield p;
}

describe("runRedactCli", () => {
  it("plain mode redacts the whole input", async () => {
    let out = "";
    await runRedactCli(chunks(["Call Maria at ", "313-555-0148.\n"]), (s) => (out += s), { jsonl: false });
    expect(out).toBe("Call [name removed for privacy] at [phone number removed for privacy].\n");
  });

  it("JSONL mode round-trips lines, split across chunks, and never echoes bad lines", async () => {
    const lines: string[] = [];
    const input = [
      JSON.stringify({ text: "Email maria@x.org" }),
      "{not json: SSN 123-45-6789",
      JSON.stringify({ text: "nothing here" }),
      JSON.stringify({ nope: 1 }),
    ].join("\n");
    await runRedactCli(chunks([input.slice(0, 10), input.slice(10)]), (s) => lines.push(s), { jsonl: true });
    const parsed = lines
      .join("")
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(parsed[0]).toEqual({
      redacted: "Email [email removed for privacy]",
      spans: [{ start: 6, end: 17, type: "email" }],
    });
    expect(parsed[1]).toEqual({ error: "invalid_json" });
    expect(parsed[2]).toEqual({ redacted: "nothing here", spans: [] });
    expect(parsed[3]).toEqual({ error: "invalid_json" });
    expect(lines.join("")).not.toContain("123-45-6789");
  });

  it("accepts a string", async () => {
    let out = "";
    await runRedactCli('{"text":"Hi Jaylen"}\n', (s) => (out += s), { jsonl: true });
    expect(JSON.parse(out).redacted).toBe("Hi [name removed for privacy]");
  });
});
