import {
  type FormEvent,
  type KeyboardEvent,
  type RefObject,
  useEffect,
  useId,
  useRef,
  useState,
} from "react";
import { PhiHighlights } from "./phi-highlights.tsx";
import { PhiSummary } from "./phi-summary.tsx";
import { liveSpans, usePhiPreview } from "./use-phi-preview.ts";

interface ComposerProps {
  inputRef: RefObject<HTMLTextAreaElement | null>;
  streaming: boolean;
  disabled?: boolean;
  /** Returns false when the text could not be sent and should stay in the box. */
  onSend: (content: string) => Promise<boolean>;
  onStop: () => void;
  returnedDraft: string | null;
}

const MAX_LENGTH = 8000;

export function Composer({ inputRef, streaming, disabled, onSend, onStop, returnedDraft }: ComposerProps) {
  // The draft lives only in memory: raw text may hold client details and never touches storage.
  const [text, setText] = useState("");
  const preview = usePhiPreview(text);
  const spans = liveSpans(preview, text);
  const mirrorRef = useRef<HTMLDivElement>(null);
  const inputId = useId();
  const summaryId = useId();

  useEffect(() => {
    if (returnedDraft) setText((current) => current || returnedDraft);
  }, [returnedDraft]);

  function syncScroll() {
    if (mirrorRef.current && inputRef.current) mirrorRef.current.scrollTop = inputRef.current.scrollTop;
  }

  async function submit(event?: FormEvent) {
    event?.preventDefault();
    const content = text.trim();
    if (!content || streaming || disabled) return;
    setText("");
    const sent = await onSend(content);
    if (!sent) setText((current) => current || content);
  }

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (event.key === "Enter" && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      void submit();
    }
  }

  return (
    <form className="composer" onSubmit={submit}>
      <label htmlFor={inputId} className="visually-hidden">
        Message
      </label>
      <div className="composer-row">
        <div className="composer-input">
          <PhiHighlights ref={mirrorRef} text={text} spans={spans} />
          <textarea
            id={inputId}
            ref={inputRef}
            value={text}
            rows={2}
            maxLength={MAX_LENGTH}
            placeholder="Reflect on a pattern or a theme…"
            aria-describedby={summaryId}
            onChange={(e) => setText(e.target.value)}
            onKeyDown={onKeyDown}
            onScroll={syncScroll}
            spellCheck
            disabled={disabled}
          />
        </div>
        {streaming ? (
          <button type="button" className="button send-button stop" onClick={onStop}>
            Stop
          </button>
        ) : (
          <button type="submit" className="button primary send-button" disabled={disabled || !text.trim()}>
            Send
          </button>
        )}
      </div>
      <PhiSummary
        id={summaryId}
        text={preview.text}
        spans={spans}
        redacted={preview.redacted}
        ready={preview.ready}
      />
    </form>
  );
}
