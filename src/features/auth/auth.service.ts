import { eq } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { policyAcceptances, users } from "../../db/schema.ts";
import type { Config } from "../../env.ts";
import type { Clock } from "../../lib/clock.ts";
import { AppError } from "../../server/errors.ts";
import type { Limiters } from "../../server/plugins/rate-limit.ts";
import { POLICY_VERSION } from "../policy/policy.ts";
import { hashPassword, needsRehash, verifyPassword } from "./password-hash.ts";
import { checkPassword } from "./password-policy.ts";

export type UserRow = typeof users.$inferSelect;

export const normalizeEmail = (email: string) => email.trim().toLowerCase();

export const scryptParams = (config: Config) => ({ logN: config.scryptLogN, r: 8, p: 1 });

export function toPublicUser(user: UserRow) {
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    role: user.role,
    createdAt: user.createdAt.toISOString(),
  };
}

export function assertAcceptablePassword(password: string, context: string[]) {
  const problem = checkPassword(password, context);
  if (problem) throw new AppError("validation", problem, { details: { fields: { password: [problem] } } });
}

export async function signUp(
  deps: { db: Db; clock: Clock; config: Config },
  input: { name: string; email: string; password: string },
): Promise<UserRow> {
  const emailNormalized = normalizeEmail(input.email);
  assertAcceptablePassword(input.password, [input.name, emailNormalized, ...emailNormalized.split("@")]);
  const passwordHash = await hashPassword(input.password, scryptParams(deps.config));
  const now = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    const [user] = await tx
      .insert(users)
      .values({
        name: input.name,
        email: input.email.trim(),
        emailNormalized,
        passwordHash,
        createdAt: now,
        updatedAt: now,
      })
      .onConflictDoNothing({ target: users.emailNormalized })
      .returning();
    if (!user) {
      throw new AppError("email_taken", "An account with this email already exists. Try logging in.", {
        details: { fields: { email: ["An account with this email already exists."] } },
      });
    }
    await tx.insert(policyAcceptances).values({ userId: user.id, version: POLICY_VERSION, acceptedAt: now });
    return user;
  });
}

/**
 * Verifies credentials in constant-ish time: unknown emails are checked against a dummy hash.
 * Failed attempts count per account and per IP; a success clears the account's counter.
 */
export async function logIn(
  deps: { db: Db; config: Config; limiters: Limiters; dummyHash: string },
  input: { email: string; password: string; ip: string },
  onFailure: (userId: string | null) => Promise<void>,
): Promise<UserRow> {
  const emailNormalized = normalizeEmail(input.email);
  await deps.limiters.check("loginFailIp", input.ip);
  await deps.limiters.check("loginFailAccount", emailNormalized);

  const [user] = await deps.db
    .select()
    .from(users)
    .where(eq(users.emailNormalized, emailNormalized))
    .limit(1);
  const ok = await verifyPassword(input.password, user?.passwordHash ?? deps.dummyHash);
  if (!user || !ok) {
    await onFailure(user?.id ?? null);
    await deps.limiters.penalize("loginFailIp", input.ip);
    await deps.limiters.penalize("loginFailAccount", emailNormalized);
    throw new AppError("invalid_credentials", "Email or password is incorrect.");
  }
  await deps.limiters.reset("loginFailAccount", emailNormalized);

  const params = scryptParams(deps.config);
  if (needsRehash(user.passwordHash, params)) {
    const passwordHash = await hashPassword(input.password, params);
    await deps.db.update(users).set({ passwordHash }).where(eq(users.id, user.id));
  }
  return user;
}
