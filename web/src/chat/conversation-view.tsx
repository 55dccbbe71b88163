import { type ReactNode, type RefObject, useEffect, useRef, useState } from "react";
import { ApiError, api, errorMessage } from "../api/client.ts";
import { keys, queryClient, useConversation } from "../api/queries.ts";
import type { Conversation, CrisisEvent } from "../api/types.ts";
import { ActionsMenu } from "../components/actions-menu.tsx";
import { CrisisBanner } from "../components/crisis-banner.tsx";
import { navigate } from "../lib/router.tsx";
import { Composer } from "./composer.tsx";
import { type ConversationDialog, ConversationDialogs, patchConversation } from "./conversation-dialogs.tsx";
import { EmptyState } from "./empty-state.tsx";
import { MessageList } from "./message-list.tsx";
import { clearStreamError, startStream, stopStream, useStream } from "./stream-store.ts";

interface Props {
  conversationId: string | null;
  folderId: string | null;
  composerRef: RefObject<HTMLTextAreaElement | null>;
  sidebarToggle: ReactNode;
}

export function ConversationView({ conversationId, folderId, composerRef, sidebarToggle }: Props) {
  const conversation = useConversation(conversationId);
  const { stream, crisis } = useStream(conversationId);
  const [dialog, setDialog] = useState<ConversationDialog>(null);
  const [sendError, setSendError] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const wasStreaming = useRef(false);
  const messages = conversation.data?.messages ?? [];
  const storedCrisis = messages.find((m) => m.crisis)?.crisis as CrisisEvent | undefined;
  const activeCrisis = crisis ?? (storedCrisis && typeof storedCrisis === "object" ? storedCrisis : null);
  const streaming = stream?.status === "streaming";
  const returnedDraft = stream?.returnedDraft ?? null;

  // Screen readers hear the finished answer once, not every token.
  useEffect(() => {
    if (streaming) {
      wasStreaming.current = true;
      setAnnouncement("Aluma is replying…");
    } else if (wasStreaming.current && !stream) {
      wasStreaming.current = false;
      const last = messages.at(-1);
      setAnnouncement(last?.role === "assistant" ? `Aluma replied: ${last.content}` : "");
    }
  }, [streaming, stream, messages]);

  useEffect(() => {
    if (conversation.error instanceof ApiError && conversation.error.status === 404) {
      navigate("/chat", { replace: true });
    }
  }, [conversation.error]);

  async function send(content: string): Promise<boolean> {
    setSendError(null);
    let id = conversationId;
    if (!id) {
      try {
        const created = await api<Conversation | { conversation: Conversation }>("/api/conversations", {
          method: "POST",
          body: folderId ? { folderId } : {},
        });
        const conv = "conversation" in created ? created.conversation : created;
        id = conv.id;
        queryClient.setQueryData(keys.conversation(id), { ...conv, messages: [] });
        navigate(`/chat/${id}`);
      } catch (error) {
        setSendError(errorMessage(error));
        return false;
      }
    } else {
      clearStreamError(id);
    }
    void startStream(id, "send", content);
    return true;
  }

  const title = conversationId ? conversation.data?.title || "Untitled reflection" : "New reflection";
  const summary = conversation.data;

  return (
    <section className="conversation" aria-labelledby="conversation-title">
      <header className="conversation-header">
        {sidebarToggle}
        <h1 id="conversation-title" className="conversation-title route-focus" tabIndex={-1}>
          {title}
        </h1>
        {summary ? (
          <ActionsMenu
            label="Reflection actions"
            actions={[
              {
                label: summary.pinned ? "Unpin" : "Pin",
                onSelect: () => void patchConversation(summary.id, { pinned: !summary.pinned }),
              },
              { label: "Rename", onSelect: () => setDialog("rename") },
              { label: "Move to folder", onSelect: () => setDialog("move") },
              { label: "Delete", onSelect: () => setDialog("delete"), danger: true },
            ]}
          />
        ) : null}
      </header>
      {activeCrisis ? <CrisisBanner crisis={activeCrisis} /> : null}
      {conversationId && conversation.isPending ? (
        <div className="message-scroll">
          <p className="muted center loading">Loading…</p>
        </div>
      ) : messages.length === 0 && !stream ? (
        <EmptyState />
      ) : (
        <MessageList
          conversationId={conversationId}
          messages={messages}
          stream={stream}
          onRegenerate={() => conversationId && void startStream(conversationId, "regenerate")}
        />
      )}
      {sendError || stream?.error ? (
        <p className="form-error chat-error" role="alert">
          {sendError ?? stream?.error}
        </p>
      ) : null}
      <Composer
        inputRef={composerRef}
        streaming={streaming}
        onSend={send}
        onStop={() => conversationId && void stopStream(conversationId)}
        returnedDraft={returnedDraft}
      />
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
      {summary ? (
        <ConversationDialogs conversation={summary} dialog={dialog} onClose={() => setDialog(null)} />
      ) : null}
    </section>
  );
}
