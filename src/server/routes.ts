/** Every feature's routes, in one place. Each feature owns its routes file. */
import type { FastifyInstance } from "fastify";
import { accountRoutes } from "../features/account/account.routes.ts";
import { accountDeleteRoutes } from "../features/account/account-delete.routes.ts";
import { accountExportRoutes } from "../features/account/account-export.routes.ts";
import { adminRoutes } from "../features/admin/admin.routes.ts";
import { authRoutes } from "../features/auth/auth.routes.ts";
import { billingRoutes } from "../features/billing/billing.routes.ts";
import { chatRoutes } from "../features/chat/chat.routes.ts";
import { conversationRoutes } from "../features/conversations/conversations.routes.ts";
import { crisisRoutes } from "../features/crisis/crisis.routes.ts";
import { healthRoutes } from "../features/health/health.routes.ts";
import { policyRoutes } from "../features/policy/policy.routes.ts";
import { redactRoutes } from "../features/redact/redact.routes.ts";
import { researchRoutes } from "../features/research/research.routes.ts";
import { telemetryRoutes } from "../features/telemetry/telemetry.routes.ts";

export async function registerFeatureRoutes(app: FastifyInstance): Promise<void> {
  await app.register(healthRoutes);
  await app.register(authRoutes);
  await app.register(accountRoutes);
  await app.register(accountExportRoutes);
  await app.register(accountDeleteRoutes);
  await app.register(policyRoutes);
  await app.register(researchRoutes);
  await app.register(telemetryRoutes);
  await app.register(adminRoutes);
  await app.register(conversationRoutes);
  await app.register(chatRoutes);
  await app.register(redactRoutes);
  await app.register(crisisRoutes);
  await app.register(billingRoutes);
}
