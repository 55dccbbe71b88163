/**
 * The app factory. It wires plugins and feature routes around explicit dependencies and never
 * listens: the CLI's server.ts does that, and tests call buildApp() + inject().
 */
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import cookie from "@fastify/cookie";
import fastifyStatic from "@fastify/static";
import Fastify, { type FastifyInstance } from "fastify";
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from "fastify-type-provider-zod";
import type { DestinationStream } from "pino";
import { parseKeyRing } from "../crypto/key-ring.ts";
import type { Database } from "../db/client.ts";
import { type Config, ConfigError } from "../env.ts";
import { scryptParams } from "../features/auth/auth.service.ts";
import { createDummyHash } from "../features/auth/password-hash.ts";
import { createServerCrashReporter } from "../features/telemetry/crash.service.ts";
import { type Clock, systemClock } from "../lib/clock.ts";
import { createProvider } from "../llm/create-provider.ts";
import type { LlmProvider } from "../llm/provider.ts";
import type { AppDeps } from "./deps.ts";
import { createLoggerOptions } from "./logger.ts";
import { csrfPlugin } from "./plugins/csrf.ts";
import { errorHandlerPlugin } from "./plugins/error-handler.ts";
import { createLimiters, type LimitName, type LimitSpec } from "./plugins/rate-limit.ts";
import { securityPlugin } from "./plugins/security.ts";
import { sessionPlugin } from "./plugins/session.ts";
import { registerFeatureRoutes } from "./routes.ts";

export const DEFAULT_WEB_DIST = fileURLToPath(new URL("../../web/dist", import.meta.url));

export interface BuildAppOptions {
  config: Config;
  database: Database;
  clock?: Clock;
  llm?: LlmProvider;
  limits?: Partial<Record<LimitName, LimitSpec>>;
  /** Where logs go (tests capture them); stdout by default. */
  logStream?: DestinationStream;
  /** Built SPA to serve; false to serve none. */
  webDist?: string | false;
}

export async function buildApp(options: BuildAppOptions): Promise<FastifyInstance> {
  const { config, database } = options;
  const app = Fastify({
    logger: createLoggerOptions(config, options.logStream),
    trustProxy: config.trustProxy,
    bodyLimit: 100 * 1024,
    // Never trust a client-chosen request id: it would land in logs verbatim.
    requestIdHeader: false,
    routerOptions: { ignoreTrailingSlash: true },
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  if (!config.dataKey)
    throw new ConfigError("DATA_KEY is missing (ensureSecrets generates it for the embedded mode)");
  const keyRing = parseKeyRing(config.dataKey);
  const limiters = createLimiters({
    db: database.db,
    redisUrl: config.redisUrl,
    limits: { global: { points: config.rateLimitPerMinute, duration: 60 }, ...options.limits },
  });
  const deps: AppDeps = {
    config,
    database,
    db: database.db,
    clock: options.clock ?? systemClock,
    llm: options.llm ?? createProvider(config),
    limiters,
    keyRing,
    dummyHash: await createDummyHash(scryptParams(config)),
  };
  app.decorate("deps", deps);
  app.addHook("onClose", async () => limiters.close());

  await app.register(errorHandlerPlugin(createServerCrashReporter(deps)));
  await app.register(cookie);
  await app.register(securityPlugin);
  await app.register(csrfPlugin);
  await app.register(sessionPlugin);

  await registerFeatureRoutes(app);

  await registerWeb(app, options.webDist ?? DEFAULT_WEB_DIST);
  return app;
}

async function registerWeb(app: FastifyInstance, webDist: string | false) {
  const hasWeb = webDist !== false && existsSync(`${webDist}/index.html`);
  if (hasWeb) {
    await app.register(fastifyStatic, {
      root: webDist,
      wildcard: false,
      index: false,
      setHeaders: (res, filePath) => {
        // Vite fingerprints assets: cache forever. Everything else revalidates.
        const immutable = filePath.includes("/assets/");
        res.header("Cache-Control", immutable ? "public, max-age=31536000, immutable" : "no-cache");
      },
    });
  }
  app.setNotFoundHandler((request, reply) => {
    if (request.url.startsWith("/api") || request.method !== "GET") {
      return reply.status(404).send({ error: { code: "not_found", message: "Not found" } });
    }
    if (!hasWeb)
      return reply.status(404).type("text/plain").send("The web app is not built. Run: npm run build");
    return reply.header("Cache-Control", "no-cache").sendFile("index.html");
  });
}
