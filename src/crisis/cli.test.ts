import { describe, expect, it } from "vitest";
import { runCrisisCli } from "./cli.ts";

async function run(input: AsyncIterable<string> | string): Promise<string[]> {
  const out: string[] = [];
  await runCrisisCli(input, (s) => out.push(s));
  return out.join("").split("\n").filter(Boolean);
}

async function* chunks(text: string, size: number): AsyncGenerator<string> {
  for (let i = 0; i < text.length; i += size) yield text.slice(i, i + size);
}

const INPUT = [
  JSON.stringify({ text: "I want to die." }),
  JSON.stringify({ text: "My client is on the bridge right now." }),
  JSON.stringify({ text: "This deadline is killing me." }),
].join("\n");
const EXPECTED = ['{"crisis":{"kind":"self"}}', '{"crisis":{"kind":"client"}}', '{"crisis":null}'];

describe("runCrisisCli", () => {
  it("answers one JSON line per input line", async () => {
    expect(await run(INPUT)).toEqual(EXPECTED);
  });

  it("handles lines split across chunks of any size, CRLF and blank lines", async () => {
    const text = `\r\n${INPUT.replaceAll("\n", "\r\n\r\n")}`;
    for (const size of [1, 3, 17, 1000]) expect(await run(chunks(text, size))).toEqual(EXPECTED);
  });

  it("reports bad lines without echoing their content", async () => {
    const secret = "Jane Doe 555-0100 wants to die";
    const out = await run(
      [`{"text": "${secret}`, "[1,2]", '{"text": 42}', "null", `not json ${secret}`].join("\n"),
    );
    expect(out).toEqual(Array(5).fill('{"error":"invalid_json"}'));
    expect(out.join("")).not.toContain("Jane");
  });

  it("keeps going after a bad line", async () => {
    const out = await run(`oops\n${JSON.stringify({ text: "kms" })}`);
    expect(out).toEqual(['{"error":"invalid_json"}', '{"crisis":{"kind":"self"}}']);
  });

  it("handles a final line without a newline and an empty input", async () => {
    expect(await run(chunks('{"text":"fine"}', 4))).toEqual(['{"crisis":null}']);
    expect(await run("")).toEqual([]);
  });
});
