/**
 * "Delete your account and data at any time" (policy sections 8 and 9). After the password check,
 * billing is ended at Stripe first (a failure there aborts with 502 and deletes nothing, so no one
 * is charged for an account that no longer exists); then one transaction deletes the user row,
 * and every table holding something of theirs cascades from it (src/db/schema.ts). The audit trail
 * keeps a single `account_deleted` row that cannot be tied back: no user id, IP or user agent, and
 * only the day.
 */
import { eq } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { auditEvents, users } from "../../db/schema.ts";
import type { AppDeps } from "../../server/deps.ts";
import { DEFAULT_LIMITS, type LimitName } from "../../server/plugins/rate-limit.ts";
import { cancelBillingForUser } from "../billing/cancel.ts";
import { getUser, requirePassword } from "./account.service.ts";

export type DeleteDeps = Pick<AppDeps, "db" | "clock" | "config" | "limiters">;

/** Start of the UTC day: the exact second of a deletion could be matched against other records. */
const utcDayStart = (d: Date) => new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));

export async function deleteAccount(deps: DeleteDeps, userId: string, password: string): Promise<void> {
  const user = await getUser(deps.db, userId);
  await requirePassword(user, password, "password");
  await cancelBillingForUser(deps, userId);

  await deps.db.transaction(async (tx) => {
    await tx.delete(users).where(eq(users.id, userId));
    await (tx as unknown as Db).insert(auditEvents).values({
      at: utcDayStart(deps.clock.now()),
      userId: null,
      event: "account_deleted",
      ip: null,
      userAgent: null,
    });
  });

  await forgetRateLimits(deps, [userId, user.emailNormalized]);
}

/**
 * Rate-limit counters are keyed by user id or email (failed logins), in the rate_limits table or
 * Redis. They expire on their own within the hour, but they are still the user's identifiers, so
 * they go now. Best effort: the account itself is already gone.
 */
async function forgetRateLimits(deps: DeleteDeps, keys: string[]) {
  const names = Object.keys(DEFAULT_LIMITS) as LimitName[];
  await Promise.allSettled(names.flatMap((name) => keys.map((key) => deps.limiters.reset(name, key))));
}
