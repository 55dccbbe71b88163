/**
 * Test helpers: a fresh, migrated database per call (PGlite, or real PostgreSQL when
 * TEST_DATABASE_URL is set), buildApp() around it, and a cookie-keeping client for inject().
 */
import { randomBytes } from "node:crypto";
import { readFile } from "node:fs/promises";
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from "fastify";
import pg from "pg";
import { inject } from "vitest";
import { type Database, openPglite, openPostgres } from "../src/db/client.ts";
import { type Config, parseConfig } from "../src/env.ts";
import { type BuildAppOptions, buildApp } from "../src/server/app.ts";

export const TEST_DATA_KEY = `k1:${Buffer.alloc(32, 7).toString("base64")}`;

export function testConfig(env: Record<string, string> = {}): Config {
  return parseConfig({
    NODE_ENV: "test",
    LOG_LEVEL: "silent",
    // Cheap scrypt for speed; password-hash.test.ts covers the production parameters.
    SCRYPT_LOG_N: "10",
    DATA_KEY: TEST_DATA_KEY,
    DATA_DIR: "./data-test-unused",
    ...env,
  });
}

function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

/** A new database holding the migrated schema and nothing else. */
export async function openTestDatabase(): Promise<Database> {
  const templateUrl = inject("postgresTemplateUrl");
  if (templateUrl) {
    const name = `${inject("postgresPrefix")}_${randomBytes(6).toString("hex")}`;
    const admin = new pg.Client({ connectionString: withDatabase(templateUrl, "postgres") });
    await admin.connect();
    await admin.query(`create database "${name}" template "${inject("postgresPrefix")}_template"`);
    await admin.end();
    const database = await openPostgres(withDatabase(templateUrl, name), { max: 5 });
    const close = database.close;
    return {
      ...database,
      close: async () => {
        await close();
        const drop = new pg.Client({ connectionString: withDatabase(templateUrl, "postgres") });
        await drop.connect();
        await drop.query(`drop database if exists "${name}" with (force)`);
        await drop.end();
      },
    };
  }
  const dump = await readFile(inject("pgliteDump"));
  return openPglite(undefined, { loadDataDir: new Blob([dump]) });
}

export interface TestApp {
  app: FastifyInstance;
  database: Database;
  config: Config;
  close(): Promise<void>;
}

export async function createTestApp(
  options: Partial<BuildAppOptions> & { env?: Record<string, string> } = {},
): Promise<TestApp> {
  const database = options.database ?? (await openTestDatabase());
  const config = options.config ?? testConfig(options.env);
  const app = await buildApp({ webDist: false, ...options, config, database });
  await app.ready();
  return {
    app,
    database,
    config,
    close: async () => {
      await app.close();
      if (!options.database) await database.close();
    },
  };
}

let counter = 0;
export function uniqueEmail(prefix = "user"): string {
  counter += 1;
  return `${prefix}.${process.pid}.${counter}.${randomBytes(3).toString("hex")}@example.org`;
}

export const STRONG_PASSWORD = "quiet harbor lantern 42";

type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

/** Keeps cookies between requests and sends the CSRF header, like the web app does. */
export class TestClient {
  cookies = new Map<string, string>();
  csrfToken: string | undefined;
  /** Fixed per client so per-IP limits do not leak between tests. */
  readonly ip: string;

  constructor(
    readonly app: FastifyInstance,
    ip?: string,
  ) {
    this.ip = ip ?? `10.${randomBytes(1)[0]}.${randomBytes(1)[0]}.${randomBytes(1)[0]}`;
  }

  async csrf(): Promise<string> {
    if (!this.csrfToken) {
      const res = await this.request("GET", "/api/auth/csrf");
      this.csrfToken = res.json().csrfToken as string;
    }
    return this.csrfToken;
  }

  cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  }

  async request(
    method: Method,
    url: string,
    body?: unknown,
    extra: Partial<InjectOptions> = {},
  ): Promise<LightMyRequestResponse> {
    const headers: Record<string, string> = { ...(extra.headers as Record<string, string>) };
    if (method !== "GET" && !("x-csrf-token" in headers)) headers["x-csrf-token"] = await this.csrf();
    if (this.cookies.size > 0 && !("cookie" in headers)) headers.cookie = this.cookieHeader();
    const res = await this.app.inject({
      method,
      url,
      remoteAddress: this.ip,
      ...(body !== undefined ? { payload: body as InjectOptions["payload"] } : {}),
      ...extra,
      headers,
    });
    for (const c of res.cookies as Array<{ name: string; value: string; maxAge?: number; expires?: Date }>) {
      const expired = c.maxAge === 0 || (c.expires && c.expires.getTime() < Date.now()) || c.value === "";
      if (expired) this.cookies.delete(c.name);
      else this.cookies.set(c.name, c.value);
    }
    return res;
  }

  get = (url: string, extra?: Partial<InjectOptions>) => this.request("GET", url, undefined, extra);
  post = (url: string, body?: unknown, extra?: Partial<InjectOptions>) =>
    this.request("POST", url, body, extra);
  put = (url: string, body?: unknown, extra?: Partial<InjectOptions>) =>
    this.request("PUT", url, body, extra);
  patch = (url: string, body?: unknown, extra?: Partial<InjectOptions>) =>
    this.request("PATCH", url, body, extra);
  delete = (url: string, body?: unknown, extra?: Partial<InjectOptions>) =>
    this.request("DELETE", url, body, extra);

  async signup(input: { name?: string; email?: string; password?: string } = {}) {
    const email = input.email ?? uniqueEmail();
    const password = input.password ?? STRONG_PASSWORD;
    const res = await this.post("/api/auth/signup", {
      name: input.name ?? "Test Worker",
      email,
      password,
      ageConfirmed: true,
      acceptedPolicy: true,
    });
    if (res.statusCode !== 201) throw new Error(`signup failed: ${res.statusCode} ${res.body}`);
    return { email, password, user: res.json().user as { id: string; email: string; name: string } };
  }

  async login(email: string, password: string) {
    return this.post("/api/auth/login", { email, password });
  }
}

/** A client that is already signed up and logged in. */
export async function signedInClient(app: FastifyInstance, input: Parameters<TestClient["signup"]>[0] = {}) {
  const client = new TestClient(app);
  const account = await client.signup(input);
  return { client, ...account };
}
