import { useState } from "react";
import { api, errorMessage } from "../api/client.ts";
import { keys, queryClient } from "../api/queries.ts";
import { logout } from "../lib/auth.ts";
import { PolicyText } from "./policy-text.tsx";
import { usePolicy } from "./privacy.tsx";

/** When the policy changed since the user accepted it, they re-accept before continuing. */
export function PolicyGate() {
  const policy = usePolicy();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function accept() {
    if (!policy.data) return;
    setBusy(true);
    try {
      await api("/api/me/policy", { method: "POST", body: { version: policy.data.version } });
      await queryClient.invalidateQueries({ queryKey: keys.me });
    } catch (e) {
      setError(errorMessage(e));
      setBusy(false);
    }
  }

  return (
    <div className="page">
      <main id="main" className="prose-main">
        <h1 tabIndex={-1} className="route-focus">
          Our privacy policy has changed
        </h1>
        <p>
          Please read the updated policy{policy.data ? ` (version ${policy.data.version})` : ""} to keep using
          Ask Aluma.
        </p>
        <section className="policy-scroll" aria-label="Privacy policy text">
          {policy.data ? <PolicyText text={policy.data.text} /> : <p className="muted">Loading…</p>}
        </section>
        {error ? (
          <p className="form-error" role="alert">
            {error}
          </p>
        ) : null}
        <div className="row">
          <button
            type="button"
            className="button primary"
            onClick={() => void accept()}
            disabled={busy || !policy.data}
          >
            I accept the updated policy
          </button>
          <button type="button" className="button" onClick={() => void logout()}>
            Log out
          </button>
        </div>
      </main>
    </div>
  );
}
