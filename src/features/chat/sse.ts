/**
 * A Server-Sent Events body that outlives its client: writes after the client left are dropped,
 * while the answer keeps being generated and stored.
 */
import { PassThrough } from "node:stream";
import type { FastifyReply, FastifyRequest } from "fastify";

export function wantsEventStream(request: FastifyRequest): boolean {
  return (request.headers.accept ?? "").includes("text/event-stream");
}

export interface SseStream {
  send(event: string, data: unknown): void;
  end(): void;
}

export function openEventStream(reply: FastifyReply): SseStream {
  const body = new PassThrough();
  // Fastify destroys the body when the client disconnects; later writes are simply skipped.
  body.on("error", () => {});
  const open = () => !body.destroyed && !body.writableEnded;
  reply
    .status(200)
    .header("content-type", "text/event-stream; charset=utf-8")
    .header("cache-control", "no-store")
    .header("x-accel-buffering", "no");
  void reply.send(body);
  return {
    send(event, data) {
      if (open()) body.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
    },
    end() {
      if (open()) body.end();
    },
  };
}
