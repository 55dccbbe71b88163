import { useInfiniteQuery } from "@tanstack/react-query";
import { useState } from "react";
import { fetchConversations, keys } from "../api/queries.ts";
import type { ConversationSummary } from "../api/types.ts";
import { ActionsMenu } from "../components/actions-menu.tsx";
import { Link } from "../lib/router.tsx";
import { type ConversationDialog, ConversationDialogs, patchConversation } from "./conversation-dialogs.tsx";

interface Props {
  folderId: string | null;
  query: string;
  activeId: string | null;
  onNavigate: () => void;
}

function sortPinnedFirst(items: ConversationSummary[]): ConversationSummary[] {
  return [...items].sort((a, b) => Number(b.pinned) - Number(a.pinned));
}

export function ConversationList({ folderId, query, activeId, onNavigate }: Props) {
  const list = useInfiniteQuery({
    queryKey: keys.conversations(folderId, query),
    queryFn: ({ pageParam }) => fetchConversations(folderId, query, pageParam),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });
  const items = sortPinnedFirst(list.data?.pages.flatMap((p) => p.items) ?? []);
  const [editing, setEditing] = useState<{
    conversation: ConversationSummary;
    dialog: ConversationDialog;
  } | null>(null);

  return (
    <section className="conversations" aria-labelledby="conversations-heading">
      <h2 id="conversations-heading" className="sidebar-heading">
        {query ? "Search results" : "Reflections"}
      </h2>
      {list.isPending ? <p className="muted small">Loading…</p> : null}
      {list.isError ? (
        <p className="form-error small" role="alert">
          Couldn't load your reflections.
        </p>
      ) : null}
      {list.isSuccess && items.length === 0 ? (
        <p className="muted small">{query ? "Nothing matches that search." : "No reflections here yet."}</p>
      ) : null}
      <ul className="conversation-items">
        {items.map((c) => (
          <li key={c.id} className="conversation-row">
            <Link
              href={`/chat/${c.id}`}
              className="conversation-link"
              aria-current={c.id === activeId ? "page" : undefined}
              onClick={onNavigate}
            >
              {c.pinned ? (
                <span className="pin" title="Pinned">
                  <span className="visually-hidden">Pinned: </span>
                </span>
              ) : null}
              <span className="conversation-link-title">{c.title || "Untitled reflection"}</span>
            </Link>
            <ActionsMenu
              label={`Actions for ${c.title || "Untitled reflection"}`}
              actions={[
                {
                  label: c.pinned ? "Unpin" : "Pin",
                  onSelect: () => void patchConversation(c.id, { pinned: !c.pinned }),
                },
                { label: "Rename", onSelect: () => setEditing({ conversation: c, dialog: "rename" }) },
                { label: "Move to folder", onSelect: () => setEditing({ conversation: c, dialog: "move" }) },
                {
                  label: "Delete",
                  onSelect: () => setEditing({ conversation: c, dialog: "delete" }),
                  danger: true,
                },
              ]}
            />
          </li>
        ))}
      </ul>
      {editing ? (
        <ConversationDialogs
          conversation={editing.conversation}
          dialog={editing.dialog}
          onClose={() => setEditing(null)}
        />
      ) : null}
      {list.hasNextPage ? (
        <button
          type="button"
          className="link-button"
          onClick={() => void list.fetchNextPage()}
          disabled={list.isFetchingNextPage}
        >
          Show more
        </button>
      ) : null}
    </section>
  );
}
