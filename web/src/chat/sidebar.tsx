import { useEffect, useId, useState } from "react";
import { useMe } from "../api/queries.ts";
import { logout } from "../lib/auth.ts";
import { Link } from "../lib/router.tsx";
import { ConversationList } from "./conversation-list.tsx";
import { FolderList } from "./folder-list.tsx";

interface Props {
  open: boolean;
  activeId: string | null;
  folderId: string | null;
  onFolder: (id: string | null) => void;
  onNewReflection: () => void;
  onNavigate: () => void;
}

export function Sidebar({ open, activeId, folderId, onFolder, onNewReflection, onNavigate }: Props) {
  const me = useMe();
  const [search, setSearch] = useState("");
  const [query, setQuery] = useState("");
  const searchId = useId();
  const allowance = me.data?.allowance;

  useEffect(() => {
    const timer = setTimeout(() => setQuery(search.trim()), 250);
    return () => clearTimeout(timer);
  }, [search]);

  return (
    <aside id="sidebar" className="sidebar" data-open={open} aria-label="Reflections and folders">
      <button type="button" className="button primary block new-reflection" onClick={onNewReflection}>
        New reflection
      </button>
      <search className="search">
        <label htmlFor={searchId} className="visually-hidden">
          Search reflections
        </label>
        <input
          id={searchId}
          type="search"
          placeholder="Search reflections"
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          autoComplete="off"
        />
      </search>
      <FolderList selected={folderId} onSelect={onFolder} />
      <ConversationList folderId={folderId} query={query} activeId={activeId} onNavigate={onNavigate} />
      <div className="sidebar-footer">
        {allowance ? (
          <p className="allowance small">
            {allowance.remaining} of {allowance.limit} reflections left this month
          </p>
        ) : null}
        <Link href="/settings" className="sidebar-link">
          Settings
        </Link>
        <Link href="/privacy" className="sidebar-link">
          Privacy
        </Link>
        {me.data?.role === "researcher" || me.data?.role === "admin" ? (
          <Link href="/research" className="sidebar-link">
            Research dashboard
          </Link>
        ) : null}
        {me.data?.role === "admin" ? (
          <Link href="/admin" className="sidebar-link">
            Admin
          </Link>
        ) : null}
        <button type="button" className="link-button sidebar-link" onClick={() => void logout()}>
          Log out
        </button>
      </div>
    </aside>
  );
}
