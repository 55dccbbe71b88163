import { z } from "zod";
import { emailSchema, nameSchema } from "../auth/auth.schemas.ts";

export const meResponse = z.object({
  id: z.uuid(),
  name: z.string(),
  email: z.string(),
  role: z.enum(["user", "researcher", "admin"]),
  researchOptIn: z.boolean(),
  plan: z.enum(["free", "pro", "unlimited"]),
  subscriptionStatus: z.string().nullable(),
  billingEnabled: z.boolean(),
  allowance: z.object({ limit: z.number(), used: z.number(), remaining: z.number() }).nullable(),
  policyVersion: z.string(),
  policyAcceptanceRequired: z.boolean(),
  createdAt: z.iso.datetime({ offset: true }),
});

export const patchMeBody = z
  .strictObject({
    name: nameSchema.optional(),
    email: emailSchema.optional(),
    /** Required when the email changes: a stolen session alone must not take over the account. */
    currentPassword: z.string().max(512).optional(),
  })
  .refine((b) => b.name !== undefined || b.email !== undefined, { message: "Nothing to change." });

export const changePasswordBody = z.strictObject({
  currentPassword: z.string().max(512),
  newPassword: z.string().min(1).max(512),
});

export const sessionItem = z.object({
  id: z.uuid(),
  browser: z.string().nullable(),
  os: z.string().nullable(),
  device: z.string().nullable(),
  ip: z.string().nullable(),
  createdAt: z.iso.datetime({ offset: true }),
  lastSeenAt: z.iso.datetime({ offset: true }),
  current: z.boolean(),
});

export const sessionsResponse = z.object({ items: z.array(sessionItem) });
export const idParams = z.object({ id: z.uuid() });
