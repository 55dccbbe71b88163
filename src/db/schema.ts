/**
 * The whole database. Every table that holds something of a user references users.id with
 * ON DELETE CASCADE, so deleting the user row erases everything of theirs in one statement; the
 * account-deletion test walks this schema to prove no future table escapes that rule.
 */
import { sql } from "drizzle-orm";
import {
  bigserial,
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";

const createdAt = () => timestamp("created_at", { withTimezone: true }).notNull().defaultNow();
const userRef = () =>
  uuid("user_id")
    .notNull()
    .references(() => users.id, { onDelete: "cascade" });

export const users = pgTable(
  "users",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    name: text("name").notNull(),
    email: text("email").notNull(),
    /** Lower-cased, trimmed email: the unique key; `email` keeps what the user typed. */
    emailNormalized: text("email_normalized").notNull(),
    passwordHash: text("password_hash").notNull(),
    role: text("role", { enum: ["user", "researcher", "admin"] })
      .notNull()
      .default("user"),
    researchOptIn: boolean("research_opt_in").notNull().default(false),
    createdAt: createdAt(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("users_email_normalized_key").on(t.emailNormalized)],
);

export const policyAcceptances = pgTable(
  "policy_acceptances",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: userRef(),
    version: text("version").notNull(),
    acceptedAt: timestamp("accepted_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("policy_acceptances_user_idx").on(t.userId)],
);

export const sessions = pgTable(
  "sessions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: userRef(),
    /** SHA-256 (hex) of the cookie token; the token itself is never stored. */
    tokenHash: text("token_hash").notNull(),
    createdAt: createdAt(),
    lastSeenAt: timestamp("last_seen_at", { withTimezone: true }).notNull().defaultNow(),
    userAgent: text("user_agent"),
    ip: text("ip"),
  },
  (t) => [uniqueIndex("sessions_token_hash_key").on(t.tokenHash), index("sessions_user_idx").on(t.userId)],
);

/** Security events. No content, ever: event names, truncated IPs and user agents only. */
export const auditEvents = pgTable(
  "audit_events",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
    userId: uuid("user_id").references(() => users.id, { onDelete: "cascade" }),
    event: text("event").notNull(),
    ip: text("ip"),
    userAgent: text("user_agent"),
  },
  (t) => [index("audit_events_user_idx").on(t.userId)],
);

/** Shape required by rate-limiter-flexible's RateLimiterDrizzle store. */
export const rateLimits = pgTable("rate_limits", {
  key: text("key").primaryKey(),
  points: integer("points").notNull().default(0),
  expire: timestamp("expire", { withTimezone: true }),
});

export const folders = pgTable(
  "folders",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: userRef(),
    name: text("name").notNull(),
    createdAt: createdAt(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("folders_user_idx").on(t.userId)],
);

export const conversations = pgTable(
  "conversations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: userRef(),
    folderId: uuid("folder_id").references(() => folders.id, { onDelete: "set null" }),
    /** AES-256-GCM ciphertext of the (redacted) title; see src/crypto. */
    titleCiphertext: text("title_ciphertext"),
    titleKeyId: text("title_key_id"),
    /** True once a title was set by the user or generated, so auto-titling runs once. */
    titleSet: boolean("title_set").notNull().default(false),
    pinned: boolean("pinned").notNull().default(false),
    createdAt: createdAt(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("conversations_user_updated_idx").on(t.userId, t.updatedAt)],
);

export const messages = pgTable(
  "messages",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: userRef(),
    conversationId: uuid("conversation_id")
      .notNull()
      .references(() => conversations.id, { onDelete: "cascade" }),
    role: text("role", { enum: ["user", "assistant"] }).notNull(),
    /** AES-256-GCM ciphertext of the redacted content. */
    contentCiphertext: text("content_ciphertext").notNull(),
    keyId: text("key_id").notNull(),
    /** Count of redactions per PHI type, e.g. {"name": 2}. Never the removed values. */
    redactions: jsonb("redactions").$type<Record<string, number>>().notNull().default(sql`'{}'::jsonb`),
    provider: text("provider"),
    status: text("status", { enum: ["complete", "streaming", "stopped", "error"] })
      .notNull()
      .default("complete"),
    createdAt: createdAt(),
  },
  (t) => [
    index("messages_conversation_idx").on(t.conversationId, t.createdAt),
    index("messages_user_idx").on(t.userId),
    // At most one answer being written per conversation, whichever instance writes it.
    uniqueIndex("messages_one_streaming_key").on(t.conversationId).where(sql`${t.status} = 'streaming'`),
  ],
);

/** Billing link: only what Stripe tells us about status, never card data. */
export const subscriptions = pgTable(
  "subscriptions",
  {
    userId: uuid("user_id")
      .primaryKey()
      .references(() => users.id, { onDelete: "cascade" }),
    stripeCustomerId: text("stripe_customer_id").notNull(),
    stripeSubscriptionId: text("stripe_subscription_id"),
    status: text("status"),
    plan: text("plan", { enum: ["free", "pro"] })
      .notNull()
      .default("free"),
    currentPeriodEnd: timestamp("current_period_end", { withTimezone: true }),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("subscriptions_customer_key").on(t.stripeCustomerId)],
);

/** Stripe event ids already applied; inserted in the same transaction as the effect. */
export const stripeEvents = pgTable("stripe_events", {
  id: text("id").primaryKey(),
  type: text("type").notNull(),
  processedAt: timestamp("processed_at", { withTimezone: true }).notNull().defaultNow(),
});

/** Messages sent per user per calendar month (UTC), for the Free allowance. */
export const messageUsage = pgTable(
  "message_usage",
  {
    userId: userRef(),
    month: text("month").notNull(),
    count: integer("count").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.userId, t.month] })],
);

/** Research aggregates: week + label → count. Deliberately no user, conversation or message id. */
export const researchCounts = pgTable(
  "research_counts",
  {
    week: date("week").notNull(),
    label: text("label").notNull(),
    count: integer("count").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.week, t.label] })],
);

/** Feature usage per day, without user ids. */
export const featureUsage = pgTable(
  "feature_usage",
  {
    day: date("day").notNull(),
    feature: text("feature").notNull(),
    count: integer("count").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.day, t.feature] })],
);

/** Scrubbed crash reports: no user id, no message content (run through src/phi). */
export const crashReports = pgTable(
  "crash_reports",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    createdAt: createdAt(),
    source: text("source", { enum: ["web", "server"] }).notNull(),
    signature: text("signature").notNull(),
    message: text("message").notNull(),
    stack: text("stack"),
    appVersion: text("app_version"),
    browser: text("browser"),
    os: text("os"),
  },
  (t) => [index("crash_reports_signature_idx").on(t.signature)],
);
