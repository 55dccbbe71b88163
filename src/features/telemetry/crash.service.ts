/**
 * Anonymized crash reports. Stored: where in the code it broke (scrubbed), the app version and the
 * browser and OS family. Never stored: user or session ids, IPs, cookies, URLs' queries, content.
 */
import { desc, gte, inArray, max, min, sql } from "drizzle-orm";
import UAParser from "ua-parser-js";
import type { Db } from "../../db/client.ts";
import { crashReports } from "../../db/schema.ts";
import type { Clock } from "../../lib/clock.ts";
import type { ServerErrorReporter } from "../../server/plugins/error-handler.ts";
import { scrubMessage, scrubStack } from "./scrub.ts";
import { crashSignature } from "./signature.ts";

export interface CrashInput {
  source: "web" | "server";
  message: string;
  stack?: string | undefined;
  appVersion?: string | undefined;
  userAgent?: string | undefined;
}

/** Family only ("Firefox", "Android"): versions narrow a person down more than a bug does. */
function families(userAgent: string | undefined) {
  if (!userAgent) return { browser: null, os: null };
  const ua = new UAParser(userAgent.slice(0, 512)).getResult();
  return { browser: ua.browser.name?.slice(0, 40) ?? null, os: ua.os.name?.slice(0, 40) ?? null };
}

export async function recordCrash(deps: { db: Db; clock: Clock }, input: CrashInput): Promise<void> {
  const message = scrubMessage(input.message);
  const stack = input.stack ? scrubStack(input.stack) : null;
  await deps.db.insert(crashReports).values({
    createdAt: deps.clock.now(),
    source: input.source,
    signature: crashSignature(message, stack),
    message,
    stack,
    appVersion: input.appVersion ?? null,
    ...families(input.userAgent),
  });
}

/**
 * Server crashes keep the error's class, code and route, never its message: driver and library
 * messages quote the values they choked on, which can be anyone's content.
 */
export function createServerCrashReporter(deps: { db: Db; clock: Clock }): ServerErrorReporter {
  return (error, context) => {
    const code = (error as { code?: unknown }).code;
    const codePart = typeof code === "string" && /^[A-Z0-9_]{1,40}$/.test(code) ? ` [${code}]` : "";
    const message = `${error.name}${codePart} in ${context.method} ${context.route ?? "(no route)"}`;
    const frames = error.stack?.split("\n").filter((l) => /^\s*at\s/.test(l));
    recordCrash(deps, { source: "server", message, stack: frames?.join("\n") }).catch(() => {
      // The request already failed and was logged; a lost report must not add a second failure.
    });
  };
}

export async function listCrashGroups(db: Db, opts: { since: Date; limit: number }) {
  const groups = await db
    .select({
      signature: crashReports.signature,
      count: sql<number>`count(*)::int`,
      firstSeen: min(crashReports.createdAt),
      lastSeen: max(crashReports.createdAt),
    })
    .from(crashReports)
    .where(gte(crashReports.createdAt, opts.since))
    .groupBy(crashReports.signature)
    .orderBy(desc(max(crashReports.createdAt)))
    .limit(opts.limit);
  if (groups.length === 0) return [];
  const samples = await db
    .selectDistinctOn([crashReports.signature])
    .from(crashReports)
    .where(
      inArray(
        crashReports.signature,
        groups.map((g) => g.signature),
      ),
    )
    .orderBy(crashReports.signature, desc(crashReports.createdAt));
  const bySignature = new Map(samples.map((s) => [s.signature, s]));
  return groups.map((g) => {
    const latest = bySignature.get(g.signature)!;
    return {
      signature: g.signature,
      count: Number(g.count),
      firstSeen: new Date(g.firstSeen ?? latest.createdAt).toISOString(),
      lastSeen: new Date(g.lastSeen ?? latest.createdAt).toISOString(),
      latest: {
        source: latest.source,
        message: latest.message,
        stack: latest.stack,
        appVersion: latest.appVersion,
        browser: latest.browser,
        os: latest.os,
      },
    };
  });
}
