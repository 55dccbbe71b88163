/**
 * Operator views. Deliberately nothing here reads users' conversations, messages or titles: admins
 * see anonymized crash groups and usage counters only (admin.test.ts checks the route list).
 */
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { listCrashGroups } from "../telemetry/crash.service.ts";
import { crashesQuery, crashesResponse, usageQuery, usageResponse } from "./admin.schemas.ts";
import { listFeatureUsage } from "./admin.service.ts";

const DAY_MS = 86_400_000;

export const adminRoutes: FastifyPluginAsyncZod = async (app) => {
  const deps = app.deps;

  app.get(
    "/api/admin/crashes",
    { config: { role: "admin" }, schema: { querystring: crashesQuery, response: { 200: crashesResponse } } },
    async (request) => {
      const since = new Date(deps.clock.now().getTime() - request.query.days * DAY_MS);
      return { groups: await listCrashGroups(deps.db, { since, limit: request.query.limit }) };
    },
  );

  app.get(
    "/api/admin/usage",
    { config: { role: "admin" }, schema: { querystring: usageQuery, response: { 200: usageResponse } } },
    async (request) => {
      const since = new Date(deps.clock.now().getTime() - (request.query.days - 1) * DAY_MS);
      return { days: await listFeatureUsage(deps.db, since) };
    },
  );
};
