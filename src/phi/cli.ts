import { redact } from "./redact.ts";

export interface RedactCliOptions {
  jsonl: boolean;
}

async function* lines(input: AsyncIterable<string> | string): AsyncGenerator<string> {
  if (typeof input === "string") {
    yield* input.split("\n");
    return;
  }
  let buf = "";
  for await (const chunk of input) {
    buf += chunk;
    let from = 0;
    let nl = buf.indexOf("\n");
    while (nl !== -1) {
      yield buf.slice(from, nl);
      from = nl + 1;
      nl = buf.indexOf("\n", from);
    }
    buf = buf.slice(from);
  }
  if (buf) yield buf;
}

/**
 * The `aluma redact` command without its I/O: plain mode redacts the whole input; JSONL mode reads
 * {"text": ...} lines and writes {"redacted", "spans"} lines. A bad line writes {"error":"invalid_json"}
 * — never its content — and the run goes on.
 */
export async function runRedactCli(
  input: AsyncIterable<string> | string,
  write: (s: string) => void,
  opts: RedactCliOptions,
): Promise<void> {
  if (!opts.jsonl) {
    let all = "";
    if (typeof input === "string") all = input;
    else for await (const chunk of input) all += chunk;
    write(redact(all).text);
    return;
  }
  for await (const raw of lines(input)) {
    const line = raw.replace(/\r$/, "");
    if (line.trim() === "") continue;
    let text: unknown;
    try {
      text = (JSON.parse(line) as { text?: unknown } | null)?.text;
    } catch {
      text = undefined;
    }
    if (typeof text !== "string") {
      write(`${JSON.stringify({ error: "invalid_json" })}\n`);
      continue;
    }
    const r = redact(text);
    write(`${JSON.stringify({ redacted: r.text, spans: r.spans })}\n`);
  }
}
