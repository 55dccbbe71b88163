/**
 * CSRF defence in two layers: a double-submit token (x-csrf-token must equal the aluma_csrf
 * cookie) and an Origin check. Both apply to every state-changing /api request, signup and login
 * included; only the Stripe webhook opts out, as it is authenticated by signature.
 */
import { timingSafeEqual } from "node:crypto";
import type { FastifyInstance, FastifyRequest } from "fastify";
import fp from "fastify-plugin";
import { CSRF_COOKIE } from "../cookies.ts";
import { AppError } from "../errors.ts";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

function originAllowed(app: FastifyInstance, request: FastifyRequest): boolean {
  const origin = request.headers.origin;
  if (origin === undefined) {
    // Browsers that omit Origin still send Sec-Fetch-Site; non-browser clients send neither.
    const site = request.headers["sec-fetch-site"];
    return site === undefined || site === "same-origin" || site === "none";
  }
  const expected = app.deps.config.publicUrl?.origin ?? `${request.protocol}://${request.host}`;
  return origin === expected;
}

export const csrfPlugin = fp(async (app: FastifyInstance) => {
  app.addHook("onRequest", async (request) => {
    if (SAFE_METHODS.has(request.method) || !request.url.startsWith("/api/")) return;
    if (request.routeOptions.config?.skipCsrf) return;
    const header = request.headers["x-csrf-token"];
    const cookie = request.cookies[CSRF_COOKIE];
    if (typeof header !== "string" || !cookie || !sameToken(header, cookie)) {
      throw new AppError("csrf", "Missing or invalid CSRF token. Reload the page and try again.");
    }
    if (!originAllowed(app, request)) {
      throw new AppError("csrf", "Cross-origin request refused.");
    }
  });
});
