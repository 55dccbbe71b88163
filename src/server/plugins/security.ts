import helmet from "@fastify/helmet";
import type { FastifyInstance } from "fastify";
import fp from "fastify-plugin";
import { isSecureRequest } from "../cookies.ts";

/** Strict headers for every response; no inline script anywhere, so the CSP can forbid it. */
export const securityPlugin = fp(async (app: FastifyInstance) => {
  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", "data:"],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        manifestSrc: ["'self'"],
        workerSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    referrerPolicy: { policy: "no-referrer" },
    // HSTS only means something over HTTPS; it is added below per request.
    strictTransportSecurity: false,
    crossOriginEmbedderPolicy: false,
  });

  app.addHook("onSend", async (request, reply) => {
    if (isSecureRequest(app.deps.config, request)) {
      reply.header("Strict-Transport-Security", "max-age=63072000; includeSubDomains");
    }
    if (request.url.startsWith("/api")) reply.header("Cache-Control", "no-store");
  });
});
