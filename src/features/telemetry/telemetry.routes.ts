import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { recordCrash } from "./crash.service.ts";
import { CRASH_BODY_LIMIT, crashBody } from "./telemetry.schemas.ts";

export const telemetryRoutes: FastifyPluginAsyncZod = async (app) => {
  const deps = app.deps;

  // Public so a crash on the sign-in page is reported too; CSRF still applies (it is a POST), and
  // the session, if any, is ignored: a report never learns who sent it.
  app.post(
    "/api/telemetry/crash",
    {
      bodyLimit: CRASH_BODY_LIMIT,
      config: { public: true },
      schema: { body: crashBody, response: { 204: z.null() } },
    },
    async (request, reply) => {
      await deps.limiters.consume("telemetry", request.ip);
      await recordCrash(deps, {
        source: "web",
        message: request.body.message,
        stack: request.body.stack,
        appVersion: request.body.appVersion,
        userAgent: request.headers["user-agent"],
      });
      return reply.status(204).send(null);
    },
  );
};
