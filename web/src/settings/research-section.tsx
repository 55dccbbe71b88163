import { useId, useState } from "react";
import { api, errorMessage } from "../api/client.ts";
import { keys, queryClient } from "../api/queries.ts";
import type { Me } from "../api/types.ts";

export function ResearchSection({ me }: { me: Me }) {
  // Optimistic: the switch moves at once and moves back if the server says no.
  const [checked, setChecked] = useState(me.researchOptIn);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const id = useId();

  async function toggle(optIn: boolean) {
    setChecked(optIn);
    setBusy(true);
    setError(null);
    try {
      await api("/api/me/research", { method: "PUT", body: { optIn } });
      queryClient.setQueryData<Me | null>(keys.me, (old) => (old ? { ...old, researchOptIn: optIn } : old));
    } catch (e) {
      setChecked(!optIn);
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="settings-section" aria-labelledby="research-heading">
      <h2 id="research-heading">Research contribution</h2>
      <div className="switch-row">
        <input
          id={id}
          type="checkbox"
          role="switch"
          aria-checked={checked}
          className="switch"
          checked={checked}
          aria-busy={busy || undefined}
          onChange={(e) => !busy && void toggle(e.target.checked)}
          aria-describedby={`${id}-about`}
        />
        <label htmlFor={id}>Contribute to research on social work practice</label>
      </div>
      <div id={`${id}-about`} className="research-about">
        <p>Off unless you turn it on. You can turn it off any time.</p>
        <div className="two-col">
          <div>
            <h3>What is counted</h3>
            <ul>
              <li>
                Broad themes only: emotions (like moral distress), barriers (like caseload), values explored.
              </li>
              <li>Added to totals across many people, with no link to you or a conversation.</li>
              <li>Small groups are hidden so no one can be singled out.</li>
            </ul>
          </div>
          <div>
            <h3>What is never collected</h3>
            <ul>
              <li>Your words, messages or titles.</li>
              <li>Names, emails, or anything that identifies you or a client.</li>
              <li>Which conversation or account a theme came from.</li>
            </ul>
          </div>
        </div>
      </div>
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
    </section>
  );
}
