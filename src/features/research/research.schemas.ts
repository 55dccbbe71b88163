import { z } from "zod";

export const researchOptInBody = z.strictObject({ optIn: z.boolean() });
export const researchOptInResponse = z.object({ researchOptIn: z.boolean() });

const isoDate = z.iso.date();
export const summaryQuery = z.strictObject({ from: isoDate.optional(), to: isoDate.optional() });

export const summaryResponse = z.object({
  k: z.number().int(),
  epsilon: z.number().nullable(),
  weeks: z.array(
    z.object({
      week: z.string(),
      contributions: z.number().int().nullable(),
      labels: z.record(z.string(), z.number().int().nullable()),
    }),
  ),
});

const labelInfo = z.object({ id: z.string(), label: z.string(), description: z.string() });
export const labelsResponse = z.object({
  emotions: z.array(labelInfo),
  barriers: z.array(labelInfo),
  values: z.array(labelInfo),
});
