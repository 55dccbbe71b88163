/**
 * Automatic titles after the first complete exchange. The model (when configured) or the offline
 * guide proposes one from redacted text only; the result is redacted again, markers stripped,
 * and written only while title_set is false, so a title the user chose is never overwritten.
 */
import { and, eq } from "drizzle-orm";
import { conversations } from "../../db/schema.ts";
import { createOfflineGuide } from "../../llm/offline-guide.ts";
import { MARKERS, redact } from "../../phi/index.ts";
import type { AppDeps } from "../../server/deps.ts";
import { sealTitle } from "./sealed.ts";

export const MAX_AUTO_TITLE_CHARS = 60;
const TITLE_TIMEOUT_MS = 10_000;
const offlineGuide = createOfflineGuide();
const markerPattern = new RegExp(
  Object.values(MARKERS)
    .map((m) => m.replace(/[[\]]/g, "\\$&"))
    .join("|"),
  "g",
);

/** A clean, PHI-free title, or null when nothing usable is left. */
export function cleanTitle(raw: string): string | null {
  let title = redact(raw).text.replace(markerPattern, " ");
  title = title
    .replace(/\s+/g, " ")
    .replace(/^["'“”‘’\s]+|["'“”‘’\s.]+$/g, "")
    .trim();
  if (title.length > MAX_AUTO_TITLE_CHARS) {
    const cut = title.slice(0, MAX_AUTO_TITLE_CHARS);
    title = (cut.includes(" ") ? cut.slice(0, cut.lastIndexOf(" ")) : cut).replace(/[\s,;:–—-]+$/, "");
  }
  return title.length > 0 ? title : null;
}

async function proposeTitle(deps: AppDeps, exchange: { userMessage: string; assistantMessage: string }) {
  try {
    const title = cleanTitle(
      await deps.llm.generateTitle({ ...exchange, signal: AbortSignal.timeout(TITLE_TIMEOUT_MS) }),
    );
    if (title) return title;
  } catch {
    // The model failed or timed out: the offline guide's title is always available.
  }
  return cleanTitle(await offlineGuide.generateTitle(exchange)) ?? "Reflection";
}

/** Titles the conversation unless it already has one; returns the stored title or null. */
export async function autoTitle(
  deps: AppDeps,
  userId: string,
  conversationId: string,
  exchange: { userMessage: string; assistantMessage: string },
): Promise<string | null> {
  const title = await proposeTitle(deps, exchange);
  const rows = await deps.db
    .update(conversations)
    .set({ ...sealTitle(deps.keyRing, conversationId, title), titleSet: true })
    .where(
      and(
        eq(conversations.id, conversationId),
        eq(conversations.userId, userId),
        eq(conversations.titleSet, false),
      ),
    )
    .returning({ id: conversations.id });
  return rows.length > 0 ? title : null;
}
