import { z } from "zod";
import { PHI_TYPES } from "../../phi/index.ts";

export const MAX_REDACT_CHARS = 50_000;

export const redactBody = z.strictObject({ text: z.string().max(MAX_REDACT_CHARS) });

export const redactResponse = z.object({
  redacted: z.string(),
  spans: z.array(z.object({ start: z.number().int(), end: z.number().int(), type: z.enum(PHI_TYPES) })),
});
