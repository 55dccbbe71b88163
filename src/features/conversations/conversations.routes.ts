import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { listConversations } from "./conversations.list.ts";
import {
  conversationDetail,
  conversationItem,
  conversationsResponse,
  createConversationBodyOrNone,
  deleteFolderQuery,
  folderBody,
  folderItem,
  foldersResponse,
  idParams,
  listConversationsQuery,
  patchConversationBody,
} from "./conversations.schemas.ts";
import {
  createConversation,
  deleteConversation,
  getConversation,
  updateConversation,
} from "./conversations.service.ts";
import { createFolder, deleteFolder, listFolders, renameFolder } from "./folders.service.ts";

export const conversationRoutes: FastifyPluginAsyncZod = async (app) => {
  const deps = app.deps;

  app.get("/api/folders", { schema: { response: { 200: foldersResponse } } }, async (request) => ({
    items: await listFolders(deps, request.auth!.userId),
  }));

  app.post(
    "/api/folders",
    { schema: { body: folderBody, response: { 201: folderItem } } },
    async (request, reply) =>
      reply.status(201).send(await createFolder(deps, request.auth!.userId, request.body.name)),
  );

  app.patch(
    "/api/folders/:id",
    { schema: { params: idParams, body: folderBody, response: { 200: folderItem } } },
    async (request) => renameFolder(deps, request.auth!.userId, request.params.id, request.body.name),
  );

  app.delete(
    "/api/folders/:id",
    { schema: { params: idParams, querystring: deleteFolderQuery, response: { 204: z.null() } } },
    async (request, reply) => {
      await deleteFolder(deps, request.auth!.userId, request.params.id, {
        deleteConversations: request.query.deleteConversations,
      });
      return reply.status(204).send(null);
    },
  );

  app.get(
    "/api/conversations",
    { schema: { querystring: listConversationsQuery, response: { 200: conversationsResponse } } },
    async (request) => listConversations(deps, request.auth!.userId, request.query),
  );

  app.post(
    "/api/conversations",
    { schema: { body: createConversationBodyOrNone, response: { 201: conversationItem } } },
    async (request, reply) =>
      reply.status(201).send(await createConversation(deps, request.auth!.userId, request.body)),
  );

  app.get(
    "/api/conversations/:id",
    { schema: { params: idParams, response: { 200: conversationDetail } } },
    async (request) => getConversation(deps, request.auth!.userId, request.params.id),
  );

  app.patch(
    "/api/conversations/:id",
    { schema: { params: idParams, body: patchConversationBody, response: { 200: conversationItem } } },
    async (request) => updateConversation(deps, request.auth!.userId, request.params.id, request.body),
  );

  app.delete(
    "/api/conversations/:id",
    { schema: { params: idParams, response: { 204: z.null() } } },
    async (request, reply) => {
      await deleteConversation(deps, request.auth!.userId, request.params.id);
      return reply.status(204).send(null);
    },
  );
};
