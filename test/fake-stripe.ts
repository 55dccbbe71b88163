/**
 * A local stand-in for the Stripe API: a real HTTP server on 127.0.0.1 that the real `stripe` SDK
 * talks to through STRIPE_API_URL. It implements only what the app calls, keeps state in memory
 * that tests can set (a subscription's status, say), records every request, and can be told to
 * fail (HTTP 500) or to be unreachable (connections dropped).
 */
import { randomBytes } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { FastifyInstance } from "fastify";
import Stripe from "stripe";

export interface RecordedRequest {
  method: string;
  path: string;
  params: Record<string, unknown>;
  idempotencyKey: string | undefined;
}

export interface FakeSubscription {
  id: string;
  object: "subscription";
  customer: string;
  status: Stripe.Subscription.Status;
  created: number;
  metadata: Record<string, string>;
  items: { object: "list"; data: Array<Record<string, unknown>>; has_more: false; url: string };
}

export type FakeMode = "ok" | "fail" | "down";

const newId = (prefix: string) => `${prefix}_${randomBytes(8).toString("hex")}`;

/** Parses `a[b][0][c]=x` form bodies (the SDK's encoding) into nested objects. */
export function parseForm(text: string): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(text)) {
    const parts = key.split(/\[|\]\[|\]/).filter((p) => p !== "");
    let node: Record<string, unknown> = root;
    parts.forEach((part, i) => {
      if (i === parts.length - 1) {
        node[part] = value;
        return;
      }
      if (typeof node[part] !== "object") node[part] = {};
      node = node[part] as Record<string, unknown>;
    });
  }
  return root;
}

