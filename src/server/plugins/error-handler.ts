/**
 * The one error handler. Clients get `{"error":{"code","message"}}`; 5xx details (stack, SQL,
 * driver messages) stay out of responses. Logs carry the error's class and code, never bodies.
 */
import type { FastifyError, FastifyInstance, FastifyReply } from "fastify";
import fp from "fastify-plugin";
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from "fastify-type-provider-zod";
import { AppError, type ErrorCode } from "../errors.ts";

export type ServerErrorReporter = (
  error: Error,
  context: { method: string; route: string | undefined },
) => void;

function send(reply: FastifyReply, status: number, code: ErrorCode, message: string, details?: unknown) {
  return reply
    .status(status)
    .send({ error: details === undefined ? { code, message } : { code, message, details } });
}

/** Field paths and messages only; zod issues may echo input values, which we never return. */
function fieldDetails(error: FastifyError) {
  const fields: Record<string, string[]> = {};
  for (const issue of error.validation ?? []) {
    const params = issue.params as { issue?: { path?: PropertyKey[]; message?: string; code?: string } };
    const path =
      params.issue?.path?.map(String).join(".") || issue.instancePath.replace(/^\//, "") || "(body)";
    const message =
      params.issue?.code === "unrecognized_keys"
        ? "Unknown field."
        : (params.issue?.message ?? "Invalid value.");
    const key = params.issue?.code === "unrecognized_keys" ? "(body)" : path;
    if (!fields[key]) fields[key] = [];
    fields[key].push(message);
  }
  return { fields };
}

export function errorHandlerPlugin(report?: ServerErrorReporter) {
  return fp(async (app: FastifyInstance) => {
    app.setErrorHandler((error: FastifyError, request, reply) => {
      if (error instanceof AppError) {
        if (error.retryAfter !== undefined) reply.header("Retry-After", String(error.retryAfter));
        if (error.status >= 500)
          request.log.error({ code: error.code, cause: errorSummary(error.cause) }, "app error");
        return send(reply, error.status, error.code, error.message, error.details);
      }
      if (hasZodFastifySchemaValidationErrors(error)) {
        return send(reply, 400, "validation", "Some fields are invalid.", fieldDetails(error));
      }
      switch (error.code) {
        case "FST_ERR_CTP_INVALID_JSON_BODY":
        case "FST_ERR_CTP_EMPTY_JSON_BODY":
          return send(reply, 400, "invalid_json", "The request body is not valid JSON.");
        case "FST_ERR_CTP_BODY_TOO_LARGE":
          return send(reply, 413, "payload_too_large", "The request body is too large.");
        case "FST_ERR_CTP_INVALID_MEDIA_TYPE":
          return send(reply, 415, "unsupported_media_type", "Send JSON with Content-Type: application/json.");
      }
      if (isResponseSerializationError(error)) {
        request.log.error({ err: errorSummary(error) }, "response did not match its schema");
        return send(reply, 500, "internal", "Something went wrong on our side.");
      }
      const status = error.statusCode ?? 500;
      if (status >= 400 && status < 500) {
        // Fastify's own 4xx (bad content-length, unsupported method...): safe generic text.
        return send(
          reply,
          status,
          status === 404 ? "not_found" : "validation",
          "The request was not accepted.",
        );
      }
      request.log.error({ err: errorSummary(error) }, "unhandled error");
      report?.(error, { method: request.method, route: request.routeOptions.url });
      return send(reply, 500, "internal", "Something went wrong on our side.");
    });
  });
}

/** Error class, code and stack only: driver messages can quote SQL parameters, i.e. user data. */
export function errorSummary(error: unknown) {
  if (!(error instanceof Error)) return { type: typeof error };
  return {
    type: error.name,
    code: (error as { code?: unknown }).code,
    stack: error.stack?.split("\n").slice(1, 8).join("\n"),
  };
}
