/**
 * JSON-lines front end for the classifier: each `{"text": "..."}` line in gives one
 * `{"emotions":[...],"barriers":[...],"values":[...]}` line out, in order. Kept free of node:*
 * (the caller supplies input and output) so the whole research folder stays isomorphic.
 * A bad line answers with an error code only: its content is never echoed, since it may be PHI.
 */
import { classifyMessage } from "./classify.ts";

export type Write = (line: string) => void | Promise<void>;

/** A line longer than this is rejected unparsed: research needs the gist, not megabytes. */
const MAX_LINE = 1_000_000;

function answer(line: string): string {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return JSON.stringify({ error: "invalid_json" });
  }
  if (typeof value !== "object" || value === null || typeof (value as { text?: unknown }).text !== "string") {
    return JSON.stringify({ error: "invalid_input" });
  }
  return JSON.stringify(classifyMessage((value as { text: string }).text));
}

/**
 * Reads JSON lines and writes one newline-terminated answer per non-blank line, in order.
 * `input` is a whole text or an iterable of lines, as `aluma classify` reads them with readline;
 * an item holding several newline-separated lines is split, but lines are never joined across items.
 */
export async function runClassifyCli(input: AsyncIterable<string> | string, write: Write): Promise<void> {
  const items: AsyncIterable<string> | string[] = typeof input === "string" ? [input] : input;
  for await (const item of items) {
    for (const line of item.split("\n")) {
      if (line.trim() === "") continue;
      const out =
        line.length > MAX_LINE ? JSON.stringify({ error: "line_too_long" }) : answer(line.replace(/\r$/, ""));
      await write(`${out}\n`);
    }
  }
}
