import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { recordAudit } from "../auth/audit.ts";
import {
  changePasswordBody,
  idParams,
  meResponse,
  patchMeBody,
  sessionsResponse,
} from "./account.schemas.ts";
import { changePassword, describeMe, listSessions, revokeSession, updateProfile } from "./account.service.ts";

export const accountRoutes: FastifyPluginAsyncZod = async (app) => {
  const deps = app.deps;

  app.get("/api/me", { schema: { response: { 200: meResponse } } }, async (request) =>
    describeMe(deps, request.auth!.userId),
  );

  app.patch("/api/me", { schema: { body: patchMeBody, response: { 200: meResponse } } }, async (request) => {
    const auth = request.auth!;
    if (request.body.email !== undefined) await deps.limiters.consume("password", auth.userId);
    const { emailChanged } = await updateProfile(deps, auth.userId, request.body);
    if (emailChanged) await recordAudit(deps.db, deps.clock, "email_changed", auth.userId, request);
    return describeMe(deps, auth.userId);
  });

  app.put(
    "/api/me/password",
    { schema: { body: changePasswordBody, response: { 204: z.null() } } },
    async (request, reply) => {
      const auth = request.auth!;
      await deps.limiters.consume("password", auth.userId);
      await changePassword(deps, auth, request.body);
      await recordAudit(deps.db, deps.clock, "password_changed", auth.userId, request);
      return reply.status(204).send(null);
    },
  );

  app.get("/api/me/sessions", { schema: { response: { 200: sessionsResponse } } }, async (request) => ({
    items: await listSessions(deps.db, request.auth!),
  }));

  app.delete(
    "/api/me/sessions/:id",
    { schema: { params: idParams, response: { 204: z.null() } } },
    async (request, reply) => {
      const auth = request.auth!;
      await revokeSession(deps.db, auth.userId, request.params.id);
      await recordAudit(deps.db, deps.clock, "session_revoked", auth.userId, request);
      return reply.status(204).send(null);
    },
  );
};
