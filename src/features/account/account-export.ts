/**
 * "Access your personal data" and "Export your data" (policy section 9): everything stored about
 * the user, as one versioned JSON document (docs/export-schema.json). It is written as a stream of
 * chunks — small sections first, then conversations page by page — so memory does not grow with
 * the account. Never included: password or token hashes, other users' anything.
 */
import { asc, desc, eq } from "drizzle-orm";
import type { KeyRing } from "../../crypto/key-ring.ts";
import type { Db } from "../../db/client.ts";
import { folders, messageUsage, policyAcceptances, sessions, subscriptions } from "../../db/schema.ts";
import type { Clock } from "../../lib/clock.ts";
import { openMessage, openTitle } from "../conversations/sealed.ts";
import { POLICY_VERSION } from "../policy/policy.ts";
import { getUser } from "./account.service.ts";
import {
  type ConversationRow,
  type MessageRow,
  pageAuditEvents,
  pageConversations,
  pageMessages,
} from "./account-export-pages.ts";

export const EXPORT_FORMAT = "ask-aluma-export";
export const EXPORT_VERSION = 1;

export interface ExportDeps {
  db: Db;
  clock: Clock;
  keyRing: KeyRing;
}

const iso = (d: Date | null) => (d ? d.toISOString() : null);
const json = (value: unknown) => JSON.stringify(value);

/**
 * A value that no longer decrypts (its key was removed from DATA_KEY) is exported as null rather
 * than failing the whole export: the user still gets everything else.
 */
function tryOpen(open: () => string | null): string | null {
  try {
    return open();
  } catch {
    return null;
  }
}

export const conversationTitle = (keyRing: KeyRing, row: ConversationRow) =>
  tryOpen(() => openTitle(keyRing, row));
export const messageContent = (keyRing: KeyRing, row: MessageRow) => tryOpen(() => openMessage(keyRing, row));

export function exportMessage(keyRing: KeyRing, row: MessageRow) {
  return {
    id: row.id,
    role: row.role,
    content: messageContent(keyRing, row),
    redactions: row.redactions,
    status: row.status,
    provider: row.provider,
    createdAt: row.createdAt.toISOString(),
  };
}

/** Everything but conversations: small, bounded sections read in one go each. */
async function headerSections(deps: ExportDeps, userId: string, currentSessionId: string | undefined) {
  const user = await getUser(deps.db, userId);
  const [subscription] = await deps.db.select().from(subscriptions).where(eq(subscriptions.userId, userId));
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: deps.clock.now().toISOString(),
    currentPolicyVersion: POLICY_VERSION,
    profile: {
      id: user.id,
      name: user.name,
      email: user.email,
      role: user.role,
      createdAt: user.createdAt.toISOString(),
      updatedAt: user.updatedAt.toISOString(),
    },
    research: { optIn: user.researchOptIn },
    subscription: subscription
      ? {
          plan: subscription.plan,
          status: subscription.status,
          currentPeriodEnd: iso(subscription.currentPeriodEnd),
          stripeCustomerId: subscription.stripeCustomerId,
          updatedAt: subscription.updatedAt.toISOString(),
        }
      : null,
    messageUsage: (
      await deps.db
        .select()
        .from(messageUsage)
        .where(eq(messageUsage.userId, userId))
        .orderBy(asc(messageUsage.month))
    ).map((r) => ({ month: r.month, count: r.count })),
    policyAcceptances: (
      await deps.db
        .select()
        .from(policyAcceptances)
        .where(eq(policyAcceptances.userId, userId))
        .orderBy(asc(policyAcceptances.acceptedAt))
    ).map((r) => ({ version: r.version, acceptedAt: r.acceptedAt.toISOString() })),
    sessions: (
      await deps.db
        .select()
        .from(sessions)
        .where(eq(sessions.userId, userId))
        .orderBy(desc(sessions.lastSeenAt))
    ).map((r) => ({
      id: r.id,
      createdAt: r.createdAt.toISOString(),
      lastSeenAt: r.lastSeenAt.toISOString(),
      userAgent: r.userAgent,
      ip: r.ip,
      current: r.id === currentSessionId,
    })),
  };
}

export async function listFolders(db: Db, userId: string) {
  return db.select().from(folders).where(eq(folders.userId, userId)).orderBy(asc(folders.createdAt));
}

/** The export document, chunk by chunk. Concatenated, the chunks are one JSON object. */
export async function* exportJsonChunks(
  deps: ExportDeps,
  userId: string,
  currentSessionId?: string,
): AsyncGenerator<string> {
  const header = json(await headerSections(deps, userId, currentSessionId));
  yield `${header.slice(0, -1)},"auditEvents":[`;

  let first = true;
  for await (const page of pageAuditEvents(deps.db, userId)) {
    const items = page.map((e) =>
      json({ at: e.at.toISOString(), event: e.event, ip: e.ip, userAgent: e.userAgent }),
    );
    yield (first ? "" : ",") + items.join(",");
    first = false;
  }

  const folderRows = await listFolders(deps.db, userId);
  const folderItems = folderRows.map((f) =>
    json({
      id: f.id,
      name: f.name,
      createdAt: f.createdAt.toISOString(),
      updatedAt: f.updatedAt.toISOString(),
    }),
  );
  yield `],"folders":[${folderItems.join(",")}],"conversations":[`;

  first = true;
  for await (const page of pageConversations(deps.db, userId)) {
    for (const c of page) {
      const head = json({
        id: c.id,
        title: conversationTitle(deps.keyRing, c),
        folderId: c.folderId,
        pinned: c.pinned,
        createdAt: c.createdAt.toISOString(),
        updatedAt: c.updatedAt.toISOString(),
      });
      yield `${first ? "" : ","}${head.slice(0, -1)},"messages":[`;
      first = false;
      let firstMessage = true;
      for await (const messagePage of pageMessages(deps.db, userId, c.id)) {
        const items = messagePage.map((m) => json(exportMessage(deps.keyRing, m)));
        yield (firstMessage ? "" : ",") + items.join(",");
        firstMessage = false;
      }
      yield "]}";
    }
  }
  yield "]}";
}
