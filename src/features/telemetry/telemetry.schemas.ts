import { z } from "zod";

/** The whole request body is capped at this size (route bodyLimit), well above a real report. */
export const CRASH_BODY_LIMIT = 8 * 1024;

export const crashBody = z.strictObject({
  message: z.string().min(1).max(2000),
  stack: z.string().max(6000).optional(),
  appVersion: z
    .string()
    .regex(/^[A-Za-z0-9._+-]{1,40}$/, "A version like 1.2.3.")
    .optional(),
});
