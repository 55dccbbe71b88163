import type { FastifyRequest } from "fastify";
import type { Db } from "../../db/client.ts";
import { auditEvents } from "../../db/schema.ts";
import type { Clock } from "../../lib/clock.ts";
import { truncateIp, truncateUserAgent } from "../../lib/network.ts";

export type AuditEvent =
  | "signup"
  | "login_succeeded"
  | "login_failed"
  | "logout"
  | "password_changed"
  | "email_changed"
  | "session_revoked"
  | "export"
  | "account_deleted"
  | "research_opt_in"
  | "research_opt_out"
  | "policy_accepted"
  | "role_granted_admin"
  | "role_granted_researcher";

/** Security events only: who (user id), when, from where (truncated); never content. */
export async function recordAudit(
  db: Db,
  clock: Clock,
  event: AuditEvent,
  userId: string | null,
  request?: FastifyRequest,
): Promise<void> {
  await db.insert(auditEvents).values({
    at: clock.now(),
    userId,
    event,
    ip: truncateIp(request?.ip),
    userAgent: truncateUserAgent(request?.headers["user-agent"]),
  });
}
