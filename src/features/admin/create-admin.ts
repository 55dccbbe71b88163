/**
 * `aluma create-admin --email EMAIL [--role admin|researcher]`: promotes an existing account.
 * There is no HTTP route for this on purpose: granting roles needs shell access to the server.
 */
import { eq } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { auditEvents, users } from "../../db/schema.ts";
import { normalizeEmail } from "../auth/auth.service.ts";

export type PrivilegedRole = "admin" | "researcher";

export function parseCreateAdminArgs(args: string[]): { email: string; role: PrivilegedRole } {
  const value = (flag: string) => {
    const i = args.indexOf(flag);
    const inline = args.find((a) => a.startsWith(`${flag}=`));
    return inline ? inline.slice(flag.length + 1) : i >= 0 ? args[i + 1] : undefined;
  };
  const email = value("--email");
  const role = value("--role") ?? "admin";
  if (!email || email.startsWith("--")) throw new UsageError("create-admin needs --email EMAIL");
  if (role !== "admin" && role !== "researcher") throw new UsageError("--role must be admin or researcher");
  return { email, role };
}

export class UsageError extends Error {
  override name = "UsageError";
}

/** Returns false when no account has that email (the account must sign up first). */
export async function promoteUser(db: Db, email: string, role: PrivilegedRole): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [updated] = await tx
      .update(users)
      .set({ role, updatedAt: new Date() })
      .where(eq(users.emailNormalized, normalizeEmail(email)))
      .returning({ id: users.id });
    // A granted role is a security event like any other; it comes from the shell, so no IP or UA.
    if (updated) await tx.insert(auditEvents).values({ userId: updated.id, event: `role_granted_${role}` });
    return updated !== undefined;
  });
}
