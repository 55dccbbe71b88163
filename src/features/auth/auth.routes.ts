import { randomBytes } from "node:crypto";
import type { FastifyReply, FastifyRequest } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { truncateIp, truncateUserAgent } from "../../lib/network.ts";
import { CSRF_COOKIE, clearSessionCookie, setCsrfCookie, setSessionCookie } from "../../server/cookies.ts";
import type { AppDeps } from "../../server/deps.ts";
import { recordAudit } from "./audit.ts";
import { csrfResponse, loginBody, signupBody, userResponse } from "./auth.schemas.ts";
import { logIn, signUp, toPublicUser } from "./auth.service.ts";
import { createSession, deleteSession } from "./sessions.ts";

async function startSession(deps: AppDeps, request: FastifyRequest, reply: FastifyReply, userId: string) {
  // A fresh token on every login; any session the browser already carried ends (no fixation).
  if (request.auth) await deleteSession(deps.db, request.auth.sessionId);
  const { token } = await createSession(deps.db, deps.clock, {
    userId,
    userAgent: truncateUserAgent(request.headers["user-agent"]),
    ip: truncateIp(request.ip),
  });
  setSessionCookie(deps.config, request, reply, token);
}

export const authRoutes: FastifyPluginAsyncZod = async (app) => {
  const deps = app.deps;

  app.get(
    "/api/auth/csrf",
    { config: { public: true }, schema: { response: { 200: csrfResponse } } },
    async (request, reply) => {
      const existing = request.cookies[CSRF_COOKIE];
      const token =
        existing && /^[A-Za-z0-9_-]{43}$/.test(existing) ? existing : randomBytes(32).toString("base64url");
      setCsrfCookie(deps.config, request, reply, token);
      return { csrfToken: token };
    },
  );

  app.post(
    "/api/auth/signup",
    { config: { public: true }, schema: { body: signupBody, response: { 201: userResponse } } },
    async (request, reply) => {
      await deps.limiters.consume("signup", request.ip);
      const user = await signUp(deps, request.body);
      await startSession(deps, request, reply, user.id);
      await recordAudit(deps.db, deps.clock, "signup", user.id, request);
      return reply.status(201).send({ user: toPublicUser(user) });
    },
  );

  app.post(
    "/api/auth/login",
    { config: { public: true }, schema: { body: loginBody, response: { 200: userResponse } } },
    async (request, reply) => {
      const user = await logIn(deps, { ...request.body, ip: request.ip }, (userId) =>
        recordAudit(deps.db, deps.clock, "login_failed", userId, request),
      );
      await startSession(deps, request, reply, user.id);
      await recordAudit(deps.db, deps.clock, "login_succeeded", user.id, request);
      return { user: toPublicUser(user) };
    },
  );

  app.post(
    "/api/auth/logout",
    { config: { public: true }, schema: { response: { 204: z.null() } } },
    async (request, reply) => {
      if (request.auth) {
        await deleteSession(deps.db, request.auth.sessionId);
        await recordAudit(deps.db, deps.clock, "logout", request.auth.userId, request);
      }
      clearSessionCookie(deps.config, request, reply);
      return reply.status(204).send(null);
    },
  );
};
