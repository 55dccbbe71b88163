import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { redact } from "../../phi/index.ts";
import { redactBody, redactResponse } from "./redact.schemas.ts";

/** The server's redaction, for previews and tools. Stores nothing and logs nothing of the text. */
export const redactRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    "/api/redact",
    // 50,000 characters of JSON-escaped text can exceed the app's default 100 KB body limit.
    { bodyLimit: 512 * 1024, schema: { body: redactBody, response: { 200: redactResponse } } },
    async (request) => {
      const { text, spans } = redact(request.body.text);
      return { redacted: text, spans: spans.map(({ start, end, type }) => ({ start, end, type })) };
    },
  );
};
