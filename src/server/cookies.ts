import type { FastifyReply, FastifyRequest } from "fastify";
import type { Config } from "../env.ts";

export const CSRF_COOKIE = "aluma_csrf";
const SESSION_COOKIE = "aluma_session";
// __Host- binds the cookie to this exact host and path over HTTPS: no subdomain can set or read it.
const SECURE_SESSION_COOKIE = "__Host-aluma_session";

/** HTTPS as the public URL says, or as a trusted proxy reports it. */
export function isSecureRequest(config: Config, request: FastifyRequest): boolean {
  if (config.publicUrl?.protocol === "https:") return true;
  return config.trustProxy && request.protocol === "https";
}

export function sessionCookieName(config: Config, request: FastifyRequest): string {
  return isSecureRequest(config, request) ? SECURE_SESSION_COOKIE : SESSION_COOKIE;
}

export function setSessionCookie(
  config: Config,
  request: FastifyRequest,
  reply: FastifyReply,
  token: string,
) {
  reply.setCookie(sessionCookieName(config, request), token, {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    secure: isSecureRequest(config, request),
    maxAge: Math.floor(config.session.absoluteMs / 1000),
  });
}

export function clearSessionCookie(config: Config, request: FastifyRequest, reply: FastifyReply) {
  reply.clearCookie(sessionCookieName(config, request), {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    secure: isSecureRequest(config, request),
  });
}

export function setCsrfCookie(config: Config, request: FastifyRequest, reply: FastifyReply, token: string) {
  // Readable by the page on purpose (double-submit): the SPA copies it into x-csrf-token.
  reply.setCookie(CSRF_COOKIE, token, {
    httpOnly: false,
    sameSite: "lax",
    path: "/",
    secure: isSecureRequest(config, request),
  });
}
