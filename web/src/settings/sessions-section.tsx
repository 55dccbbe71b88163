import { useQuery } from "@tanstack/react-query";
import { api, asList, errorMessage } from "../api/client.ts";
import { queryClient } from "../api/queries.ts";
import type { DeviceSession } from "../api/types.ts";
import { useFormAction } from "./use-form-action.tsx";

function describe(s: DeviceSession): string {
  const parts = [s.browser, s.os, s.device].filter(Boolean);
  return parts.length ? parts.join(" on ") : "Unknown device";
}

function when(iso: string | null | undefined): string {
  if (!iso) return "";
  const date = new Date(iso);
  return Number.isNaN(date.getTime())
    ? ""
    : date.toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" });
}

export function SessionsSection() {
  const sessions = useQuery({
    queryKey: ["sessions"],
    queryFn: async () => asList<DeviceSession>(await api("/api/me/sessions"), "sessions"),
  });
  const form = useFormAction();

  function revoke(id: string) {
    void form.run(async () => {
      await api(`/api/me/sessions/${id}`, { method: "DELETE" });
      await queryClient.invalidateQueries({ queryKey: ["sessions"] });
      return "Device signed out.";
    });
  }

  return (
    <section className="settings-section" aria-labelledby="sessions-heading">
      <h2 id="sessions-heading">Devices</h2>
      <p className="muted">Where you're signed in. Sign out any device you don't recognise.</p>
      {sessions.isError ? <p className="form-error">{errorMessage(sessions.error)}</p> : null}
      <ul className="session-list">
        {(sessions.data ?? []).map((s) => (
          <li key={s.id} className="session-row">
            <div>
              <strong>{describe(s)}</strong>
              {s.current ? <span className="badge">This device</span> : null}
              <div className="muted small">Last active {when(s.lastSeenAt ?? s.createdAt) || "recently"}</div>
            </div>
            {s.current ? null : (
              <button
                type="button"
                className="button small"
                onClick={() => revoke(s.id)}
                disabled={form.busy}
                aria-label={`Sign out ${describe(s)}`}
              >
                Sign out
              </button>
            )}
          </li>
        ))}
      </ul>
      <p className="form-success" role="status">
        {form.done ?? ""}
      </p>
      {form.error ? <p className="form-error">{form.error}</p> : null}
    </section>
  );
}
