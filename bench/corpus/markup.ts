import type { GoldMessage, GoldSpan, GoldType } from "../../src/phi/score.ts";

/**
 * Annotated text without hand-counted offsets: "I met ⟦name:Maria⟧ at ⟦address:12 Elm St⟧" becomes the
 * plain text and its spans, computed here.
 */
export function parseMarked(id: string, marked: string): GoldMessage {
  const spans: GoldSpan[] = [];
  let text = "";
  let pos = 0;
  for (const m of marked.matchAll(/⟦(\w+):([^⟧]*)⟧/g)) {
    text += marked.slice(pos, m.index);
    const start = text.length;
    text += m[2]!;
    spans.push({ start, end: text.length, type: m[1] as GoldType });
    pos = m.index + m[0].length;
  }
  text += marked.slice(pos);
  return { id, text, spans };
}

/** Tags a value: tag("name", "Maria") === "⟦name:Maria⟧". */
export const tag = (type: GoldType, value: string) => `⟦${type}:${value}⟧`;
