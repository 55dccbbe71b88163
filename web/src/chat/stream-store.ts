import { useSyncExternalStore } from "react";
import { ApiError, api, errorMessage } from "../api/client.ts";
import { invalidateConversations, keys, queryClient } from "../api/queries.ts";
import { postStream } from "../api/sse.ts";
import type { CrisisEvent, Message, Provider } from "../api/types.ts";

/**
 * Live state of answers being streamed, per conversation, outside React so switching
 * conversations mid-answer neither loses nor duplicates the stream.
 */
export interface StreamState {
  kind: "send" | "regenerate";
  status: "streaming" | "finishing" | "error";
  userMessage: Message | null;
  text: string;
  provider: Provider | null;
  error: string | null;
  /** Set when the request failed before the server stored anything: the draft goes back. */
  returnedDraft: string | null;
}

const streams = new Map<string, StreamState>();
const controllers = new Map<string, AbortController>();
const crisisByConversation = new Map<string, CrisisEvent>();
const listeners = new Set<() => void>();
let version = 0;
let scheduled: ReturnType<typeof setTimeout> | null = null;

/**
 * Notifies React at most once per frame. Deltas can arrive hundreds at a time; a render per
 * delta would re-parse markdown needlessly and trips React's nested-update guard.
 */
function emit() {
  if (scheduled !== null) return;
  scheduled = setTimeout(() => {
    scheduled = null;
    version++;
    for (const l of listeners) l();
  }, 16);
}

function update(id: string, patch: Partial<StreamState>) {
  const current = streams.get(id);
  if (current) streams.set(id, { ...current, ...patch });
  emit();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useStream(id: string | null): { stream: StreamState | null; crisis: CrisisEvent | null } {
  useSyncExternalStore(subscribe, () => version);
  return {
    stream: id ? (streams.get(id) ?? null) : null,
    crisis: id ? (crisisByConversation.get(id) ?? null) : null,
  };
}

export function clearStreamError(id: string) {
  if (streams.get(id)?.status === "error") {
    streams.delete(id);
    emit();
  }
}

async function refresh(id: string) {
  await queryClient.invalidateQueries({ queryKey: keys.conversation(id) });
  void invalidateConversations();
}

export async function startStream(id: string, kind: "send" | "regenerate", content = ""): Promise<void> {
  if (streams.get(id)?.status === "streaming") return;
  const controller = new AbortController();
  controllers.set(id, controller);
  streams.set(id, {
    kind,
    status: "streaming",
    userMessage: null,
    text: "",
    provider: null,
    error: null,
    returnedDraft: null,
  });
  emit();
  const path = `/api/conversations/${id}/${kind === "send" ? "messages" : "regenerate"}`;
  let storedUser = false;
  try {
    for await (const { event, data } of postStream(
      path,
      kind === "send" ? { content } : {},
      controller.signal,
    )) {
      const payload = (data ?? {}) as Record<string, unknown>;
      if (event === "user") {
        storedUser = true;
        update(id, { userMessage: payload as unknown as Message });
      } else if (event === "crisis") {
        crisisByConversation.set(id, payload as unknown as CrisisEvent);
        emit();
      } else if (event === "delta") {
        const current = streams.get(id);
        if (current) update(id, { text: current.text + String(payload.text ?? "") });
      } else if (event === "done") {
        const message = payload.message as Message | undefined;
        update(id, { status: "finishing", provider: message?.provider ?? null });
      } else if (event === "title") {
        void invalidateConversations();
        void queryClient.invalidateQueries({ queryKey: keys.conversation(id) });
      } else if (event === "error") {
        update(id, {
          status: "error",
          error: String(payload.message ?? "The answer could not be completed."),
        });
      }
    }
  } catch (error) {
    if (controller.signal.aborted) return;
    const beforeStore = !storedUser && kind === "send";
    update(id, {
      status: "error",
      error: errorMessage(error),
      returnedDraft: beforeStore && !(error instanceof ApiError && error.status === 404) ? content : null,
    });
  } finally {
    controllers.delete(id);
  }
  const state = streams.get(id);
  await refresh(id);
  if (state?.status !== "error") {
    streams.delete(id);
    emit();
  }
}

/** Stop: abort our read and tell the server, which keeps the partial answer marked stopped. */
export async function stopStream(id: string): Promise<void> {
  controllers.get(id)?.abort();
  update(id, { status: "finishing" });
  try {
    await api(`/api/conversations/${id}/stop`, { method: "POST", body: {} });
  } catch {
    // Already finished or gone: the refresh below shows whatever the server kept.
  }
  await refresh(id);
  streams.delete(id);
  emit();
}
