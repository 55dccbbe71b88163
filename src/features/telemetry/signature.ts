/**
 * Groups crashes: the same bug should land in one group across deploys and users. Line and column
 * numbers and bundler fingerprints change with every build, so they are dropped; the error type
 * and the first frames' function and file names are what stay stable.
 */
import { createHash } from "node:crypto";

const FRAME_COUNT = 5;

function normaliseFrame(line: string): string {
  return line
    .trim()
    .replace(/^at\s+/, "")
    .replace(/(?::\d+){1,2}(?=\)|$)/g, "")
    .replace(/[-.][A-Za-z0-9_]{6,}(\.m?[jt]sx?)\b/g, "$1")
    .replace(/\s+/g, " ");
}

const isFrame = (line: string) => /^\s*at\s/.test(line) || /^[^\s@]*@\S/.test(line.trim());

export function crashSignature(message: string, stack: string | null): string {
  const type = /^([A-Za-z_$][\w$]*?(?:Error|Exception))\b/.exec(message)?.[1] ?? "";
  const frames = (stack ?? "").split("\n").filter(isFrame).slice(0, FRAME_COUNT).map(normaliseFrame);
  // Without frames the message is all there is; numbers in it (counts, ports) vary per occurrence.
  const basis = frames.length > 0 ? [type, ...frames] : [message.split("\n")[0]!.replace(/\d+/g, "#")];
  return createHash("sha256").update(basis.join("\n")).digest("hex").slice(0, 16);
}
