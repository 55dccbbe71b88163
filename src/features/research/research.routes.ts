import { eq } from "drizzle-orm";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { users } from "../../db/schema.ts";
import { TAXONOMY } from "../../research/taxonomy.ts";
import { recordAudit } from "../auth/audit.ts";
import {
  labelsResponse,
  researchOptInBody,
  researchOptInResponse,
  summaryQuery,
  summaryResponse,
} from "./research.schemas.ts";
import { summarizeResearch, summaryToCsv } from "./research.service.ts";

export const researchRoutes: FastifyPluginAsyncZod = async (app) => {
  const deps = app.deps;

  app.put(
    "/api/me/research",
    { schema: { body: researchOptInBody, response: { 200: researchOptInResponse } } },
    async (request) => {
      const userId = request.auth!.userId;
      const { optIn } = request.body;
      await deps.db
        .update(users)
        .set({ researchOptIn: optIn, updatedAt: new Date() })
        .where(eq(users.id, userId));
      await recordAudit(deps.db, deps.clock, optIn ? "research_opt_in" : "research_opt_out", userId, request);
      return { researchOptIn: optIn };
    },
  );

  app.get(
    "/api/research/summary",
    {
      config: { role: "researcher" },
      schema: { querystring: summaryQuery, response: { 200: summaryResponse } },
    },
    async (request, reply) => {
      reply.header("Cache-Control", "no-store");
      return summarizeResearch(deps, request.query);
    },
  );

  app.get(
    "/api/research/summary.csv",
    { config: { role: "researcher" }, schema: { querystring: summaryQuery, response: { 200: z.string() } } },
    async (request, reply) => {
      const csv = summaryToCsv(await summarizeResearch(deps, request.query));
      return reply
        .header("Cache-Control", "no-store")
        .header("Content-Type", "text/csv; charset=utf-8")
        .header("Content-Disposition", 'attachment; filename="aluma-research-summary.csv"')
        .send(csv);
    },
  );

  app.get(
    "/api/research/labels",
    { config: { role: "researcher" }, schema: { response: { 200: labelsResponse } } },
    async () => ({
      emotions: [...TAXONOMY.emotions],
      barriers: [...TAXONOMY.barriers],
      values: [...TAXONOMY.values],
    }),
  );
};
