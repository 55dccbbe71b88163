import { useEffect } from "react";

function typingInField(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (el.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(el.tagName));
}

/**
 * Ctrl/⌘+Shift+O: new reflection (the convention of popular chat apps). "/" or Shift+Esc: focus
 * the message box. Enter/Shift+Enter are handled by the composer itself.
 */
export function useShortcuts(handlers: { newReflection: () => void; focusComposer: () => void }) {
  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (document.querySelector("dialog[open]")) return;
      const mod = event.ctrlKey || event.metaKey;
      if (mod && event.shiftKey && event.key.toLowerCase() === "o") {
        event.preventDefault();
        handlers.newReflection();
      } else if (event.key === "Escape" && event.shiftKey) {
        event.preventDefault();
        handlers.focusComposer();
      } else if (event.key === "/" && !mod && !event.altKey && !typingInField(event.target)) {
        event.preventDefault();
        handlers.focusComposer();
      }
    }
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [handlers]);
}
