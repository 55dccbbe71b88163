/**
 * Crash-report scrubbing. A crash message or stack can quote anything the app was handling, so
 * everything that is not code location is run through the PHI engine, URLs lose their query
 * strings and fragments (search terms, tokens), and ids that could point at a user, conversation or
 * message are masked. Locations are cleaned by rule instead of by the PHI engine, which would
 * swallow them whole as "ID numbers" and leave the report useless.
 */
import { redact } from "../../phi/index.ts";

export const MAX_MESSAGE_CHARS = 1000;
export const MAX_STACK_LINES = 30;
export const MAX_STACK_CHARS = 4000;

/** scheme://… up to whitespace or a closing bracket or quote. */
const URL_RE = /\b[a-z][a-z0-9+.-]*:\/\/[^\s()<>"'`]+/gi;
/** A stack location: a URL or path, then :line[:col]. Chrome wraps it in (), Firefox follows @. */
const LOCATION_RE = /(?:[a-z][a-z0-9+.-]*:\/\/\/?|\/)[^\s()<>"'`@]*?(?::\d+){1,2}(?=\)|\s|$)/gi;
const UUID_RE = /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi;
/** Session tokens, CSRF tokens, API keys: long runs of base64url. */
const TOKEN_RE = /\b[A-Za-z0-9_-]{32,}\b/g;

/** Removes `?query` and `#fragment`, keeping a trailing `:line:col` that belongs to a stack frame. */
export function stripQuery(url: string): string {
  const tail = /(?::\d+){1,2}$/.exec(url)?.[0] ?? "";
  const body = url.slice(0, url.length - tail.length);
  const cut = body.search(/[?#]/);
  return (cut === -1 ? body : body.slice(0, cut)) + tail;
}

/** Error class names ("RangeError", "ChunkLoadError") are code, which the PHI engine reads as names. */
const ERROR_TYPE_RE = /(\b[A-Z][\w$]*(?:Error|Exception)\b)/;

/** Prose through the PHI engine, error class names kept as they are. */
function redactProse(text: string): string {
  return text
    .split(ERROR_TYPE_RE)
    .map((part, i) => (i % 2 === 1 || !part.trim() ? part : redact(part).text))
    .join("");
}

function maskIds(text: string): string {
  return text.replace(UUID_RE, "[id]").replace(TOKEN_RE, "[token]");
}

/** A code location: no origin (hosts can name tenants), no query, ids masked in the path. */
export function cleanLocation(location: string): string {
  const stripped = stripQuery(location).replace(/^[a-z][a-z0-9+.-]*:\/\/[^/]*/i, "");
  return stripped
    .split("/")
    .map((segment) => {
      const [name = "", ...pos] = segment.split(":");
      // Emails, long numbers and ids in a path are data, not code.
      const masked =
        name.includes("@") || /^\d{4,}$/.test(name) || UUID_RE.test(name) || /^[A-Za-z0-9_-]{32,}$/.test(name)
          ? "[id]"
          : name;
      UUID_RE.lastIndex = 0;
      return [masked, ...pos].join(":");
    })
    .join("/");
}

/** Free text (an error message): URLs lose queries, then the PHI engine, then ids. */
export function scrubMessage(message: string): string {
  const noQueries = message.slice(0, MAX_MESSAGE_CHARS * 2).replace(URL_RE, stripQuery);
  return maskIds(redactProse(noQueries)).slice(0, MAX_MESSAGE_CHARS);
}

/** A stack: locations cleaned by rule, every other stretch through the PHI engine. */
export function scrubStack(stack: string): string {
  const lines = stack.split(/\r?\n/).slice(0, MAX_STACK_LINES);
  const out = lines.map((line) => {
    let result = "";
    let pos = 0;
    for (const match of line.matchAll(LOCATION_RE)) {
      const start = match.index;
      result += scrubText(line.slice(pos, start)) + cleanLocation(match[0]);
      pos = start + match[0].length;
    }
    return result + scrubText(line.slice(pos));
  });
  return out.join("\n").slice(0, MAX_STACK_CHARS);
}

function scrubText(text: string): string {
  if (!text.trim()) return text;
  return maskIds(redactProse(text.replace(URL_RE, stripQuery)));
}
