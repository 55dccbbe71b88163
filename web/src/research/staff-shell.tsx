/**
 * Shared frame for the staff screens (research dashboard, admin): header with cross links, the
 * polite no-access page, and load/error states. Nothing here ever shows conversation content.
 */
import type { ReactNode } from "react";
import { ApiError, errorMessage } from "../api/client.ts";
import { BrandLink } from "../components/brand-link.tsx";
import { HelpMenu } from "../components/help-menu.tsx";
import { Link } from "../lib/router.tsx";
import "../styles/dashboard.css";

export type Role = "user" | "researcher" | "admin";

export const canResearch = (role: Role) => role === "researcher" || role === "admin";
export const canAdmin = (role: Role) => role === "admin";

export function isForbidden(error: unknown): boolean {
  return error instanceof ApiError && error.status === 403;
}

export function StaffPage({
  role,
  current,
  children,
}: {
  role: Role;
  current: "research" | "admin" | null;
  children: ReactNode;
}) {
  return (
    <div className="page dashboard">
      <header className="topbar">
        <BrandLink href="/chat" />
        <nav className="topbar-actions dashboard-nav" aria-label="Staff navigation">
          <HelpMenu />
          {canResearch(role) ? (
            <Link
              href="/research"
              className="button"
              aria-current={current === "research" ? "page" : undefined}
            >
              Research
            </Link>
          ) : null}
          {canAdmin(role) ? (
            <Link href="/admin" className="button" aria-current={current === "admin" ? "page" : undefined}>
              Admin
            </Link>
          ) : null}
          <Link href="/chat" className="button">
            Reflections
          </Link>
        </nav>
      </header>
      <main id="main" className="dashboard-main">
        {children}
      </main>
    </div>
  );
}

export function PageHeading({ children }: { children: ReactNode }) {
  return (
    <h1 tabIndex={-1} className="route-focus">
      {children}
    </h1>
  );
}

/** Shown to signed-in people without the role; the API would answer 403 anyway. */
export function NoAccess({ role }: { role: Role }) {
  return (
    <StaffPage role={role} current={null}>
      <PageHeading>You don't have access</PageHeading>
      <p>
        This page is for the Ask Aluma research and operations team. Your account doesn't have permission to
        view it, and that's all right: nothing about your reflections is shown here.
      </p>
      <p>
        <Link href="/chat">Back to your reflections</Link>
      </p>
    </StaffPage>
  );
}

export function LoadError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  return (
    <div className="dashboard-panel" role="alert">
      <p>{errorMessage(error)}</p>
      <button type="button" className="button" onClick={onRetry}>
        Try again
      </button>
    </div>
  );
}

export function Loading({ what }: { what: string }) {
  return (
    <p className="muted" role="status">
      Loading {what}…
    </p>
  );
}
