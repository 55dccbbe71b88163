/**
 * One readable Markdown file per conversation for the ZIP export: the title, when, the folder,
 * then each message under a heading naming who spoke. Content is exported as stored (redacted).
 */
import type { folders } from "../../db/schema.ts";
import { conversationTitle, type ExportDeps, messageContent } from "./account-export.ts";
import { type ConversationRow, pageMessages } from "./account-export-pages.ts";

export type FolderRow = typeof folders.$inferSelect;

const UNTITLED = "Untitled conversation";

const when = (d: Date) => `${d.toISOString().slice(0, 16).replace("T", " ")} UTC`;

/** ASCII, lower-case, dash-separated; the index keeps names unique and in creation order. */
export function markdownFileName(index: number, title: string): string {
  const slug = title
    .normalize("NFKD")
    .replace(/[^\x20-\x7e]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/, "");
  return `${String(index).padStart(4, "0")}-${slug || "conversation"}.md`;
}

export function conversationMarkdownChunks(
  deps: ExportDeps,
  userId: string,
  conversation: ConversationRow,
  folderNames: Map<string, string>,
): { name: string; chunks: AsyncIterable<string> } {
  const title = conversationTitle(deps.keyRing, conversation) ?? UNTITLED;
  async function* chunks() {
    const folder = conversation.folderId ? folderNames.get(conversation.folderId) : undefined;
    const meta = [
      `- Created: ${when(conversation.createdAt)}`,
      `- Last updated: ${when(conversation.updatedAt)}`,
      ...(folder ? [`- Folder: ${folder}`] : []),
      ...(conversation.pinned ? ["- Pinned"] : []),
    ];
    yield `# ${title.replace(/\s+/g, " ")}\n\n${meta.join("\n")}\n`;
    for await (const page of pageMessages(deps.db, userId, conversation.id)) {
      yield page
        .map((m) => {
          const who = m.role === "user" ? "You" : "Aluma";
          const content = messageContent(deps.keyRing, m) ?? "_(this message could not be decrypted)_";
          return `\n---\n\n### ${who} · ${when(m.createdAt)}\n\n${content}\n`;
        })
        .join("");
    }
  }
  return { name: title, chunks: chunks() };
}
