/**
 * Operator view: crash groups and feature counters only. Admins cannot read conversations, and
 * nothing on this page shows message text, titles or who anyone is.
 */
import { useQuery } from "@tanstack/react-query";
import { type ReactNode, useId } from "react";
import { api } from "../api/client.ts";
import {
  canAdmin,
  isForbidden,
  LoadError,
  Loading,
  NoAccess,
  PageHeading,
  type Role,
  StaffPage,
} from "../research/staff-shell.tsx";

interface CrashGroup {
  signature: string;
  count: number;
  firstSeen: string;
  lastSeen: string;
  latest: {
    source: "web" | "server";
    message: string;
    stack: string | null;
    appVersion: string | null;
    browser: string | null;
    os: string | null;
  };
}

interface UsageDay {
  day: string;
  features: Record<string, number>;
}

function formatDateTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" });
}

function formatDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return day;
  return date.toLocaleDateString(undefined, { dateStyle: "medium", timeZone: "UTC" });
}

function featureName(id: string): string {
  const text = id.replace(/[_.-]+/g, " ").trim();
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function AdminPage({ role }: { role: Role }) {
  const allowed = canAdmin(role);
  const crashes = useQuery({
    queryKey: ["admin", "crashes"],
    queryFn: () => api<{ groups: CrashGroup[] }>("/api/admin/crashes"),
    enabled: allowed,
  });
  const usage = useQuery({
    queryKey: ["admin", "usage"],
    queryFn: () => api<{ days: UsageDay[] }>("/api/admin/usage"),
    enabled: allowed,
  });

  if (!allowed || isForbidden(crashes.error) || isForbidden(usage.error)) return <NoAccess role={role} />;

  return (
    <StaffPage role={role} current="admin">
      <PageHeading>Admin</PageHeading>
      <p className="dashboard-intro">
        Recent crashes, grouped by signature, and how often each feature was used per day (last 30 days). This
        page never shows conversations, messages or who did what.
      </p>
      <section className="dashboard-panel" aria-labelledby="crashes-heading">
        <h2 id="crashes-heading">Recent crashes</h2>
        {crashes.error ? (
          <LoadError error={crashes.error} onRetry={() => void crashes.refetch()} />
        ) : !crashes.data ? (
          <Loading what="crashes" />
        ) : crashes.data.groups.length === 0 ? (
          <p className="empty-state">No crashes reported in the last 30 days.</p>
        ) : (
          <CrashTable groups={crashes.data.groups} />
        )}
      </section>
      <section className="dashboard-panel" aria-labelledby="usage-heading">
        <h2 id="usage-heading">Feature usage per day</h2>
        {usage.error ? (
          <LoadError error={usage.error} onRetry={() => void usage.refetch()} />
        ) : !usage.data ? (
          <Loading what="usage" />
        ) : usage.data.days.length === 0 ? (
          <p className="empty-state">No feature usage recorded in the last 30 days.</p>
        ) : (
          <UsageTable days={usage.data.days} />
        )}
      </section>
    </StaffPage>
  );
}

function ScrollTable({ caption, children }: { caption: string; children: ReactNode }) {
  const id = useId();
  return (
    // A labelled, focusable region so keyboard users can scroll wide tables at 360 px (WCAG 2.1.1).
    // biome-ignore lint/a11y/useSemanticElements: a <section> would add a landmark per table
    // biome-ignore lint/a11y/noNoninteractiveTabindex: scrollable regions must be reachable by keyboard
    <div className="table-scroll" role="region" aria-labelledby={id} tabIndex={0}>
      <table className="data-table">
        <caption id={id}>{caption}</caption>
        {children}
      </table>
    </div>
  );
}

function CrashTable({ groups }: { groups: CrashGroup[] }) {
  return (
    <ScrollTable caption="Crash groups, most recent first">
      <thead>
        <tr>
          <th scope="col">Signature</th>
          <th scope="col">Count</th>
          <th scope="col">Last seen</th>
          <th scope="col">Message</th>
          <th scope="col">Source</th>
          <th scope="col">Browser / OS</th>
        </tr>
      </thead>
      <tbody>
        {groups.map((g) => {
          const platform = [g.latest.browser, g.latest.os].filter(Boolean).join(" / ");
          return (
            <tr key={g.signature}>
              <th scope="row">
                <code title={g.signature}>{g.signature.slice(0, 10)}</code>
              </th>
              <td>{g.count}</td>
              <td>
                <time dateTime={g.lastSeen}>{formatDateTime(g.lastSeen)}</time>
              </td>
              <td className="crash-message">
                {g.latest.message}
                {g.latest.appVersion ? <span className="muted small"> (v{g.latest.appVersion})</span> : null}
              </td>
              <td>{g.latest.source === "web" ? "Web" : "Server"}</td>
              <td>{platform || <span className="muted">unknown</span>}</td>
            </tr>
          );
        })}
      </tbody>
    </ScrollTable>
  );
}

function UsageTable({ days }: { days: UsageDay[] }) {
  const features = [...new Set(days.flatMap((d) => Object.keys(d.features)))].sort();
  return (
    <ScrollTable caption="Times each feature was used, per day">
      <thead>
        <tr>
          <th scope="col">Day</th>
          {features.map((f) => (
            <th key={f} scope="col">
              {featureName(f)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {days.map((d) => (
          <tr key={d.day}>
            <th scope="row">
              <time dateTime={d.day}>{formatDay(d.day)}</time>
            </th>
            {features.map((f) => (
              <td key={f}>{d.features[f] ?? 0}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </ScrollTable>
  );
}
