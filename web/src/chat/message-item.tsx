import { useState } from "react";
import type { Message } from "../api/types.ts";
import { splitMarkers } from "../lib/markers.ts";
import { Markdown } from "./markdown.tsx";

export interface DisplayMessage extends Message {
  streaming?: boolean;
}

interface Props {
  message: DisplayMessage;
  canRegenerate: boolean;
  onRegenerate: () => void;
}

function UserText({ text }: { text: string }) {
  return (
    <p className="user-text">
      {splitMarkers(text).map((piece, i) =>
        piece.kind === "marker" ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: pieces are positional and never reordered
          <span key={i} className="redaction-chip">
            {piece.label} removed for privacy
          </span>
        ) : (
          piece.text
        ),
      )}
    </p>
  );
}

export function MessageItem({ message, canRegenerate, onRegenerate }: Props) {
  const [copied, setCopied] = useState(false);
  const isUser = message.role === "user";
  const stopped = message.stopped || message.status === "stopped";

  async function copy() {
    try {
      await navigator.clipboard.writeText(message.content);
      setCopied(true);
      setTimeout(() => setCopied(false), 2000);
    } catch {
      setCopied(false);
    }
  }

  return (
    <article
      className={`message ${isUser ? "from-user" : "from-aluma"}`}
      aria-label={isUser ? "You said" : "Aluma said"}
      aria-busy={message.streaming ? true : undefined}
    >
      <div className="message-meta">
        <span className="message-author">{isUser ? "You" : "Aluma"}</span>
        {message.provider === "offline-guide" ? (
          <span className="badge" title="Answered by the built-in guide, without an AI model">
            Offline reflection guide
          </span>
        ) : null}
        {stopped ? <span className="badge">Stopped</span> : null}
        {message.status === "error" ? <span className="badge">Incomplete</span> : null}
      </div>
      <div className="message-body">
        {isUser ? <UserText text={message.content} /> : <Markdown text={message.content} />}
        {message.streaming && !message.content ? <span className="typing">Aluma is thinking…</span> : null}
      </div>
      {message.streaming ? null : (
        <div className="message-actions">
          <button type="button" className="link-button" onClick={copy}>
            {copied ? "Copied" : "Copy"}
          </button>
          {canRegenerate ? (
            <button type="button" className="link-button" onClick={onRegenerate}>
              Regenerate
            </button>
          ) : null}
          <span className="visually-hidden" aria-live="polite">
            {copied ? "Message copied" : ""}
          </span>
        </div>
      )}
    </article>
  );
}
