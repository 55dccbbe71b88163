import { mkdtemp, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createTestApp,
  openTestDatabase,
  STRONG_PASSWORD,
  type TestApp,
  TestClient,
} from "../../test/helper.ts";
import { migrateDatabase } from "../db/migrate.ts";
import { users } from "../db/schema.ts";
import { ConfigError, parseConfig } from "../env.ts";
import { ensureSecrets, readSecrets } from "./secrets.ts";

describe("configuration", () => {
  it("fails fast with a readable message naming each bad variable", () => {
    expect(() => parseConfig({ PORT: "eighty", DATABASE_URL: "mysql://x", LOG_LEVEL: "loud" })).toThrow(
      ConfigError,
    );
    try {
      parseConfig({ PORT: "eighty", DATABASE_URL: "mysql://x" });
    } catch (error) {
      expect((error as Error).message).toMatch(/PORT/);
      expect((error as Error).message).toMatch(/DATABASE_URL/);
    }
  });

  it("has the documented defaults", () => {
    const config = parseConfig({});
    expect(config.port).toBe(3000);
    expect(config.host).toBe("127.0.0.1");
    expect(config.dataDir).toBe("./data");
    expect(config.session.idleMs).toBe(7 * 86_400_000);
    expect(config.session.absoluteMs).toBe(30 * 86_400_000);
    expect(config.scryptLogN).toBe(17);
    expect(config.openai).toBeUndefined();
    expect(config.stripe).toBeUndefined();
  });
});

describe("embedded secrets", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), "aluma-secrets-"));
  });
  afterAll(async () => rm(dir, { recursive: true, force: true }));

  it("generates DATA_KEY once into DATA_DIR with mode 0600 and reuses it", async () => {
    const first = await ensureSecrets(parseConfig({ DATA_DIR: dir }));
    const file = await stat(path.join(dir, "secrets.json"));
    expect(file.mode & 0o777).toBe(0o600);
    const second = await ensureSecrets(parseConfig({ DATA_DIR: dir }));
    expect(second.dataKey).toBe(first.dataKey);
    expect((await readSecrets(dir))?.dataKey).toBe(first.dataKey);
  });

  it("requires DATA_KEY with DATABASE_URL in production", async () => {
    await expect(
      ensureSecrets(parseConfig({ NODE_ENV: "production", DATABASE_URL: "postgres://db/x", DATA_DIR: dir })),
    ).rejects.toThrow(/DATA_KEY/);
  });
});

describe("migrations and rehash", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => t.close());

  it("are harmless to run twice", async () => {
    await migrateDatabase(t.database);
    await migrateDatabase(t.database);
    expect((await t.app.inject({ method: "GET", url: "/api/health" })).statusCode).toBe(200);
  });

  it("rehashes a password on login when the scrypt parameters changed", async () => {
    const client = new TestClient(t.app);
    const { email, user } = await client.signup();
    const stronger = await createTestApp({ database: t.database, env: { SCRYPT_LOG_N: "11" } });
    try {
      expect((await new TestClient(stronger.app).login(email, STRONG_PASSWORD)).statusCode).toBe(200);
      const [row] = await t.database.db.select().from(users).where(eq(users.id, user.id));
      expect(row!.passwordHash).toMatch(/^scrypt\$ln=11,/);
    } finally {
      await stronger.app.close();
    }
  });

  it("opens a fresh database per test file", async () => {
    const other = await openTestDatabase();
    try {
      expect(await other.db.select().from(users)).toHaveLength(0);
    } finally {
      await other.close();
    }
  });
});
