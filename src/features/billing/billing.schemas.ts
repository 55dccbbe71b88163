import { z } from "zod";

/** The web app posts `{}`; nothing else is accepted. */
export const emptyBody = z.strictObject({}).optional();

export const urlResponse = z.object({ url: z.url() });

export const webhookResponse = z.object({ received: z.literal(true) });
