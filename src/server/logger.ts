import type { FastifyServerOptions } from "fastify";
import type { DestinationStream } from "pino";
import type { Config } from "../env.ts";

/**
 * Paths pino blanks in every line. Requests are logged by method and path only (see serializers),
 * so bodies never reach a log; this list is the second fence for anything logged by hand.
 */
export const REDACT_PATHS = [
  "req.headers.cookie",
  "req.headers.authorization",
  'req.headers["x-csrf-token"]',
  'req.headers["stripe-signature"]',
  'res.headers["set-cookie"]',
  "*.password",
  "*.currentPassword",
  "*.newPassword",
  "*.content",
  "*.text",
  "*.title",
  "*.name",
  "*.email",
  "*.q",
  "body",
  "*.body",
];

export function createLoggerOptions(
  config: Config,
  stream?: DestinationStream,
): FastifyServerOptions["logger"] {
  return {
    level: config.logLevel,
    redact: { paths: REDACT_PATHS, censor: "[redacted]" },
    ...(stream ? { stream } : {}),
    serializers: {
      req: (req: { method: string; url: string; id: string }) => ({
        id: req.id,
        method: req.method,
        // Query strings can carry user content (search): log the path alone.
        path: req.url.split("?")[0],
      }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
  } as FastifyServerOptions["logger"];
}
