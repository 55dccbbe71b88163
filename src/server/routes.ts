/** Every feature's routes, in one place. Each feature owns its routes file. */
import type { FastifyInstance } from "fastify";
import { accountRoutes } from "../features/account/account.routes.ts";
import { authRoutes } from "../features/auth/auth.routes.ts";
import { chatRoutes } from "../features/chat/chat.routes.ts";
import { conversationRoutes } from "../features/conversations/conversations.routes.ts";
import { crisisRoutes } from "../features/crisis/crisis.routes.ts";
import { billingRoutes } from "../features/billing/billing.routes.ts";
import { healthRoutes } from "../features/health/health.routes.ts";
import { redactRoutes } from "../features/redact/redact.routes.ts";

export async function registerFeatureRoutes(app: FastifyInstance): Promise<void> {
  await app.register(healthRoutes);
  await app.register(authRoutes);
  await app.register(accountRoutes);
  await app.register(conversationRoutes);
  await app.register(chatRoutes);
  await app.register(redactRoutes);
  await app.register(crisisRoutes);
  await app.register(billingRoutes);
}
