/**
 * A real local HTTP server that speaks enough of the OpenAI API for tests and the chat bench:
 * chat completions (streaming SSE and plain JSON) and moderations. It records every request
 * body, and can be told to fail: 500, hang (never answer), cut the stream mid-way, or go slowly.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export type FakeMode = "ok" | "error500" | "hang" | "cut" | "slow";

export interface RecordedRequest {
  path: string;
  body: unknown;
  /** The raw body text, to search for leaked identifiers. */
  raw: string;
}

export interface FakeOpenAi {
  /** For OPENAI_BASE_URL. */
  baseUrl: string;
  requests: RecordedRequest[];
  /** Streaming chat requests only (the answers). */
  chatRequests(): RecordedRequest[];
  mode: FakeMode;
  /** The streamed answer, in chunks. */
  replyChunks: string[];
  /** The non-streaming answer (titles). */
  titleReply: string;
  /** Chunks sent before a "cut". */
  cutAfter: number;
  /** Delay between chunks in "slow" mode. */
  chunkDelayMs: number;
  /** Flag self-harm when the moderated input matches. */
  flagSelfHarm: RegExp | null;
  /** Make only the moderation endpoint fail with 500. */
  moderationFails: boolean;
  /** Make only non-streaming completions (titles) fail with 500. */
  titlesFail: boolean;
  reset(): void;
  close(): Promise<void>;
}

export const DEFAULT_REPLY = [
  "Thank you",
  " for sharing",
  " that.",
  " What felt",
  " hardest about",
  " the visit?",
];

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function chunk(id: string, content: string | null, finish: string | null) {
  return {
    id,
    object: "chat.completion.chunk",
    created: Math.floor(Date.now() / 1000),
    model: "fake-model",
    choices: [{ index: 0, delta: content === null ? {} : { content }, finish_reason: finish }],
  };
}

export async function startFakeOpenAi(): Promise<FakeOpenAi> {
  const sockets = new Set<import("node:net").Socket>();
  const defaults = () => ({
    requests: [] as RecordedRequest[],
    mode: "ok" as FakeMode,
    replyChunks: [...DEFAULT_REPLY],
    titleReply: "Reflecting on a hard home visit",
    cutAfter: 2,
    chunkDelayMs: 40,
    flagSelfHarm: null as RegExp | null,
    moderationFails: false,
    titlesFail: false,
  });
  // The fake is its own state: tests set `fake.mode = "cut"` and the handler reads it.
  const state: FakeOpenAi = {
    ...defaults(),
    baseUrl: "",
    chatRequests: () =>
      state.requests.filter(
        (r) => r.path.endsWith("/chat/completions") && (r.body as { stream?: boolean }).stream,
      ),
    reset() {
      Object.assign(state, defaults());
    },
    close: async () => {
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const parts: Buffer[] = [];
    for await (const part of req) parts.push(part as Buffer);
    const raw = Buffer.concat(parts).toString("utf8");
    const path = (req.url ?? "").split("?")[0] ?? "";
    const body = raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
    state.requests.push({ path, body, raw });

    if (path.endsWith("/moderations")) {
      if (state.moderationFails || state.mode === "error500") return sendError(res);
      const input = String(body.input ?? "");
      const flagged = state.flagSelfHarm?.test(input) ?? false;
      const categories = {
        "self-harm": flagged,
        "self-harm/intent": flagged,
        "self-harm/instructions": false,
      };
      return sendJson(res, {
        id: "modr-1",
        model: "omni-moderation-latest",
        results: [{ flagged, categories }],
      });
    }
    if (!path.endsWith("/chat/completions")) return sendJson(res, { error: { message: "not found" } }, 404);
    if (state.mode === "error500") return sendError(res);
    if (state.mode === "hang") return; // never answers; the socket is closed by close()

    const id = `chatcmpl-${state.requests.length}`;
    if (!body.stream) {
      if (state.titlesFail) return sendError(res);
      return sendJson(res, {
        id,
        object: "chat.completion",
        created: Math.floor(Date.now() / 1000),
        model: "fake-model",
        choices: [
          { index: 0, message: { role: "assistant", content: state.titleReply }, finish_reason: "stop" },
        ],
      });
    }
    res.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-cache" });
    const send = (data: unknown) => res.write(`data: ${JSON.stringify(data)}\n\n`);
    const chunks = [...state.replyChunks];
    for (const [i, text] of chunks.entries()) {
      if (state.mode === "cut" && i === state.cutAfter) {
        // Headers and some chunks went out; now the connection drops without [DONE].
        await sleep(50);
        res.socket?.destroy();
        return;
      }
      if (state.mode === "slow" && i > 0) await sleep(state.chunkDelayMs);
      if (res.destroyed) return;
      send(chunk(id, text, null));
    }
    send(chunk(id, null, "stop"));
    res.end("data: [DONE]\n\n");
  }

  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) sendError(res);
      else res.destroy();
    });
  });
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  state.baseUrl = `http://127.0.0.1:${port}/v1`;
  return state;
}

function sendJson(res: ServerResponse, body: unknown, status = 200) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

function sendError(res: ServerResponse) {
  sendJson(res, { error: { message: "The fake is failing on purpose", type: "server_error" } }, 500);
}

export interface SseEvent {
  event: string;
  data: unknown;
}

/** Parses a complete Server-Sent Events body (our API's answers) into events, in order. */
export function parseSse(body: string): SseEvent[] {
  return body
    .split("\n\n")
    .filter((block) => block.trim().length > 0)
    .map((block) => {
      const lines = block.split("\n");
      const event = lines.find((l) => l.startsWith("event: "))?.slice(7) ?? "message";
      const data = lines
        .filter((l) => l.startsWith("data: "))
        .map((l) => l.slice(6))
        .join("\n");
      return { event, data: JSON.parse(data) as unknown };
    });
}
