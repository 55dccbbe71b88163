import { z } from "zod";
import { PASSWORD_MAX } from "./password-policy.ts";

// Emails are compared trimmed and lower-cased; the length cap follows RFC 5321.
export const emailSchema = z
  .string()
  .trim()
  .max(254)
  .pipe(z.email({ message: "Enter a valid email address." }));

export const nameSchema = z
  .string()
  .trim()
  .min(1, "Enter your name.")
  .max(100, "Use at most 100 characters.");

// Length is checked by the password policy so the message is friendly; this only bounds input.
const passwordInput = z
  .string()
  .min(1, "Enter a password.")
  .max(PASSWORD_MAX * 4);

export const signupBody = z.strictObject({
  name: nameSchema,
  email: emailSchema,
  password: passwordInput,
  ageConfirmed: z.literal(true, { message: "You must confirm you are 18 or older." }),
  acceptedPolicy: z.literal(true, { message: "You must accept the privacy policy." }),
});

export const loginBody = z.strictObject({
  email: z.string().trim().max(254),
  password: z.string().max(PASSWORD_MAX * 4),
});

export const userSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  email: z.string(),
  role: z.enum(["user", "researcher", "admin"]),
  createdAt: z.iso.datetime({ offset: true }),
});

export const userResponse = z.object({ user: userSchema });
export const csrfResponse = z.object({ csrfToken: z.string() });
