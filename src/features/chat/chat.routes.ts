import type { FastifyBaseLogger, FastifyReply, FastifyRequest } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { CRISIS_RESOURCES } from "../../crisis/index.ts";
import type { AppDeps } from "../../server/deps.ts";
import { AppError } from "../../server/errors.ts";
import { errorSummary } from "../../server/plugins/error-handler.ts";
import { idParams } from "../conversations/conversations.schemas.ts";
import { autoTitle } from "../conversations/titles.ts";
import { ActiveGenerations } from "./active-generations.ts";
import { chatResponse, sendMessageBody, stopResponse } from "./chat.schemas.ts";
import { startMessageTurn, startRegenerateTurn, type Turn } from "./chat.service.ts";
import { type Outcome, runGeneration } from "./generate.ts";
import { openEventStream, wantsEventStream } from "./sse.ts";
import { stopAnswer } from "./stop.ts";

const PROVIDER_ERROR = "The AI could not answer right now. Your message is saved; try again in a moment.";
const GONE = "The conversation was deleted.";

export const chatRoutes: FastifyPluginAsyncZod = async (app) => {
  const deps = app.deps;
  const active = new ActiveGenerations();
  app.addHook("onClose", async () => active.drain());

  const answer = (request: FastifyRequest, reply: FastifyReply, turn: Turn) =>
    wantsEventStream(request)
      ? streamAnswer(deps, active, reply, turn, request.log)
      : jsonAnswer(deps, active, reply, turn, request.log);

  const routeOptions = {
    // 8,000 characters, JSON-escaped at worst, fit well inside this; anything larger is not a message.
    bodyLimit: 64 * 1024,
    schema: { params: idParams, body: sendMessageBody, response: { 201: chatResponse } },
  };

  app.post("/api/conversations/:id/messages", routeOptions, async (request, reply) => {
    const userId = request.auth!.userId;
    const turn = await startMessageTurn(
      deps,
      userId,
      request.params.id,
      request.body.content,
      detectorFault(request),
    );
    return answer(request, reply, turn);
  });

  app.post(
    "/api/conversations/:id/regenerate",
    { schema: { params: idParams, response: { 201: chatResponse } } },
    async (request, reply) => {
      const userId = request.auth!.userId;
      const turn = await startRegenerateTurn(deps, userId, request.params.id, detectorFault(request));
      return answer(request, reply, turn);
    },
  );

  app.post(
    "/api/conversations/:id/stop",
    { schema: { params: idParams, response: { 200: stopResponse } } },
    async (request) => ({
      message: await stopAnswer(deps, active, request.auth!.userId, request.params.id),
    }),
  );
};

const detectorFault = (request: FastifyRequest) => (error: unknown) =>
  request.log.error({ err: errorSummary(error) }, "crisis detector failed");

const crisisOf = (turn: Turn) =>
  turn.crisis ? { kind: turn.crisis, resources: [...CRISIS_RESOURCES] } : null;

/** Waits for the turn's bookkeeping (usage count, research, list order) and logs a failure. */
async function finishBookkeeping(turn: Turn, log: FastifyBaseLogger) {
  const error = await turn.afterStored;
  if (error) log.error({ err: errorSummary(error) }, "message bookkeeping failed");
}

/** Titles the conversation after its first complete answer; never fails the turn. */
async function titleAfter(deps: AppDeps, turn: Turn, outcome: Outcome, log: FastifyBaseLogger) {
  if (!turn.titleNeeded || outcome.status !== "complete") return null;
  try {
    return await autoTitle(deps, turn.userId, turn.conversationId, {
      userMessage: turn.userMessage.content,
      assistantMessage: outcome.message.content,
    });
  } catch (error) {
    log.warn({ err: errorSummary(error) }, "auto title failed");
    return null;
  }
}

function streamAnswer(
  deps: AppDeps,
  active: ActiveGenerations,
  reply: FastifyReply,
  turn: Turn,
  log: FastifyBaseLogger,
) {
  const sse = openEventStream(reply);
  sse.send("user", turn.userMessage);
  const crisis = crisisOf(turn);
  if (crisis) sse.send("crisis", crisis);
  // Not tied to the connection: a client that leaves does not stop the answer being stored.
  const task = (async () => {
    const outcome = await runGeneration(deps, turn, (text) => sse.send("delta", { text }), active, log);
    await finishBookkeeping(turn, log);
    if (outcome.status === "gone") return sse.send("error", { code: "not_found", message: GONE });
    if (outcome.status === "error")
      return sse.send("error", { code: "provider_error", message: PROVIDER_ERROR });
    sse.send("done", { message: outcome.message });
    const title = await titleAfter(deps, turn, outcome, log);
    if (title) sse.send("title", { title });
  })()
    .catch((error: unknown) => {
      log.error({ err: errorSummary(error) }, "streamed answer failed");
      sse.send("error", { code: "internal", message: "Something went wrong on our side." });
    })
    .finally(() => sse.end());
  active.track(task);
  return reply;
}

async function jsonAnswer(
  deps: AppDeps,
  active: ActiveGenerations,
  reply: FastifyReply,
  turn: Turn,
  log: FastifyBaseLogger,
) {
  const task = runGeneration(deps, turn, () => {}, active, log);
  active.track(task);
  const outcome = await task;
  await finishBookkeeping(turn, log);
  if (outcome.status === "gone") throw new AppError("not_found", GONE);
  if (outcome.status === "error") throw new AppError("provider_error", PROVIDER_ERROR);
  await titleAfter(deps, turn, outcome, log);
  return reply
    .status(201)
    .send({ userMessage: turn.userMessage, assistantMessage: outcome.message, crisis: crisisOf(turn) });
}
