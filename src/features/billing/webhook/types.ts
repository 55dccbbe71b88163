import type Stripe from "stripe";
import type { Db } from "../../../db/client.ts";
import type { Clock } from "../../../lib/clock.ts";

/** A transaction handle: handlers write only inside the transaction that records the event. */
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

export interface HandlerContext {
  tx: Tx;
  stripe: Stripe;
  clock: Clock;
}

export type EventHandler = (ctx: HandlerContext, event: Stripe.Event) => Promise<void>;
