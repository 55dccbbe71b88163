import { useQuery } from "@tanstack/react-query";
import { api, errorMessage } from "../api/client.ts";
import type { Policy } from "../api/types.ts";
import { BrandLink } from "../components/brand-link.tsx";
import { HelpMenu } from "../components/help-menu.tsx";
import { Link } from "../lib/router.tsx";
import { PolicyText } from "./policy-text.tsx";

export function usePolicy() {
  return useQuery({ queryKey: ["policy"], queryFn: () => api<Policy>("/api/policy"), staleTime: 3_600_000 });
}

export function PrivacyPage({ signedIn }: { signedIn: boolean }) {
  const policy = usePolicy();
  return (
    <div className="page privacy">
      <header className="topbar">
        <BrandLink href={signedIn ? "/chat" : "/"} />
        <nav className="topbar-actions" aria-label="Page navigation">
          <HelpMenu />
          <Link href={signedIn ? "/chat" : "/"} className="button">
            {signedIn ? "Reflections" : "Home"}
          </Link>
        </nav>
      </header>
      <main id="main" className="prose-main">
        <h1 tabIndex={-1} className="route-focus">
          Privacy policy
        </h1>
        {policy.data ? <p className="muted">Version {policy.data.version}</p> : null}
        {policy.isPending ? <p className="muted">Loading…</p> : null}
        {policy.isError ? (
          <p className="form-error" role="alert">
            {errorMessage(policy.error)}
          </p>
        ) : null}
        {policy.data ? <PolicyText text={policy.data.text} /> : null}
        <section aria-labelledby="disclaimer-heading" className="card">
          <h2 id="disclaimer-heading">In short</h2>
          <p>
            Ask Aluma is a reflective practice tool. It is not a crisis service, not a clinical or diagnostic
            tool, not a substitute for professional supervision, and not a documentation or case management
            system.
          </p>
          <p>
            Questions? Email <a href="mailto:admin@alumahub.net">admin@alumahub.net</a> or visit{" "}
            <a href="https://alumahub.net" rel="noopener noreferrer">
              alumahub.net
            </a>
            .
          </p>
        </section>
      </main>
    </div>
  );
}
