import { z } from "zod";

export const idParams = z.object({ id: z.uuid() });

const timestamp = z.iso.datetime({ offset: true });

/** Folder names and titles are trimmed here and redacted by the service before storage. */
export const folderNameSchema = z.string().trim().min(1).max(100);
export const titleSchema = z.string().trim().min(1).max(200);

export const folderBody = z.strictObject({ name: folderNameSchema });

export const folderItem = z.object({
  id: z.uuid(),
  name: z.string(),
  createdAt: timestamp,
  updatedAt: timestamp,
});
export const foldersResponse = z.object({ items: z.array(folderItem) });

export const deleteFolderQuery = z.object({
  deleteConversations: z
    .enum(["true", "false"])
    .optional()
    .transform((v) => v === "true"),
});

export const createConversationBody = z.strictObject({
  title: titleSchema.optional(),
  folderId: z.uuid().nullable().optional(),
});

/** The body is optional: a bare POST starts an untitled conversation. */
export const createConversationBodyOrNone = z.preprocess((v) => v ?? {}, createConversationBody);

export const patchConversationBody = z
  .strictObject({
    title: titleSchema.optional(),
    folderId: z.uuid().nullable().optional(),
    pinned: z.boolean().optional(),
  })
  .refine((b) => b.title !== undefined || b.folderId !== undefined || b.pinned !== undefined, {
    message: "Nothing to change.",
  });

export const listConversationsQuery = z.object({
  /** A folder id, or "none" for conversations in no folder. */
  folderId: z.union([z.uuid(), z.literal("none")]).optional(),
  q: z.string().trim().max(200).optional(),
  cursor: z.string().max(500).optional(),
});

export const conversationItem = z.object({
  id: z.uuid(),
  /** Null until the first exchange is titled (or the user names it). */
  title: z.string().nullable(),
  folderId: z.uuid().nullable(),
  pinned: z.boolean(),
  createdAt: timestamp,
  updatedAt: timestamp,
});

export const messageItem = z.object({
  id: z.uuid(),
  role: z.enum(["user", "assistant"]),
  content: z.string(),
  redactions: z.record(z.string(), z.number()),
  provider: z.string().nullable(),
  status: z.enum(["complete", "streaming", "stopped", "error"]),
  createdAt: timestamp,
});

export const conversationDetail = conversationItem.extend({ messages: z.array(messageItem) });

export const conversationsResponse = z.object({
  items: z.array(conversationItem),
  nextCursor: z.string().nullable(),
});

export type ConversationItem = z.infer<typeof conversationItem>;
export type MessageItem = z.infer<typeof messageItem>;
