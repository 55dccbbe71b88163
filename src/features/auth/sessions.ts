/**
 * Server-side sessions. The cookie holds a 256-bit random token; the database holds only its
 * SHA-256, so a database leak yields no usable session.
 */
import { createHash, randomBytes } from "node:crypto";
import { and, eq, ne } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { sessions, users } from "../../db/schema.ts";
import type { Clock } from "../../lib/clock.ts";

/** Writing last_seen on every request would turn reads into writes; a minute is precise enough. */
const LAST_SEEN_RESOLUTION_MS = 60_000;

export const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

export async function createSession(
  db: Db,
  clock: Clock,
  input: { userId: string; userAgent: string | null; ip: string | null },
): Promise<{ token: string; sessionId: string }> {
  const token = randomBytes(32).toString("base64url");
  const now = clock.now();
  const [row] = await db
    .insert(sessions)
    .values({
      userId: input.userId,
      tokenHash: hashToken(token),
      createdAt: now,
      lastSeenAt: now,
      userAgent: input.userAgent,
      ip: input.ip,
    })
    .returning({ id: sessions.id });
  return { token, sessionId: row!.id };
}

export interface ResolvedSession {
  sessionId: string;
  userId: string;
  role: "user" | "researcher" | "admin";
}

/** Finds the live session for a token, ending it server-side when idle or absolute expiry passed. */
export async function resolveSession(
  db: Db,
  clock: Clock,
  limits: { idleMs: number; absoluteMs: number },
  token: string,
): Promise<ResolvedSession | null> {
  if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return null;
  const [row] = await db
    .select({
      id: sessions.id,
      userId: sessions.userId,
      createdAt: sessions.createdAt,
      lastSeenAt: sessions.lastSeenAt,
      role: users.role,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(eq(sessions.tokenHash, hashToken(token)))
    .limit(1);
  if (!row) return null;
  const now = clock.now().getTime();
  const idle = now - row.lastSeenAt.getTime() > limits.idleMs;
  const expired = now - row.createdAt.getTime() > limits.absoluteMs;
  if (idle || expired) {
    await db.delete(sessions).where(eq(sessions.id, row.id));
    return null;
  }
  if (now - row.lastSeenAt.getTime() > LAST_SEEN_RESOLUTION_MS) {
    await db
      .update(sessions)
      .set({ lastSeenAt: new Date(now) })
      .where(eq(sessions.id, row.id));
  }
  return { sessionId: row.id, userId: row.userId, role: row.role };
}

export async function deleteSession(db: Db, sessionId: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.id, sessionId));
}

export async function deleteOtherSessions(db: Db, userId: string, keepSessionId: string): Promise<void> {
  await db.delete(sessions).where(and(eq(sessions.userId, userId), ne(sessions.id, keepSessionId)));
}

export async function deleteAllSessions(db: Db, userId: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.userId, userId));
}
