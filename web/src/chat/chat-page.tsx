import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { HelpMenu } from "../components/help-menu.tsx";
import { navigate } from "../lib/router.tsx";
import { useShortcuts } from "../lib/shortcuts.ts";
import { ConversationView } from "./conversation-view.tsx";
import { Sidebar } from "./sidebar.tsx";

export function ChatPage({ conversationId }: { conversationId: string | null }) {
  const composerRef = useRef<HTMLTextAreaElement>(null);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const [folderId, setFolderId] = useState<string | null>(null);
  const [drawerOpen, setDrawerOpen] = useState(false);

  const focusComposer = useCallback(() => composerRef.current?.focus(), []);
  const newReflection = useCallback(() => {
    setDrawerOpen(false);
    navigate("/chat");
    requestAnimationFrame(() => composerRef.current?.focus());
  }, []);
  useShortcuts(useMemo(() => ({ newReflection, focusComposer }), [newReflection, focusComposer]));

  // The drawer (phones) closes on Escape and hands focus back to its toggle.
  useEffect(() => {
    if (!drawerOpen) return;
    document.querySelector<HTMLElement>("#sidebar .new-reflection")?.focus();
    function onKey(event: KeyboardEvent) {
      if (event.key === "Escape" && !document.querySelector("dialog[open]")) {
        setDrawerOpen(false);
        toggleRef.current?.focus();
      }
    }
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [drawerOpen]);

  const toggle = (
    <button
      ref={toggleRef}
      type="button"
      className="icon-button drawer-toggle"
      aria-label="Reflections menu"
      aria-expanded={drawerOpen}
      aria-controls="sidebar"
      onClick={() => setDrawerOpen((v) => !v)}
    >
      <span className="hamburger" aria-hidden="true" />
    </button>
  );

  return (
    <div className="chat-layout">
      <header className="topbar app-topbar">
        <a href="/chat" className="brand" aria-label="Ask Aluma home">
          <img src="/icon.svg" alt="" width="28" height="28" />
          <span>Ask Aluma</span>
        </a>
        <div className="topbar-actions">
          <HelpMenu />
        </div>
      </header>
      <Sidebar
        open={drawerOpen}
        activeId={conversationId}
        folderId={folderId}
        onFolder={(id) => setFolderId(id)}
        onNewReflection={newReflection}
        onNavigate={() => setDrawerOpen(false)}
      />
      {drawerOpen ? <div className="scrim" aria-hidden="true" onClick={() => setDrawerOpen(false)} /> : null}
      <main id="main" className="chat-main">
        <ConversationView
          conversationId={conversationId}
          folderId={folderId}
          composerRef={composerRef}
          sidebarToggle={toggle}
        />
      </main>
    </div>
  );
}
