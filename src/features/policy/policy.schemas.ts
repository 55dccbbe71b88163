import { z } from "zod";
import { POLICY_VERSION } from "./policy.ts";

export const policyResponse = z.object({ version: z.string(), text: z.string() });

/** Only the current version can be accepted: agreeing to an old text would record a fiction. */
export const acceptPolicyBody = z.strictObject({
  version: z.literal(POLICY_VERSION, { error: "Only the current policy version can be accepted." }),
});

export const acceptPolicyResponse = z.object({
  version: z.string(),
  acceptedAt: z.iso.datetime({ offset: true }),
});
