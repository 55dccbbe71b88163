import { type FormEvent, type ReactNode, useEffect, useId, useRef, useState } from "react";

interface DialogProps {
  open: boolean;
  title: string;
  onClose: () => void;
  children: ReactNode;
  className?: string;
}

/** Native <dialog>: the browser traps focus, handles Escape and restores focus on close. */
export function Dialog({ open, title, onClose, children, className }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog ref={ref} aria-labelledby={titleId} onClose={onClose} className={className ?? "dialog"}>
      <h2 id={titleId} className="dialog-title">
        {title}
      </h2>
      {open ? children : null}
    </dialog>
  );
}

interface ConfirmProps {
  open: boolean;
  title: string;
  body: ReactNode;
  confirmLabel: string;
  onConfirm: () => Promise<unknown> | undefined;
  onClose: () => void;
}

export function ConfirmDialog({ open, title, body, confirmLabel, onConfirm, onClose }: ConfirmProps) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  async function confirm() {
    setBusy(true);
    setError(null);
    try {
      await onConfirm();
      onClose();
    } catch (e) {
      setError(e instanceof Error ? e.message : "That didn't work. Please try again.");
    } finally {
      setBusy(false);
    }
  }
  return (
    <Dialog open={open} title={title} onClose={onClose}>
      <div className="dialog-body">{body}</div>
      <DialogFooter error={error} onCancel={onClose}>
        <button type="button" className="button danger" onClick={confirm} disabled={busy}>
          {confirmLabel}
        </button>
      </DialogFooter>
    </Dialog>
  );
}

/** A dialog's closing row: the error of the last attempt (announced), Cancel, then `children`. */
export function DialogFooter({
  error,
  onCancel,
  children,
}: {
  error: string | null;
  onCancel: () => void;
  children: ReactNode;
}) {
  return (
    <>
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="dialog-actions">
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
        {children}
      </div>
    </>
  );
}

interface PromptProps {
  open: boolean;
  title: string;
  label: string;
  initial?: string;
  submitLabel: string;
  maxLength?: number;
  onSubmit: (value: string) => Promise<unknown>;
  onClose: () => void;
}

export function PromptDialog({
  open,
  title,
  label,
  initial = "",
  submitLabel,
  maxLength = 120,
  onSubmit,
  onClose,
}: PromptProps) {
  const [value, setValue] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const inputId = useId();
  useEffect(() => {
    if (open) {
      setValue(initial);
      setError(null);
    }
  }, [open, initial]);
  async function submit(event: FormEvent) {
    event.preventDefault();
    const trimmed = value.trim();
    if (!trimmed) return setError(`${label} can't be empty.`);
    setBusy(true);
    try {
      await onSubmit(trimmed);
      onClose();
    } catch (e) {
      setError(e instanceof Error ? e.message : "That didn't work. Please try again.");
    } finally {
      setBusy(false);
    }
  }
  return (
    <Dialog open={open} title={title} onClose={onClose}>
      <form onSubmit={submit} noValidate>
        <div className="field">
          <label htmlFor={inputId}>{label}</label>
          <input
            id={inputId}
            value={value}
            maxLength={maxLength}
            onChange={(e) => setValue(e.target.value)}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${inputId}-error` : undefined}
            autoComplete="off"
          />
          {error ? (
            <p id={`${inputId}-error`} className="field-error">
              {error}
            </p>
          ) : null}
        </div>
        {/* The error sits under its field here, so the footer has none of its own. */}
        <DialogFooter error={null} onCancel={onClose}>
          <button type="submit" className="button primary" disabled={busy}>
            {submitLabel}
          </button>
        </DialogFooter>
      </form>
    </Dialog>
  );
}
