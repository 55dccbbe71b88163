/** The fixed redaction markers from DESIGN.md; kept here so rendering needs no PHI engine. */
export const MARKER_PATTERN =
  /\[(name|phone number|email|address|SSN|case number|date of birth|ID number) removed for privacy\]/g;

export type Piece = { kind: "text"; text: string } | { kind: "marker"; text: string; label: string };

export function splitMarkers(text: string): Piece[] {
  const pieces: Piece[] = [];
  let last = 0;
  for (const match of text.matchAll(MARKER_PATTERN)) {
    const index = match.index ?? 0;
    if (index > last) pieces.push({ kind: "text", text: text.slice(last, index) });
    pieces.push({ kind: "marker", text: match[0], label: match[1] ?? "detail" });
    last = index + match[0].length;
  }
  if (last < text.length) pieces.push({ kind: "text", text: text.slice(last) });
  return pieces;
}
