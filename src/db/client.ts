/**
 * One Drizzle database over either real PostgreSQL (`DATABASE_URL`, e.g. Neon) or embedded
 * PGlite in DATA_DIR. Both speak the same SQL, so the rest of the code never knows which it has.
 */
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { sql } from "drizzle-orm";
import { drizzle as drizzlePg } from "drizzle-orm/node-postgres";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import pg from "pg";
import * as schema from "./schema.ts";

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

export interface Database {
  kind: "postgres" | "pglite";
  db: Db;
  /** Throws when the database cannot answer. */
  ping(): Promise<void>;
  close(): Promise<void>;
  /** Set for postgres: used to take an advisory lock around migrations. */
  connectionString?: string;
  /** Set for pglite: the raw instance (tests dump and load data dirs with it). */
  pglite?: PGlite;
}

export async function openPostgres(connectionString: string, opts: { max?: number } = {}): Promise<Database> {
  // The URL decides TLS (`sslmode=require` as Neon gives it); pg parses it from the string.
  const pool = new pg.Pool({
    connectionString,
    max: opts.max ?? 20,
    connectionTimeoutMillis: 5_000,
    idleTimeoutMillis: 30_000,
  });
  // An idle client losing its connection emits 'error' on the pool; without a listener that
  // would crash the process. The next query reconnects, and /api/health reports the outage.
  pool.on("error", () => {});
  const db = drizzlePg(pool, { schema }) as unknown as Db;
  return {
    kind: "postgres",
    db,
    connectionString,
    ping: async () => {
      await db.execute(sql`select 1`);
    },
    close: () => pool.end(),
  };
}

export async function openPglite(
  dataDir: string | undefined,
  opts: { loadDataDir?: Blob } = {},
): Promise<Database> {
  let dir: string | undefined;
  if (dataDir) {
    dir = path.resolve(dataDir, "pglite");
    await mkdir(dir, { recursive: true });
  }
  const client = await PGlite.create({ dataDir: dir, loadDataDir: opts.loadDataDir });
  const db = drizzlePglite(client, { schema }) as unknown as Db;
  return {
    kind: "pglite",
    db,
    pglite: client,
    ping: async () => {
      if (client.closed) throw new Error("database closed");
      await db.execute(sql`select 1`);
    },
    close: async () => {
      if (!client.closed) await client.close();
    },
  };
}

export function openDatabase(opts: { databaseUrl: string | undefined; dataDir: string }): Promise<Database> {
  return opts.databaseUrl ? openPostgres(opts.databaseUrl) : openPglite(opts.dataDir);
}
