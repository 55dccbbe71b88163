import { type FormEvent, useEffect, useId, useState } from "react";
import { api } from "../api/client.ts";
import { invalidateConversations, keys, queryClient, useFolders } from "../api/queries.ts";
import type { ConversationSummary } from "../api/types.ts";
import { ConfirmDialog, Dialog, DialogFooter, PromptDialog } from "../components/dialog.tsx";
import { navigate } from "../lib/router.tsx";

export type ConversationDialog = "rename" | "move" | "delete" | null;

export async function patchConversation(id: string, patch: Partial<ConversationSummary>) {
  await api(`/api/conversations/${id}`, { method: "PATCH", body: patch });
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: keys.conversation(id) }),
    invalidateConversations(),
  ]);
}

interface Props {
  conversation: ConversationSummary;
  dialog: ConversationDialog;
  onClose: () => void;
}

export function ConversationDialogs({ conversation, dialog, onClose }: Props) {
  const title = conversation.title || "Untitled reflection";
  return (
    <>
      <PromptDialog
        open={dialog === "rename"}
        title="Rename reflection"
        label="Title"
        initial={conversation.title ?? ""}
        submitLabel="Save"
        onSubmit={(value) => patchConversation(conversation.id, { title: value })}
        onClose={onClose}
      />
      <MoveDialog open={dialog === "move"} conversation={conversation} onClose={onClose} />
      <ConfirmDialog
        open={dialog === "delete"}
        title="Delete this reflection?"
        body={<p>“{title}” and all its messages will be permanently deleted. This can't be undone.</p>}
        confirmLabel="Delete reflection"
        onConfirm={async () => {
          await api(`/api/conversations/${conversation.id}`, { method: "DELETE" });
          queryClient.removeQueries({ queryKey: keys.conversation(conversation.id) });
          await invalidateConversations();
          if (window.location.pathname === `/chat/${conversation.id}`) navigate("/chat", { replace: true });
        }}
        onClose={onClose}
      />
    </>
  );
}

function MoveDialog({
  open,
  conversation,
  onClose,
}: {
  open: boolean;
  conversation: ConversationSummary;
  onClose: () => void;
}) {
  const folders = useFolders(open);
  const [folderId, setFolderId] = useState(conversation.folderId ?? "");
  const [error, setError] = useState<string | null>(null);
  const selectId = useId();
  useEffect(() => {
    if (open) setFolderId(conversation.folderId ?? "");
  }, [open, conversation.folderId]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    try {
      await patchConversation(conversation.id, { folderId: folderId || null });
      onClose();
    } catch (e) {
      setError(e instanceof Error ? e.message : "Couldn't move it.");
    }
  }
  return (
    <Dialog open={open} title="Move to folder" onClose={onClose}>
      <form onSubmit={submit}>
        <div className="field">
          <label htmlFor={selectId}>Folder</label>
          <select id={selectId} value={folderId} onChange={(e) => setFolderId(e.target.value)}>
            <option value="">No folder</option>
            {(folders.data ?? []).map((f) => (
              <option key={f.id} value={f.id}>
                {f.name}
              </option>
            ))}
          </select>
        </div>
        <DialogFooter error={error} onCancel={onClose}>
          <button type="submit" className="button primary">
            Move
          </button>
        </DialogFooter>
      </form>
    </Dialog>
  );
}
