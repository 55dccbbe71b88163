import type { FastifyInstance } from "fastify";
import fp from "fastify-plugin";

/** One budget per client IP across every instance (the store is shared). */
export const globalRateLimitPlugin = fp(async (app: FastifyInstance) => {
  app.addHook("onRequest", async (request) => {
    if (!request.url.startsWith("/api/") || request.url === "/api/health") return;
    await app.deps.limiters.consume("global", request.ip);
  });
});
