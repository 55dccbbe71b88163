import type { ReactNode } from "react";
import { BrandLink } from "../components/brand-link.tsx";
import { HelpMenu } from "../components/help-menu.tsx";

export function AuthLayout({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div className="page auth">
      <header className="topbar">
        <BrandLink href="/" />
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
