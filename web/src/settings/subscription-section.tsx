import { useState } from "react";
import { api, errorMessage } from "../api/client.ts";
import type { Me } from "../api/types.ts";

function planName(plan: string | null | undefined): string {
  if (!plan) return "Free";
  return plan.charAt(0).toUpperCase() + plan.slice(1);
}

/** Only rendered when billing is on; payment itself happens on Stripe's pages. */
export function SubscriptionSection({ me }: { me: Me }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const active = me.subscriptionStatus === "active" || me.subscriptionStatus === "trialing";

  async function go(kind: "checkout" | "portal") {
    setBusy(true);
    setError(null);
    try {
      const { url } = await api<{ url: string }>(`/api/billing/${kind}`, { method: "POST", body: {} });
      if (/^https:\/\//.test(url) || url.startsWith("/")) window.location.assign(url);
      else throw new Error("Unexpected billing address.");
    } catch (e) {
      setError(errorMessage(e));
      setBusy(false);
    }
  }

  return (
    <section className="settings-section" aria-labelledby="subscription-heading">
      <h2 id="subscription-heading">Subscription</h2>
      <p>
        Plan: <strong>{planName(me.plan)}</strong>
        {me.subscriptionStatus ? (
          <span className="muted"> ({me.subscriptionStatus.replace(/_/g, " ")})</span>
        ) : null}
      </p>
      {me.allowance ? (
        <p className="muted">
          {me.allowance.used} of {me.allowance.limit} reflections used this month; {me.allowance.remaining}{" "}
          left.
        </p>
      ) : (
        <p className="muted">Unlimited reflections.</p>
      )}
      <p className="muted small">
        Payments are handled by Stripe. We keep only your subscription status, never card numbers.
      </p>
      <div className="row">
        {active ? (
          <button type="button" className="button" onClick={() => void go("portal")} disabled={busy}>
            Manage subscription
          </button>
        ) : (
          <button
            type="button"
            className="button primary"
            onClick={() => void go("checkout")}
            disabled={busy}
          >
            Upgrade
          </button>
        )}
      </div>
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
    </section>
  );
}
