import { and, desc, eq } from "drizzle-orm";
import UAParser from "ua-parser-js";
import type { Db } from "../../db/client.ts";
import { isUniqueViolation } from "../../db/errors.ts";
import { sessions, users } from "../../db/schema.ts";
import type { Config } from "../../env.ts";
import type { Clock } from "../../lib/clock.ts";
import { AppError, notFound } from "../../server/errors.ts";
import {
  assertAcceptablePassword,
  normalizeEmail,
  scryptParams,
  type UserRow,
} from "../auth/auth.service.ts";
import { hashPassword, verifyPassword } from "../auth/password-hash.ts";
import { deleteOtherSessions } from "../auth/sessions.ts";
import { describeBilling } from "../billing/describe-billing.ts";
import { latestAcceptedPolicy } from "../policy/policy.service.ts";
import { POLICY_VERSION } from "../policy/policy.ts";

export async function getUser(db: Db, userId: string): Promise<UserRow> {
  const [user] = await db.select().from(users).where(eq(users.id, userId)).limit(1);
  if (!user) throw new AppError("unauthorized", "Please log in.");
  return user;
}

export async function describeMe(deps: { db: Db; config: Config; clock: Clock }, userId: string) {
  // Independent reads: in parallel, so the pool (not round trips in series) sets the latency.
  const [user, accepted, billing] = await Promise.all([
    getUser(deps.db, userId),
    latestAcceptedPolicy(deps.db, userId),
    describeBilling(deps, userId),
  ]);
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    role: user.role,
    researchOptIn: user.researchOptIn,
    plan: billing.plan,
    subscriptionStatus: billing.subscriptionStatus,
    billingEnabled: billing.billingEnabled,
    allowance: billing.allowance,
    policyVersion: POLICY_VERSION,
    policyAcceptanceRequired: accepted !== POLICY_VERSION,
    createdAt: user.createdAt.toISOString(),
  };
}

export async function requirePassword(
  user: UserRow,
  password: string | undefined,
  field = "currentPassword",
) {
  if (!password || !(await verifyPassword(password, user.passwordHash))) {
    throw new AppError("invalid_credentials", "The current password is incorrect.", {
      details: { fields: { [field]: ["The current password is incorrect."] } },
    });
  }
}

export async function updateProfile(
  deps: { db: Db },
  userId: string,
  input: { name?: string | undefined; email?: string | undefined; currentPassword?: string | undefined },
): Promise<{ emailChanged: boolean }> {
  const user = await getUser(deps.db, userId);
  const changes: Partial<typeof users.$inferInsert> = { updatedAt: new Date() };
  if (input.name !== undefined) changes.name = input.name;
  let emailChanged = false;
  if (input.email !== undefined && normalizeEmail(input.email) !== user.emailNormalized) {
    await requirePassword(user, input.currentPassword);
    changes.email = input.email.trim();
    changes.emailNormalized = normalizeEmail(input.email);
    emailChanged = true;
  } else if (input.email !== undefined) {
    changes.email = input.email.trim();
  }
  try {
    await deps.db.update(users).set(changes).where(eq(users.id, userId));
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new AppError("email_taken", "An account with this email already exists.", {
        details: { fields: { email: ["An account with this email already exists."] } },
      });
    }
    throw error;
  }
  return { emailChanged };
}

export async function changePassword(
  deps: { db: Db; config: Config },
  auth: { userId: string; sessionId: string },
  input: { currentPassword: string; newPassword: string },
) {
  const user = await getUser(deps.db, auth.userId);
  await requirePassword(user, input.currentPassword);
  assertAcceptablePassword(input.newPassword, [
    user.name,
    user.emailNormalized,
    ...user.emailNormalized.split("@"),
  ]);
  const passwordHash = await hashPassword(input.newPassword, scryptParams(deps.config));
  await deps.db.transaction(async (tx) => {
    await tx.update(users).set({ passwordHash, updatedAt: new Date() }).where(eq(users.id, auth.userId));
    await deleteOtherSessions(tx as unknown as Db, auth.userId, auth.sessionId);
  });
}

export async function listSessions(db: Db, auth: { userId: string; sessionId: string }) {
  const rows = await db
    .select()
    .from(sessions)
    .where(eq(sessions.userId, auth.userId))
    .orderBy(desc(sessions.lastSeenAt));
  return rows.map((row) => {
    const ua = new UAParser(row.userAgent ?? "").getResult();
    return {
      id: row.id,
      browser: ua.browser.name ? `${ua.browser.name} ${ua.browser.major ?? ""}`.trim() : null,
      os: ua.os.name ? `${ua.os.name} ${ua.os.version ?? ""}`.trim() : null,
      device: ua.device.type ?? (ua.os.name ? "desktop" : null),
      ip: row.ip,
      createdAt: row.createdAt.toISOString(),
      lastSeenAt: row.lastSeenAt.toISOString(),
      current: row.id === auth.sessionId,
    };
  });
}

export async function revokeSession(db: Db, userId: string, sessionId: string) {
  const deleted = await db
    .delete(sessions)
    .where(and(eq(sessions.id, sessionId), eq(sessions.userId, userId)))
    .returning({ id: sessions.id });
  if (deleted.length === 0) throw notFound("Session");
}
