import { useEffect, useLayoutEffect, useRef } from "react";
import type { Message } from "../api/types.ts";
import { type DisplayMessage, MessageItem } from "./message-item.tsx";
import type { StreamState } from "./stream-store.ts";

interface Props {
  conversationId: string | null;
  messages: Message[];
  stream: StreamState | null;
  onRegenerate: () => void;
}

/** Server messages plus whatever is streaming in right now, in display order. */
export function displayMessages(messages: Message[], stream: StreamState | null): DisplayMessage[] {
  const list: DisplayMessage[] = [...messages];
  if (!stream) return list;
  if (stream.kind === "regenerate" && list.at(-1)?.role === "assistant") list.pop();
  if (stream.userMessage && !list.some((m) => m.id === stream.userMessage?.id)) list.push(stream.userMessage);
  if (stream.status !== "error" || stream.text) {
    list.push({
      id: "streaming",
      role: "assistant",
      content: stream.text,
      createdAt: new Date().toISOString(),
      streaming: stream.status === "streaming",
      provider: stream.provider ?? undefined,
    });
  }
  return list;
}

export function MessageList({ conversationId, messages, stream, onRegenerate }: Props) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const pinned = useRef(true);
  const list = displayMessages(messages, stream);
  const lastAssistant = list.findLastIndex((m) => m.role === "assistant");

  // Follow the answer as it grows only while the reader is at the bottom; never yank them back.
  function onScroll() {
    const el = scrollRef.current;
    if (el) pinned.current = el.scrollHeight - el.scrollTop - el.clientHeight < 80;
  }
  // biome-ignore lint/correctness/useExhaustiveDependencies: re-run whenever content grows
  useLayoutEffect(() => {
    const el = scrollRef.current;
    if (el && pinned.current) el.scrollTop = el.scrollHeight;
  }, [list.length, stream?.text]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new conversation starts at its end
  useEffect(() => {
    pinned.current = true;
  }, [conversationId]);

  return (
    <div className="message-scroll" ref={scrollRef} onScroll={onScroll}>
      <div className="message-list">
        {list.map((m, i) => (
          <MessageItem
            key={m.id}
            message={m}
            canRegenerate={i === lastAssistant && !stream && i === list.length - 1}
            onRegenerate={onRegenerate}
          />
        ))}
      </div>
    </div>
  );
}
