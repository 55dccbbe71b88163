/**
 * Rate limits backed by the shared store (PostgreSQL table, or Redis when REDIS_URL is set), so
 * several instances enforce one budget. rate-limiter-flexible does the atomic counting.
 */
import { Redis } from "ioredis";
import { RateLimiterDrizzle, RateLimiterRedis, RateLimiterRes } from "rate-limiter-flexible";
import type { Db } from "../../db/client.ts";
import { rateLimits } from "../../db/schema.ts";
import { AppError } from "../errors.ts";

export interface LimitSpec {
  points: number;
  /** Window in seconds. */
  duration: number;
}

export const DEFAULT_LIMITS = {
  /** Every request, per IP. Generous: it stops floods, not people. */
  global: { points: 600, duration: 60 },
  /** Failed logins per account and per IP: 10 per 15 minutes, then 429 until the window ends. */
  loginFailAccount: { points: 10, duration: 15 * 60 },
  loginFailIp: { points: 30, duration: 15 * 60 },
  signup: { points: 10, duration: 60 * 60 },
  password: { points: 10, duration: 15 * 60 },
  messages: { points: 30, duration: 60 },
  export: { points: 5, duration: 60 * 60 },
  telemetry: { points: 30, duration: 60 * 60 },
} satisfies Record<string, LimitSpec>;

export type LimitName = keyof typeof DEFAULT_LIMITS;

export interface Limiters {
  /** Counts one point; throws 429 with Retry-After when over. */
  consume(name: LimitName, key: string): Promise<void>;
  /** Throws 429 when the key is already over its budget, without counting. */
  check(name: LimitName, key: string): Promise<void>;
  /** Counts a point without throwing (failed logins are counted after the fact). */
  penalize(name: LimitName, key: string): Promise<void>;
  reset(name: LimitName, key: string): Promise<void>;
  close(): Promise<void>;
}

export function createLimiters(opts: {
  db: Db;
  redisUrl?: string | undefined;
  limits?: Partial<Record<LimitName, LimitSpec>>;
}): Limiters {
  // Commands wait in ioredis's queue while it (re)connects; after one retry they fail, and the
  // request answers 503 rather than skipping the limit.
  const redis = opts.redisUrl ? new Redis(opts.redisUrl, { maxRetriesPerRequest: 1 }) : null;
  // A Redis outage must not crash the process (an unhandled 'error' event would).
  redis?.on("error", () => {});
  const limits = { ...DEFAULT_LIMITS, ...opts.limits };
  const built = new Map<LimitName, RateLimiterDrizzle | RateLimiterRedis>();

  const get = (name: LimitName) => {
    let limiter = built.get(name);
    if (!limiter) {
      const base = {
        keyPrefix: `rl:${name}`,
        points: limits[name].points,
        duration: limits[name].duration,
        storeClient: redis ?? opts.db,
      };
      limiter = redis
        ? new RateLimiterRedis(base)
        : new RateLimiterDrizzle({ ...base, schema: rateLimits, clearExpiredByTimeout: false });
      built.set(name, limiter);
    }
    return limiter;
  };

  const tooMany = (res: RateLimiterRes) =>
    new AppError("rate_limited", "Too many requests. Please wait and try again.", {
      retryAfter: Math.max(1, Math.ceil(res.msBeforeNext / 1000)),
    });

  const storeDown = (cause: unknown) =>
    new AppError("unavailable", "The service is temporarily unavailable.", { retryAfter: 5, cause });

  return {
    async consume(name, key) {
      try {
        await get(name).consume(key);
      } catch (err) {
        if (err instanceof RateLimiterRes) throw tooMany(err);
        throw storeDown(err);
      }
    },
    async check(name, key) {
      let res: RateLimiterRes | null;
      try {
        res = await get(name).get(key);
      } catch (err) {
        throw storeDown(err);
      }
      if (res && res.consumedPoints >= limits[name].points) throw tooMany(res);
    },
    async penalize(name, key) {
      try {
        await get(name).penalty(key, 1);
      } catch (err) {
        throw storeDown(err);
      }
    },
    async reset(name, key) {
      try {
        await get(name).delete(key);
      } catch (err) {
        throw storeDown(err);
      }
    },
    async close() {
      redis?.disconnect();
    },
  };
}
