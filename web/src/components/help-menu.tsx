import { useEffect, useId, useRef, useState } from "react";
import { CRISIS_RESOURCES } from "../lib/crisis.ts";
import { CrisisLinks } from "./crisis-links.tsx";

/** "Get help now" is in every header: crisis resources are always one click away. */
export function HelpMenu() {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    function onKey(event: KeyboardEvent) {
      if (event.key === "Escape") {
        setOpen(false);
        buttonRef.current?.focus();
      }
    }
    function onPointer(event: PointerEvent) {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    }
    document.addEventListener("keydown", onKey);
    document.addEventListener("pointerdown", onPointer);
    return () => {
      document.removeEventListener("keydown", onKey);
      document.removeEventListener("pointerdown", onPointer);
    };
  }, [open]);

  return (
    <div className="help-menu" ref={rootRef}>
      <button
        ref={buttonRef}
        type="button"
        className="button help-button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((v) => !v)}
      >
        Get help now
      </button>
      <div id={panelId} className="help-panel" hidden={!open}>
        <h2 className="help-title">Immediate support</h2>
        <p className="muted">Ask Aluma is not a crisis service. If you or someone else needs help now:</p>
        <CrisisLinks resources={CRISIS_RESOURCES} />
        <h3 className="help-subtitle">Keyboard shortcuts</h3>
        <dl className="shortcuts">
          <dt>
            <kbd>Ctrl</kbd> + <kbd>Shift</kbd> + <kbd>O</kbd>
          </dt>
          <dd>New reflection</dd>
          <dt>
            <kbd>/</kbd> or <kbd>Shift</kbd> + <kbd>Esc</kbd>
          </dt>
          <dd>Focus the message box</dd>
          <dt>
            <kbd>Enter</kbd> / <kbd>Shift</kbd> + <kbd>Enter</kbd>
          </dt>
          <dd>Send / new line</dd>
        </dl>
      </div>
    </div>
  );
}
