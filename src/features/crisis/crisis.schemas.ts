import { z } from "zod";

export const crisisResource = z.object({
  id: z.string(),
  name: z.string(),
  action: z.string(),
  href: z.string(),
  description: z.string(),
});

export const crisisResourcesResponse = z.object({ resources: z.array(crisisResource) });

/** What the chat answers carry when a crisis signal fired on the user's message. */
export const crisisInfo = z.object({ kind: z.enum(["self", "client"]), resources: z.array(crisisResource) });
