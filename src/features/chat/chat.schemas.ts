import { z } from "zod";
import { messageItem } from "../conversations/conversations.schemas.ts";
import { crisisInfo } from "../crisis/crisis.schemas.ts";

export const MAX_MESSAGE_CHARS = 8_000;

export const sendMessageBody = z.strictObject({
  content: z.string().trim().min(1).max(MAX_MESSAGE_CHARS),
});

export const chatResponse = z.object({
  userMessage: messageItem,
  assistantMessage: messageItem,
  crisis: crisisInfo.nullable(),
});

export const stopResponse = z.object({ message: messageItem.nullable() });