export async function startFakeStripe() {
  const customers = new Map<string, { id: string; object: "customer"; email?: unknown; metadata: unknown }>();
  const subscriptions = new Map<string, FakeSubscription>();
  const idempotent = new Map<string, { status: number; body: unknown }>();
  const requests: RecordedRequest[] = [];
  let mode: FakeMode = "ok";
  let clock = () => Math.floor(Date.now() / 1000);

  const send = (res: ServerResponse, status: number, body: unknown) => {
    res.writeHead(status, { "content-type": "application/json", "request-id": newId("req") });
    res.end(JSON.stringify(body));
  };
  const missing = (what: string) => ({
    status: 404,
    body: { error: { type: "invalid_request_error", code: "resource_missing", message: `No such ${what}` } },
  });

  function route(
    method: string,
    path: string,
    params: Record<string, unknown>,
  ): { status: number; body: unknown } {
    if (method === "POST" && path === "/v1/customers") {
      const customer = {
        id: newId("cus"),
        object: "customer" as const,
        email: params.email,
        metadata: params.metadata ?? {},
      };
      customers.set(customer.id, customer);
      return { status: 200, body: customer };
    }
    const customerMatch = /^\/v1\/customers\/([^/]+)$/.exec(path);
    if (method === "DELETE" && customerMatch) {
      const id = customerMatch[1]!;
      if (!customers.delete(id)) return missing("customer");
      return { status: 200, body: { id, object: "customer", deleted: true } };
    }
    if (method === "POST" && path === "/v1/checkout/sessions") {
      const id = newId("cs_test");
      return {
        status: 200,
        body: { id, object: "checkout.session", url: `https://checkout.stripe.test/c/pay/${id}`, ...params },
      };
    }
    if (method === "POST" && path === "/v1/billing_portal/sessions") {
      const id = newId("bps");
      return {
        status: 200,
        body: {
          id,
          object: "billing_portal.session",
          url: `https://billing.stripe.test/p/session/${id}`,
          ...params,
        },
      };
    }
    if (method === "GET" && path === "/v1/subscriptions") {
      const data = [...subscriptions.values()].filter(
        (s) =>
          (!params.customer || s.customer === params.customer) &&
          (params.status === "all" || (params.status ? s.status === params.status : s.status !== "canceled")),
      );
      return { status: 200, body: { object: "list", data, has_more: false, url: "/v1/subscriptions" } };
    }
    const subMatch = /^\/v1\/subscriptions\/([^/]+)$/.exec(path);
    if (subMatch) {
      const sub = subscriptions.get(subMatch[1]!);
      if (!sub) return missing("subscription");
      if (method === "DELETE") sub.status = "canceled";
      return { status: 200, body: sub };
    }
    return {
      status: 404,
      body: { error: { type: "invalid_request_error", message: `Unrecognized ${method} ${path}` } },
    };
  }

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    if (mode === "down") {
      req.socket.destroy();
      return;
    }
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const url = new URL(req.url ?? "/", "http://fake");
      const text = req.method === "GET" ? url.search.slice(1) : Buffer.concat(chunks).toString("utf8");
      const params = parseForm(text);
      const key = req.headers["idempotency-key"];
      const idempotencyKey = typeof key === "string" ? key : undefined;
      requests.push({ method: req.method ?? "", path: url.pathname, params, idempotencyKey });
      if (mode === "fail") {
        send(res, 500, { error: { type: "api_error", message: "Fake Stripe was told to fail." } });
        return;
      }
      // Only keys the app chose itself: the SDK adds random ones for retries, which never repeat.
      const replay = idempotencyKey?.startsWith("aluma-") ? idempotent.get(idempotencyKey) : undefined;
      const result = replay ?? route(req.method ?? "", url.pathname, params);
      if (idempotencyKey?.startsWith("aluma-")) idempotent.set(idempotencyKey, result);
      send(res, result.status, result.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    customers,
    subscriptions,
    /** "fail": every call answers 500; "down": connections are dropped, as if unreachable. */
    setMode(next: FakeMode) {
      mode = next;
    },
    /** Seconds since the epoch for `created` fields; tests pass their manual clock. */
    useClock(now: () => Date) {
      clock = () => Math.floor(now().getTime() / 1000);
    },
    /** Creates or updates a subscription, as Stripe would after checkout or a dashboard change. */
    setSubscription(input: {
      customer: string;
      status: Stripe.Subscription.Status;
      currentPeriodEnd: Date;
      id?: string;
      metadata?: Record<string, string>;
    }): FakeSubscription {
      const id = input.id ?? newId("sub");
      const existing = subscriptions.get(id);
      const sub: FakeSubscription = {
        id,
        object: "subscription",
        customer: input.customer,
        status: input.status,
        created: existing?.created ?? clock(),
        metadata: input.metadata ?? existing?.metadata ?? {},
        items: {
          object: "list",
          data: [
            {
              id: `si_${id}`,
              object: "subscription_item",
              current_period_end: Math.floor(input.currentPeriodEnd.getTime() / 1000),
              price: { id: "price_pro", object: "price" },
            },
          ],
          has_more: false,
          url: `/v1/subscription_items?subscription=${id}`,
        },
      };
      subscriptions.set(id, sub);
      return sub;
    },
    callsTo(method: string, path: string | RegExp) {
      return requests.filter(
        (r) => r.method === method && (typeof path === "string" ? r.path === path : path.test(r.path)),
      );
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export type FakeStripe = Awaited<ReturnType<typeof startFakeStripe>>;

export const FAKE_WEBHOOK_SECRET = "whsec_test_fake";

/** Env for an app whose billing talks to this fake. */
export function fakeStripeEnv(fake: FakeStripe, extra: Record<string, string> = {}): Record<string, string> {
  return {
    STRIPE_SECRET_KEY: "sk_test_fake",
    STRIPE_WEBHOOK_SECRET: FAKE_WEBHOOK_SECRET,
    STRIPE_PRICE_ID: "price_pro",
    STRIPE_API_URL: fake.url,
    ...extra,
  };
}

/** A Stripe event as JSON plus a valid `stripe-signature` header, timestamped at `at`. */
export function signedEvent(
  type: string,
  object: Record<string, unknown>,
  opts: { at: Date; id?: string; secret?: string },
) {
  const payload = JSON.stringify({
    id: opts.id ?? newId("evt"),
    object: "event",
    api_version: Stripe.API_VERSION,
    created: Math.floor(opts.at.getTime() / 1000),
    livemode: false,
    pending_webhooks: 1,
    request: { id: null, idempotency_key: null },
    type,
    data: { object },
  });
  const signature = Stripe.webhooks.generateTestHeaderString({
    payload,
    secret: opts.secret ?? FAKE_WEBHOOK_SECRET,
    timestamp: Math.floor(opts.at.getTime() / 1000),
  });
  return { payload, signature };
}

/** Posts a signed event to the webhook the way Stripe does. */
export function deliverEvent(
  app: FastifyInstance,
  type: string,
  object: Record<string, unknown>,
  opts: { at: Date; id?: string; secret?: string; tamper?: (payload: string) => string },
) {
  const { payload, signature } = signedEvent(type, object, opts);
  return app.inject({
    method: "POST",
    url: "/api/billing/webhook",
    headers: { "content-type": "application/json", "stripe-signature": signature },
    payload: opts.tamper ? opts.tamper(payload) : payload,
  });
}
