import { QueryClient, useQuery } from "@tanstack/react-query";
import { ApiError, api, asList } from "./client.ts";
import type { Conversation, ConversationSummary, Folder, Me } from "./types.ts";

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 15_000,
      refetchOnWindowFocus: false,
      retry: (count, error) => !(error instanceof ApiError && error.status < 500) && count < 2,
    },
  },
});

export const keys = {
  me: ["me"] as const,
  folders: ["folders"] as const,
  conversations: (folderId: string | null, q: string) => ["conversations", folderId, q] as const,
  conversationsAll: ["conversations"] as const,
  conversation: (id: string) => ["conversation", id] as const,
};

/** The signed-in user, or null when signed out (a 401 is an answer here, not an error). */
export function useMe() {
  return useQuery({
    queryKey: keys.me,
    queryFn: async (): Promise<Me | null> => {
      try {
        const body = await api<Me | { user: Me }>("/api/me");
        return "user" in body && body.user ? body.user : (body as Me);
      } catch (error) {
        if (error instanceof ApiError && error.status === 401) return null;
        throw error;
      }
    },
    staleTime: 60_000,
  });
}

export function useFolders(enabled = true) {
  return useQuery({
    queryKey: keys.folders,
    queryFn: async () => asList<Folder>(await api("/api/folders"), "folders"),
    enabled,
  });
}

export interface ConversationPage {
  items: ConversationSummary[];
  nextCursor: string | null;
}

export async function fetchConversations(
  folderId: string | null,
  q: string,
  cursor: string | null,
): Promise<ConversationPage> {
  const params = new URLSearchParams();
  if (folderId) params.set("folderId", folderId);
  if (q) params.set("q", q);
  if (cursor) params.set("cursor", cursor);
  const query = params.toString();
  const body = await api<{ nextCursor?: string | null }>(`/api/conversations${query ? `?${query}` : ""}`);
  return { items: asList<ConversationSummary>(body, "conversations"), nextCursor: body?.nextCursor ?? null };
}

export function useConversation(id: string | null) {
  return useQuery({
    queryKey: keys.conversation(id ?? "none"),
    queryFn: async () => {
      const body = await api<Conversation | { conversation: Conversation }>(`/api/conversations/${id}`);
      const conv = "conversation" in body ? body.conversation : body;
      return { ...conv, messages: asList(conv.messages) } as Conversation;
    },
    enabled: id !== null,
  });
}

export function invalidateConversations(): Promise<void> {
  return queryClient.invalidateQueries({ queryKey: keys.conversationsAll });
}
