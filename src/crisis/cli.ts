// JSON-lines front end for the detector, wired by the lead to `aluma crisis --jsonl`.
// Pure: it takes its input and an output function, so tests run it directly, with no child process or stdio.
// Each input line is {"text": "..."}; each output line is {"crisis": null | {"kind": ...}}.
// A bad line yields {"error":"invalid_json"} and its content is never echoed: it may hold PHI.

import { detectCrisis } from "./detect.ts";

function answer(line: string): string {
  let text: unknown;
  try {
    text = (JSON.parse(line) as { text?: unknown } | null)?.text;
  } catch {
    return '{"error":"invalid_json"}';
  }
  if (typeof text !== "string") return '{"error":"invalid_json"}';
  const signal = detectCrisis(text);
  return JSON.stringify({ crisis: signal ? { kind: signal.kind } : null });
}

/** Splits chunks into lines (any chunking, "\n" or "\r\n"), skipping blank lines. */
async function* lines(input: AsyncIterable<string> | string): AsyncGenerator<string> {
  if (typeof input === "string") {
    yield* input.split(/\r?\n/);
    return;
  }
  let pending = "";
  for await (const chunk of input) {
    pending += chunk;
    const parts = pending.split(/\r?\n/);
    pending = parts.pop() ?? "";
    yield* parts;
  }
  yield pending;
}

export async function runCrisisCli(
  input: AsyncIterable<string> | string,
  write: (s: string) => void,
): Promise<void> {
  for await (const line of lines(input)) {
    if (line.trim().length === 0) continue;
    write(`${answer(line)}\n`);
  }
}
