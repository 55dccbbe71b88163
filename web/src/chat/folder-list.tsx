import { useState } from "react";
import { api } from "../api/client.ts";
import { invalidateConversations, keys, queryClient, useFolders } from "../api/queries.ts";
import type { Conversation, Folder } from "../api/types.ts";
import { ActionsMenu } from "../components/actions-menu.tsx";
import { ConfirmDialog, PromptDialog } from "../components/dialog.tsx";
import { Checkbox } from "../components/field.tsx";
import { matchRoute, navigate } from "../lib/router.tsx";

interface Props {
  selected: string | null;
  onSelect: (folderId: string | null) => void;
}

type Editing = { kind: "create" } | { kind: "rename" | "delete"; folder: Folder } | null;

async function refreshFolders() {
  await Promise.all([queryClient.invalidateQueries({ queryKey: keys.folders }), invalidateConversations()]);
}

/** When the open reflection was in a folder just deleted with its reflections, go to a new one. */
function leaveIfDeleted(folderId: string) {
  const route = matchRoute(window.location.pathname);
  const open = route.name === "chat" ? route.conversationId : null;
  if (!open) return;
  const cached = queryClient.getQueryData<Conversation>(keys.conversation(open));
  if (cached?.folderId !== folderId) return;
  queryClient.removeQueries({ queryKey: keys.conversation(open) });
  navigate("/chat", { replace: true });
}

export function FolderList({ selected, onSelect }: Props) {
  const folders = useFolders();
  const [editing, setEditing] = useState<Editing>(null);
  // Deleting the reflections too is opt-in, and asked afresh each time the dialog opens.
  const [alsoConversations, setAlsoConversations] = useState(false);
  const close = () => setEditing(null);

  return (
    <nav className="folders" aria-labelledby="folders-heading">
      <div className="sidebar-section-head">
        <h2 id="folders-heading">Folders</h2>
        <button type="button" className="link-button" onClick={() => setEditing({ kind: "create" })}>
          New folder
        </button>
      </div>
      <ul className="folder-items">
        <li>
          <button
            type="button"
            className="folder-button"
            aria-pressed={selected === null}
            onClick={() => onSelect(null)}
          >
            All reflections
          </button>
        </li>
        {(folders.data ?? []).map((folder) => (
          <li key={folder.id} className="folder-row">
            <button
              type="button"
              className="folder-button"
              aria-pressed={selected === folder.id}
              onClick={() => onSelect(folder.id)}
            >
              {folder.name}
            </button>
            <ActionsMenu
              label={`Folder actions: ${folder.name}`}
              actions={[
                { label: "Rename folder", onSelect: () => setEditing({ kind: "rename", folder }) },
                {
                  label: "Delete folder",
                  onSelect: () => {
                    setAlsoConversations(false);
                    setEditing({ kind: "delete", folder });
                  },
                  danger: true,
                },
              ]}
            />
          </li>
        ))}
      </ul>
      <PromptDialog
        open={editing?.kind === "create"}
        title="New folder"
        label="Folder name"
        submitLabel="Create folder"
        maxLength={80}
        onSubmit={async (name) => {
          const created = await api<Folder | { folder: Folder }>("/api/folders", {
            method: "POST",
            body: { name },
          });
          await refreshFolders();
          const folder = "folder" in created ? created.folder : created;
          if (folder?.id) onSelect(folder.id);
        }}
        onClose={close}
      />
      <PromptDialog
        open={editing?.kind === "rename"}
        title="Rename folder"
        label="Folder name"
        initial={editing?.kind === "rename" ? editing.folder.name : ""}
        submitLabel="Save"
        maxLength={80}
        onSubmit={async (name) => {
          if (editing?.kind !== "rename") return;
          await api(`/api/folders/${editing.folder.id}`, { method: "PATCH", body: { name } });
          await refreshFolders();
        }}
        onClose={close}
      />
      <ConfirmDialog
        open={editing?.kind === "delete"}
        title="Delete this folder?"
        body={
          <>
            <p>
              The folder “{editing?.kind === "delete" ? editing.folder.name : ""}” will be deleted.{" "}
              {alsoConversations
                ? "The reflections in it and all their messages will be permanently deleted too. This can't be undone."
                : "The reflections in it are kept and stay under “All reflections”."}
            </p>
            <Checkbox
              label="Also delete the reflections in this folder"
              checked={alsoConversations}
              onChange={(e) => setAlsoConversations(e.target.checked)}
            />
          </>
        }
        confirmLabel={alsoConversations ? "Delete folder and reflections" : "Delete folder"}
        onConfirm={async () => {
          if (editing?.kind !== "delete") return;
          const query = alsoConversations ? "?deleteConversations=true" : "";
          await api(`/api/folders/${editing.folder.id}${query}`, { method: "DELETE" });
          if (selected === editing.folder.id) onSelect(null);
          if (alsoConversations) leaveIfDeleted(editing.folder.id);
          await refreshFolders();
        }}
        onClose={close}
      />
    </nav>
  );
}
