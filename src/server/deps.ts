import type { KeyRing } from "../crypto/key-ring.ts";
import type { Database, Db } from "../db/client.ts";
import type { Config } from "../env.ts";
import type { Clock } from "../lib/clock.ts";
import type { LlmProvider } from "../llm/provider.ts";
import type { Limiters } from "./plugins/rate-limit.ts";

/** Everything a route or service may need, built once per app and passed down explicitly. */
export interface AppDeps {
  config: Config;
  database: Database;
  db: Db;
  clock: Clock;
  llm: LlmProvider;
  /** Encrypts message content and titles at rest. */
  keyRing: KeyRing;
  limiters: Limiters;
  /** Dummy scrypt hash at the current parameters, for unknown-email logins. */
  dummyHash: string;
}

declare module "fastify" {
  interface FastifyInstance {
    deps: AppDeps;
  }
  interface FastifyRequest {
    /** Set by the session plugin when the request carries a valid session cookie. */
    auth: { userId: string; sessionId: string; role: "user" | "researcher" | "admin" } | null;
  }
  interface FastifyContextConfig {
    /** Routes are private by default; `public: true` opts a route out of the session check. */
    public?: boolean;
    /** Required role beyond a signed-in user. */
    role?: "researcher" | "admin";
    /** Skip CSRF (only the Stripe webhook, which is verified by signature instead). */
    skipCsrf?: boolean;
  }
}
