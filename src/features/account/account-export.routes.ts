/**
 * GET /api/me/export → the JSON document (docs/export-schema.json) as an attachment;
 * ?format=zip → a ZIP with export.json and conversations/*.md. Both stream, so the response has
 * no serializer schema: its shape is documented in docs/export-schema.json instead.
 */
import { Readable } from "node:stream";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { recordAudit } from "../auth/audit.ts";
import { recordFeatureUse } from "../telemetry/usage.ts";
import { exportJsonChunks } from "./account-export.ts";
import { exportZipChunks } from "./account-export-zip.ts";

const exportQuery = z.strictObject({ format: z.enum(["json", "zip"]).default("json") });

export const accountExportRoutes: FastifyPluginAsyncZod = async (app) => {
  const deps = app.deps;

  app.get("/api/me/export", { schema: { querystring: exportQuery } }, async (request, reply) => {
    const auth = request.auth!;
    await deps.limiters.consume("export", auth.userId);
    await recordAudit(deps.db, deps.clock, "export", auth.userId, request);
    const zip = request.query.format === "zip";
    await recordFeatureUse(deps, zip ? "account.export_zip" : "account.export");

    const day = deps.clock.now().toISOString().slice(0, 10);
    const body = zip
      ? Readable.from(exportZipChunks(deps, auth.userId, auth.sessionId), { objectMode: false })
      : Readable.from(exportJsonChunks(deps, auth.userId, auth.sessionId), { objectMode: false });
    return reply
      .header("Cache-Control", "no-store")
      .header("Content-Type", zip ? "application/zip" : "application/json; charset=utf-8")
      .header("Content-Disposition", `attachment; filename="aluma-export-${day}.${zip ? "zip" : "json"}"`)
      .send(body);
  });
};
