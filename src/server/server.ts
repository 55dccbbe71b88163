/** Starts the real server: secrets, database, migrations, listen, and graceful shutdown. */
import type { FastifyInstance } from "fastify";
import { openDatabase } from "../db/client.ts";
import { migrateDatabase } from "../db/migrate.ts";
import type { Config } from "../env.ts";
import { buildApp } from "./app.ts";
import { ensureSecrets } from "./secrets.ts";

const SHUTDOWN_GRACE_MS = 10_000;

export async function startServer(baseConfig: Config): Promise<FastifyInstance> {
  const config = await ensureSecrets(baseConfig);
  const database = await openDatabase(config);
  await migrateDatabase(database);
  const app = await buildApp({ config, database });
  app.addHook("onClose", async () => database.close());

  let closing = false;
  const shutdown = (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, "shutting down");
    // In-flight requests (and streaming answers) finish; new connections are refused.
    const force = setTimeout(() => process.exit(1), SHUTDOWN_GRACE_MS);
    force.unref();
    app.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once("SIGTERM", () => shutdown("SIGTERM"));
  process.once("SIGINT", () => shutdown("SIGINT"));

  await app.listen({ port: config.port, host: config.host });
  return app;
}
