import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { recordAudit } from "../auth/audit.ts";
import { acceptPolicyBody, acceptPolicyResponse, policyResponse } from "./policy.schemas.ts";
import { acceptPolicy } from "./policy.service.ts";
import { POLICY_VERSION } from "./policy.ts";
import { POLICY_TEXT } from "./policy-text.ts";

export const policyRoutes: FastifyPluginAsyncZod = async (app) => {
  const deps = app.deps;

  app.get(
    "/api/policy",
    { config: { public: true }, schema: { response: { 200: policyResponse } } },
    async (_request, reply) => {
      reply.header("Cache-Control", "no-cache");
      return { version: POLICY_VERSION, text: POLICY_TEXT };
    },
  );

  app.post(
    "/api/me/policy",
    { schema: { body: acceptPolicyBody, response: { 200: acceptPolicyResponse } } },
    async (request) => {
      const userId = request.auth!.userId;
      const accepted = await acceptPolicy(deps.db, deps.clock, userId);
      await recordAudit(deps.db, deps.clock, "policy_accepted", userId, request);
      return accepted;
    },
  );
};
