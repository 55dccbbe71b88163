/**
 * The one place a Stripe SDK client is built. `STRIPE_API_URL` points it at another host (a local
 * fake in tests, stripe-mock in development); the SDK wants host, port and protocol separately.
 */
import Stripe from "stripe";
import type { Config } from "../../env.ts";
import { AppError } from "../../server/errors.ts";

type StripeConfig = NonNullable<Config["stripe"]>;

const clients = new WeakMap<StripeConfig, Stripe>();

export function stripeOptions(apiUrl: string | undefined): ConstructorParameters<typeof Stripe>[1] {
  const base = { maxNetworkRetries: 1, timeout: 15_000 };
  if (!apiUrl) return base;
  const url = new URL(apiUrl);
  const protocol = url.protocol === "http:" ? "http" : "https";
  return {
    ...base,
    host: url.hostname,
    port: url.port || (protocol === "http" ? 80 : 443),
    protocol,
  };
}

/** The client for this configuration, built once; throws 404 when billing is off. */
export function getStripe(config: Config): Stripe {
  const stripeConfig = config.stripe;
  if (!stripeConfig) throw new AppError("not_found", "Not found");
  let client = clients.get(stripeConfig);
  if (!client) {
    client = new Stripe(stripeConfig.secretKey, stripeOptions(stripeConfig.apiUrl));
    clients.set(stripeConfig, client);
  }
  return client;
}

/**
 * Wraps a Stripe call so any failure to reach or be answered by Stripe becomes a 502 with a
 * message a person can act on. The SDK's own message can echo request data, so it stays in
 * `cause` (never shown to the client) rather than in the message.
 */
export async function callStripe<T>(what: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError(
      "provider_error",
      `The payment provider could not ${what}. Please try again in a moment.`,
      {
        cause: error,
      },
    );
  }
}

/** A resource reference that may be an id or an expanded object. */
export function idOf(ref: string | { id: string } | null | undefined): string | undefined {
  if (!ref) return undefined;
  return typeof ref === "string" ? ref : ref.id;
}
