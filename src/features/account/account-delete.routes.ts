import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { clearSessionCookie } from "../../server/cookies.ts";
import { deleteAccount } from "./account-delete.ts";

const deleteAccountBody = z.strictObject({ password: z.string().min(1).max(512) });

export const accountDeleteRoutes: FastifyPluginAsyncZod = async (app) => {
  const deps = app.deps;

  app.delete(
    "/api/me",
    { schema: { body: deleteAccountBody, response: { 204: z.null() } } },
    async (request, reply) => {
      const userId = request.auth!.userId;
      // The password check is a guessing oracle for whoever holds the session: same budget as
      // the other password-confirmed actions.
      await deps.limiters.consume("password", userId);
      await deleteAccount(deps, userId, request.body.password);
      clearSessionCookie(deps.config, request, reply);
      return reply.status(204).send(null);
    },
  );
};
