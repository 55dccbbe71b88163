import type { ReactNode } from "react";
import { HelpMenu } from "../components/help-menu.tsx";
import { Link } from "../lib/router.tsx";

export function AuthLayout({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div className="page auth">
      <header className="topbar">
        <Link href="/" className="brand">
          <img src="/icon.svg" alt="" width="28" height="28" />
          <span>Ask Aluma</span>
        </Link>
        <div className="topbar-actions">
          <HelpMenu />
        </div>
      </header>
      <main id="main" className="auth-main">
        <div className="auth-card">
          <h1 tabIndex={-1} className="route-focus">
            {title}
          </h1>
          {children}
        </div>
      </main>
    </div>
  );
}
