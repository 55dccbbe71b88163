import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { CRISIS_RESOURCES } from "../../crisis/index.ts";
import { crisisResourcesResponse } from "./crisis.schemas.ts";

/** Public on purpose: help must be reachable without an account or a working session. */
export const crisisRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/api/crisis-resources",
    { config: { public: true }, schema: { response: { 200: crisisResourcesResponse } } },
    async () => ({ resources: [...CRISIS_RESOURCES] }),
  );
};
