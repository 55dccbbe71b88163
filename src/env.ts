/**
 * The only reader of process.env. Parses configuration once with zod and fails fast with a
 * message a person can act on. Everything else receives a typed `Config`.
 */
import { z } from "zod";

const booleanish = z
  .enum(["true", "false", "1", "0", "yes", "no"])
  .transform((v) => v === "true" || v === "1" || v === "yes");

const positiveInt = z.coerce.number().int().positive();

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default("127.0.0.1"),
  PUBLIC_URL: z.url({ protocol: /^https?$/ }).optional(),
  TRUST_PROXY: booleanish.default(false),
  DATA_DIR: z.string().min(1).default("./data"),
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
  DATA_KEY: z.string().min(1).optional(),
  REDIS_URL: z.url({ protocol: /^rediss?$/ }).optional(),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  OPENAI_API_KEY: z.string().min(1).optional(),
  OPENAI_BASE_URL: z.url().optional(),
  OPENAI_MODEL: z.string().min(1).default("gpt-4o-mini"),
  OPENAI_TIMEOUT_MS: positiveInt.default(60_000),
  STRIPE_SECRET_KEY: z.string().min(1).optional(),
  STRIPE_WEBHOOK_SECRET: z.string().min(1).optional(),
  STRIPE_PRICE_ID: z.string().min(1).optional(),
  STRIPE_API_URL: z.url().optional(),
  FREE_MESSAGES_PER_MONTH: positiveInt.default(40),
  PAST_DUE_GRACE_DAYS: z.coerce.number().int().min(0).default(7),
  SESSION_IDLE_DAYS: positiveInt.default(7),
  SESSION_ABSOLUTE_DAYS: positiveInt.default(30),
  SCRYPT_LOG_N: z.coerce.number().int().min(10).max(20).default(17),
  RATE_LIMIT_PER_MINUTE: positiveInt.default(600),
  RESEARCH_K: positiveInt.default(10),
  RESEARCH_EPSILON: z.coerce.number().positive().optional(),
});

export type Env = z.infer<typeof envSchema>;

export interface Config {
  nodeEnv: Env["NODE_ENV"];
  port: number;
  host: string;
  publicUrl: URL | undefined;
  /** Cookies get Secure + __Host- when the public URL is https or a trusted proxy says so. */
  trustProxy: boolean;
  dataDir: string;
  databaseUrl: string | undefined;
  dataKey: string | undefined;
  redisUrl: string | undefined;
  logLevel: Env["LOG_LEVEL"];
  openai: { apiKey: string; baseUrl: string | undefined; model: string; timeoutMs: number } | undefined;
  stripe:
    | {
        secretKey: string;
        webhookSecret: string | undefined;
        priceId: string | undefined;
        apiUrl: string | undefined;
      }
    | undefined;
  freeMessagesPerMonth: number;
  pastDueGraceDays: number;
  session: { idleMs: number; absoluteMs: number };
  scryptLogN: number;
  /** Global per-IP request budget per minute, across instances. */
  rateLimitPerMinute: number;
  research: { k: number; epsilon: number | undefined };
}

const DAY_MS = 86_400_000;

export function parseConfig(source: Record<string, string | undefined>): Config {
  // Empty strings count as unset, so `FOO=` in a .env file does not trip validation.
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ""));
  const result = envSchema.safeParse(cleaned);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  - ${i.path.join(".") || "(env)"}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join("\n")}`);
  }
  const env = result.data;
  if (env.SESSION_IDLE_DAYS > env.SESSION_ABSOLUTE_DAYS) {
    throw new ConfigError(
      "Invalid configuration:\n  - SESSION_IDLE_DAYS must not exceed SESSION_ABSOLUTE_DAYS",
    );
  }
  return {
    nodeEnv: env.NODE_ENV,
    port: env.PORT,
    host: env.HOST,
    publicUrl: env.PUBLIC_URL ? new URL(env.PUBLIC_URL) : undefined,
    trustProxy: env.TRUST_PROXY,
    dataDir: env.DATA_DIR,
    databaseUrl: env.DATABASE_URL,
    dataKey: env.DATA_KEY,
    redisUrl: env.REDIS_URL,
    logLevel: env.LOG_LEVEL,
    openai: env.OPENAI_API_KEY
      ? {
          apiKey: env.OPENAI_API_KEY,
          baseUrl: env.OPENAI_BASE_URL,
          model: env.OPENAI_MODEL,
          timeoutMs: env.OPENAI_TIMEOUT_MS,
        }
      : undefined,
    stripe: env.STRIPE_SECRET_KEY
      ? {
          secretKey: env.STRIPE_SECRET_KEY,
          webhookSecret: env.STRIPE_WEBHOOK_SECRET,
          priceId: env.STRIPE_PRICE_ID,
          apiUrl: env.STRIPE_API_URL,
        }
      : undefined,
    freeMessagesPerMonth: env.FREE_MESSAGES_PER_MONTH,
    pastDueGraceDays: env.PAST_DUE_GRACE_DAYS,
    session: { idleMs: env.SESSION_IDLE_DAYS * DAY_MS, absoluteMs: env.SESSION_ABSOLUTE_DAYS * DAY_MS },
    scryptLogN: env.SCRYPT_LOG_N,
    rateLimitPerMinute: env.RATE_LIMIT_PER_MINUTE,
    research: { k: env.RESEARCH_K, epsilon: env.RESEARCH_EPSILON },
  };
}

export class ConfigError extends Error {
  override name = "ConfigError";
}

/** Reads the real environment. Called once by the CLI; tests build a Config with parseConfig. */
export function loadConfig(): Config {
  return parseConfig(process.env);
}

/** Test-only inputs that other modules must not read directly. */
export function readTestDatabaseUrl(): string | undefined {
  return process.env.TEST_DATABASE_URL || undefined;
}
