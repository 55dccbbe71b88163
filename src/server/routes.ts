/** Every feature's routes, in one place. Each feature owns its routes file. */
import type { FastifyInstance } from "fastify";
import { accountRoutes } from "../features/account/account.routes.ts";
import { authRoutes } from "../features/auth/auth.routes.ts";
import { healthRoutes } from "../features/health/health.routes.ts";

export async function registerFeatureRoutes(app: FastifyInstance): Promise<void> {
  await app.register(healthRoutes);
  await app.register(authRoutes);
  await app.register(accountRoutes);
}
