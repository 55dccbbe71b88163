import { useQuery } from "@tanstack/react-query";
import { type ReactNode, useId, useMemo, useState } from "react";
import { api } from "../api/client.ts";
import {
  canResearch,
  isForbidden,
  LoadError,
  Loading,
  NoAccess,
  PageHeading,
  type Role,
  StaffPage,
} from "./staff-shell.tsx";
import { ThemeChart } from "./theme-chart.tsx";
import {
  DIMENSIONS,
  type Dimension,
  formatWeek,
  MAX_SERIES,
  type ResearchLabels,
  type ResearchSummary,
  type Series,
} from "./types.ts";

const DEFAULT_PICKS = 3;

export function ResearchPage({ role }: { role: Role }) {
  const allowed = canResearch(role);
  const summary = useQuery({
    queryKey: ["research", "summary"],
    queryFn: () => api<ResearchSummary>("/api/research/summary"),
    enabled: allowed,
  });
  const labels = useQuery({
    queryKey: ["research", "labels"],
    queryFn: () => api<ResearchLabels>("/api/research/labels"),
    enabled: allowed,
    staleTime: Number.POSITIVE_INFINITY,
  });

  if (!allowed || isForbidden(summary.error) || isForbidden(labels.error)) return <NoAccess role={role} />;

  const k = summary.data?.k ?? 10;
  let body: ReactNode;
  if (summary.error || labels.error)
    body = (
      <LoadError
        error={summary.error ?? labels.error}
        onRetry={() => {
          void summary.refetch();
          void labels.refetch();
        }}
      />
    );
  else if (!summary.data || !labels.data) body = <Loading what="research data" />;
  else if (summary.data.weeks.length === 0)
    body = (
      <section className="dashboard-panel empty-state" aria-labelledby="research-empty">
        <h2 id="research-empty">No research data yet</h2>
        <p>
          Counts appear here once people who opted in have written reflections. Weeks with fewer than {k}{" "}
          contributions stay hidden, so early on this page may stay empty for a while.
        </p>
      </section>
    );
  else body = <Dashboard summary={summary.data} labels={labels.data} />;

  return (
    <StaffPage role={role} current="research">
      <PageHeading>Research dashboard</PageHeading>
      <p className="dashboard-intro">
        These are aggregate weekly counts of themes (emotions, barriers and values) found in messages from
        people who opted in to research, after personal details were removed. No message text and no
        information about who wrote anything is stored or shown here, only totals. Any number that comes from
        fewer than {k} contributions is hidden so no one can be singled out.
        {summary.data?.epsilon
          ? " Shown numbers include a small amount of random noise for extra privacy."
          : ""}
      </p>
      <p>
        <a className="button" href="/api/research/summary.csv" download>
          Download CSV
        </a>
      </p>
      {body}
    </StaffPage>
  );
}

function Dashboard({ summary, labels }: { summary: ResearchSummary; labels: ResearchLabels }) {
  const [dimension, setDimension] = useState<Dimension>("emotions");
  const [picks, setPicks] = useState<Record<Dimension, string[]>>(() => ({
    emotions: labels.emotions.slice(0, DEFAULT_PICKS).map((l) => l.id),
    barriers: labels.barriers.slice(0, DEFAULT_PICKS).map((l) => l.id),
    values: labels.values.slice(0, DEFAULT_PICKS).map((l) => l.id),
  }));
  const groupId = useId();
  const weeks = summary.weeks.map((w) => w.week);
  const options = labels[dimension];
  const selected = picks[dimension];
  const dimensionName = DIMENSIONS.find((d) => d.id === dimension)?.name ?? dimension;

  const series: Series[] = useMemo(
    () =>
      options
        .filter((o) => selected.includes(o.id))
        .map((o) => ({
          id: o.id,
          name: o.label,
          values: summary.weeks.map((w) => w.labels[o.id] ?? null),
        })),
    [options, selected, summary.weeks],
  );

  function toggle(id: string, on: boolean) {
    setPicks((old) => ({
      ...old,
      [dimension]: on ? [...old[dimension], id] : old[dimension].filter((x) => x !== id),
    }));
  }

  const full = selected.length >= MAX_SERIES;

  return (
    <>
      <section className="dashboard-panel" aria-labelledby="chart-heading">
        <h2 id="chart-heading">Themes over time</h2>
        <div className="chart-controls">
          <fieldset className="dimension-picker">
            <legend>Dimension</legend>
            <div className="segmented">
              {DIMENSIONS.map((d) => (
                <label key={d.id} className="segment">
                  <input
                    type="radio"
                    name={`${groupId}-dimension`}
                    value={d.id}
                    checked={dimension === d.id}
                    onChange={() => setDimension(d.id)}
                  />
                  <span>{d.name}</span>
                </label>
              ))}
            </div>
          </fieldset>
          <fieldset className="label-picker" aria-describedby={`${groupId}-hint`}>
            <legend>{dimensionName} to show</legend>
            <p id={`${groupId}-hint`} className="field-hint">
              Up to {MAX_SERIES} at a time.
            </p>
            <ul className="label-options">
              {options.map((o) => {
                const checked = selected.includes(o.id);
                return (
                  <li key={o.id}>
                    <label title={o.description}>
                      <input
                        type="checkbox"
                        checked={checked}
                        disabled={!checked && full}
                        onChange={(e) => toggle(o.id, e.target.checked)}
                      />
                      <span>{o.label}</span>
                    </label>
                  </li>
                );
              })}
            </ul>
          </fieldset>
        </div>
        {series.length ? (
          <ThemeChart weeks={weeks} series={series} k={summary.k} />
        ) : (
          <p className="muted">Choose at least one theme to draw the chart.</p>
        )}
      </section>
      <section className="dashboard-panel" aria-labelledby="table-heading">
        <h2 id="table-heading">The same numbers as a table</h2>
        <DataTable summary={summary} series={series} dimensionName={dimensionName} />
      </section>
    </>
  );
}

function Cell({ value }: { value: number | null }) {
  return value === null ? <td className="cell-hidden">hidden</td> : <td>{value}</td>;
}

function DataTable({
  summary,
  series,
  dimensionName,
}: {
  summary: ResearchSummary;
  series: Series[];
  dimensionName: string;
}) {
  const captionId = useId();
  return (
    // A labelled, focusable region so keyboard users can scroll wide tables at 360 px (WCAG 2.1.1).
    // biome-ignore lint/a11y/useSemanticElements: a <section> would add a landmark per table
    // biome-ignore lint/a11y/noNoninteractiveTabindex: scrollable regions must be reachable by keyboard
    <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="data-table">
        <caption id={captionId}>
          Weekly counts: {dimensionName.toLowerCase()} shown in the chart. "hidden" means fewer than{" "}
          {summary.k} contributions.
        </caption>
        <thead>
          <tr>
            <th scope="col">Week of</th>
            <th scope="col">Contributions</th>
            {series.map((s) => (
              <th key={s.id} scope="col">
                {s.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {summary.weeks.map((w, i) => (
            <tr key={w.week}>
              <th scope="row">
                <time dateTime={w.week}>{formatWeek(w.week, true)}</time>
              </th>
              <Cell value={w.contributions} />
              {series.map((s) => (
                <Cell key={s.id} value={s.values[i] ?? null} />
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
