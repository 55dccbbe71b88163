import { z } from "zod";

export const crashesQuery = z.strictObject({
  days: z.coerce.number().int().min(1).max(365).default(30),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

const crashSample = z.object({
  source: z.enum(["web", "server"]),
  message: z.string(),
  stack: z.string().nullable(),
  appVersion: z.string().nullable(),
  browser: z.string().nullable(),
  os: z.string().nullable(),
});

export const crashesResponse = z.object({
  groups: z.array(
    z.object({
      signature: z.string(),
      count: z.number().int(),
      firstSeen: z.iso.datetime({ offset: true }),
      lastSeen: z.iso.datetime({ offset: true }),
      latest: crashSample,
    }),
  ),
});

export const usageQuery = z.strictObject({
  days: z.coerce.number().int().min(1).max(366).default(30),
});

export const usageResponse = z.object({
  days: z.array(z.object({ day: z.string(), features: z.record(z.string(), z.number().int()) })),
});
