import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { AppError } from "../../server/errors.ts";

const PING_TIMEOUT_MS = 2_000;

export const healthRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/api/health",
    { config: { public: true }, schema: { response: { 200: z.object({ status: z.literal("ok") }) } } },
    async () => {
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error("ping timeout")), PING_TIMEOUT_MS);
      });
      try {
        await Promise.race([app.deps.database.ping(), timeout]);
      } catch (cause) {
        throw new AppError("unavailable", "The database is unreachable.", { retryAfter: 5, cause });
      } finally {
        clearTimeout(timer);
      }
      return { status: "ok" as const };
    },
  );
};
