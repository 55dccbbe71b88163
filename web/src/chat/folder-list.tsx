import { useState } from "react";
import { api } from "../api/client.ts";
import { invalidateConversations, keys, queryClient, useFolders } from "../api/queries.ts";
import type { Folder } from "../api/types.ts";
import { ActionsMenu } from "../components/actions-menu.tsx";
import { ConfirmDialog, PromptDialog } from "../components/dialog.tsx";

interface Props {
  selected: string | null;
  onSelect: (folderId: string | null) => void;
}

type Editing = { kind: "create" } | { kind: "rename" | "delete"; folder: Folder } | null;

async function refreshFolders() {
  await Promise.all([queryClient.invalidateQueries({ queryKey: keys.folders }), invalidateConversations()]);
}

export function FolderList({ selected, onSelect }: Props) {
  const folders = useFolders();
  const [editing, setEditing] = useState<Editing>(null);
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
                  onSelect: () => setEditing({ kind: "delete", folder }),
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
          <p>
            The folder “{editing?.kind === "delete" ? editing.folder.name : ""}” will be deleted. The
            reflections in it are kept and stay under “All reflections”.
          </p>
        }
        confirmLabel="Delete folder"
        onConfirm={async () => {
          if (editing?.kind !== "delete") return;
          await api(`/api/folders/${editing.folder.id}`, { method: "DELETE" });
          if (selected === editing.folder.id) onSelect(null);
          await refreshFolders();
        }}
        onClose={close}
      />
    </nav>
  );
}
