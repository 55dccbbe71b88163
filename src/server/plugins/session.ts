/**
 * Resolves the session cookie on every /api request and spends the caller's global per-IP budget
 * (shared by every instance through the limit store). The two are independent reads, so they run
 * in parallel: one round trip instead of two on every request.
 *
 * Routes are private unless they declare `config: { public: true }`, so a forgotten check fails
 * closed.
 */
import type { FastifyInstance } from "fastify";
import fp from "fastify-plugin";
import { resolveSession } from "../../features/auth/sessions.ts";
import { sessionCookieName } from "../cookies.ts";
import { AppError } from "../errors.ts";

/** Health checks come from load balancers every few seconds; they must not spend a budget. */
const UNLIMITED = new Set(["/api/health"]);

export const sessionPlugin = fp(async (app: FastifyInstance) => {
  app.decorateRequest("auth", null);

  app.addHook("onRequest", async (request) => {
    if (!request.url.startsWith("/api/")) return;
    const { config, db, clock, limiters } = app.deps;
    const token = request.cookies[sessionCookieName(config, request)];
    const [auth] = await Promise.all([
      token ? resolveSession(db, clock, config.session, token) : null,
      UNLIMITED.has(request.url) ? undefined : limiters.consume("global", request.ip),
    ]);
    request.auth = auth;
    const routeConfig = request.routeOptions.config;
    // Unmatched URLs have no route config: let the not-found handler answer 404.
    if (!request.routeOptions.url || routeConfig?.public) return;
    if (!request.auth) throw new AppError("unauthorized", "Please log in.");
    const required = routeConfig?.role;
    if (required && request.auth.role !== "admin" && request.auth.role !== required) {
      throw new AppError("forbidden", "You do not have access to this.");
    }
  });
});
