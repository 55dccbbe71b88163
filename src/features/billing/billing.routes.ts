/**
 * Billing HTTP routes. Checkout and portal exist only when Stripe is configured, so with billing
 * off they answer 404 (self-hosted mode); so does the webhook.
 */
import type { FastifyRequest } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { notFound } from "../../server/errors.ts";
import { emptyBody, urlResponse, webhookResponse } from "./billing.schemas.ts";
import { createCheckoutUrl, createPortalUrl } from "./checkout.ts";
import { isBillingEnabled } from "./plan.ts";
import { processStripeEvent } from "./webhook/process-event.ts";
import { verifyStripeEvent } from "./webhook/verify-event.ts";

const WEBHOOK_BODY_LIMIT = 1024 * 1024;

export const billingRoutes: FastifyPluginAsyncZod = async (app) => {
  const deps = app.deps;
  await app.register(webhookRoute);
  if (!isBillingEnabled(deps.config)) return;

  /** Where Stripe sends the user back: PUBLIC_URL, or the origin this request came to. */
  const baseUrl = (request: FastifyRequest) =>
    deps.config.publicUrl?.origin ?? `${request.protocol}://${request.host}`;

  app.post(
    "/api/billing/checkout",
    { schema: { body: emptyBody, response: { 200: urlResponse } } },
    async (request) => ({ url: await createCheckoutUrl(deps, request.auth!.userId, baseUrl(request)) }),
  );

  app.post(
    "/api/billing/portal",
    { schema: { body: emptyBody, response: { 200: urlResponse } } },
    async (request) => ({ url: await createPortalUrl(deps, request.auth!.userId, baseUrl(request)) }),
  );
};

/**
 * Always registered, so that with billing off Stripe (which sends no CSRF token) gets a plain 404
 * rather than the CSRF refusal every unknown POST gets. Its own encapsulated scope keeps the
 * raw-body JSON parser away from every other route.
 */
const webhookRoute: FastifyPluginAsyncZod = async (webhook) => {
  const deps = webhook.deps;
  webhook.removeContentTypeParser("application/json");
  webhook.addContentTypeParser("application/json", { parseAs: "buffer" }, (_request, body, done) =>
    done(null, body),
  );
  webhook.post(
    "/api/billing/webhook",
    {
      config: { public: true, skipCsrf: true },
      bodyLimit: WEBHOOK_BODY_LIMIT,
      schema: { response: { 200: webhookResponse } },
    },
    async (request) => {
      if (!isBillingEnabled(deps.config)) throw notFound();
      const raw = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
      const signature = request.headers["stripe-signature"];
      const event = verifyStripeEvent(deps, raw, typeof signature === "string" ? signature : undefined);
      // Ids and types only: event payloads carry customer emails and names.
      const { duplicate } = await processStripeEvent(deps, event);
      request.log.info({ stripeEvent: event.id, type: event.type, duplicate }, "stripe webhook");
      return { received: true as const };
    },
  );
};
