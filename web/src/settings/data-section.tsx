import { type FormEvent, useState } from "react";
import { api } from "../api/client.ts";
import { Field } from "../components/field.tsx";
import { clearSession, setFlash } from "../lib/auth.ts";
import { navigate } from "../lib/router.tsx";
import { FormFeedback, useFormAction } from "./use-form-action.tsx";

export function ExportSection() {
  return (
    <section className="settings-section" aria-labelledby="export-heading">
      <h2 id="export-heading">Download my data</h2>
      <p className="muted">
        Everything we hold about you: your profile, folders and conversations (as stored, with details
        removed).
      </p>
      <div className="row">
        {/* Plain GET downloads: the session cookie authenticates; nothing personal in the URL. */}
        <a className="button" href="/api/me/export" download="ask-aluma-export.json">
          Download JSON
        </a>
        <a className="button" href="/api/me/export?format=zip" download="ask-aluma-export.zip">
          Download ZIP
        </a>
      </div>
    </section>
  );
}

export function DeleteAccountSection() {
  const [password, setPassword] = useState("");
  const [confirm, setConfirm] = useState("");
  const form = useFormAction();

  function submit(event: FormEvent) {
    event.preventDefault();
    const errors: Record<string, string[]> = {};
    if (!password) errors.password = ["Enter your password."];
    if (confirm !== "DELETE") errors.confirm = ["Type DELETE in capitals to confirm."];
    if (Object.keys(errors).length) return form.setErrors(errors);
    void form.run(async () => {
      await api("/api/me", { method: "DELETE", body: { password } });
      clearSession();
      setFlash("Your account and everything in it has been permanently deleted.");
      navigate("/", { replace: true });
      return undefined;
    }, "password");
  }

  return (
    <section className="settings-section danger-zone" aria-labelledby="delete-heading">
      <h2 id="delete-heading">Delete my account</h2>
      <p>
        This permanently deletes your account, every conversation and folder, and your subscription record. It
        can't be undone. Download your data first if you want a copy.
      </p>
      <form onSubmit={submit} noValidate className="form">
        <Field
          label="Password"
          id="delete-password"
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          errors={form.errors.password}
        />
        <Field
          label="Type DELETE to confirm"
          value={confirm}
          onChange={(e) => setConfirm(e.target.value)}
          autoComplete="off"
          autoCapitalize="characters"
          errors={form.errors.confirm}
        />
        <FormFeedback error={form.error} done={form.done} />
        <button
          type="submit"
          className="button danger"
          disabled={form.busy || confirm !== "DELETE" || !password}
        >
          Delete my account
        </button>
      </form>
    </section>
  );
}
