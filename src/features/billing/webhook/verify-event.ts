/**
 * Signature check on the exact bytes Stripe sent. Parsing and re-serialising JSON would change
 * them, which is why the webhook route has its own raw-body parser.
 */
import type Stripe from "stripe";
import type { Config } from "../../../env.ts";
import type { Clock } from "../../../lib/clock.ts";
import { AppError } from "../../../server/errors.ts";
import { getStripe } from "../stripe-client.ts";

/** Stripe's own default: older signed payloads are treated as replays. */
export const SIGNATURE_TOLERANCE_SECONDS = 300;

export function verifyStripeEvent(
  deps: { config: Config; clock: Clock },
  rawBody: Buffer,
  signature: string | undefined,
): Stripe.Event {
  const secret = deps.config.stripe?.webhookSecret;
  if (!secret) {
    // Misconfiguration, not the sender's fault: 503 makes Stripe retry once it is fixed.
    throw new AppError("unavailable", "Stripe webhooks are not configured on this server.");
  }
  if (!signature) throw new AppError("validation", "Missing Stripe signature.");
  try {
    return getStripe(deps.config).webhooks.constructEvent(
      rawBody,
      signature,
      secret,
      SIGNATURE_TOLERANCE_SECONDS,
      undefined,
      deps.clock.now().getTime(),
    );
  } catch {
    // One answer for a bad signature, a stale timestamp and a malformed header: nothing more
    // for a forger to learn.
    throw new AppError("validation", "Invalid Stripe signature.");
  }
}
