import { useEffect, useId, useRef, useState } from "react";
import { formatWeek, niceScale, runs, type Series } from "./types.ts";

const HEIGHT = 280;
const MARGIN = { top: 16, right: 28, bottom: 36, left: 44 };

/** Tracks the rendered width so text stays legible at 360 px instead of shrinking with a viewBox. */
function useWidth<T extends HTMLElement>(fallback: number) {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(fallback);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const update = () => setWidth(Math.max(260, Math.round(el.clientWidth)));
    update();
    if (typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver(update);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return [ref, width] as const;
}

/**
 * Hand-drawn SVG line chart: one line per theme, a gap wherever a cell is hidden (fewer than k
 * contributions), with a hollow marker on the axis so the gap reads as "hidden", not "zero".
 * The table next to it carries the same numbers for screen readers.
 */
export function ThemeChart({ weeks, series, k }: { weeks: string[]; series: Series[]; k: number }) {
  const [wrapRef, width] = useWidth<HTMLDivElement>(640);
  const titleId = useId();
  const descId = useId();
  const plotW = width - MARGIN.left - MARGIN.right;
  const plotH = HEIGHT - MARGIN.top - MARGIN.bottom;
  const shown = series.flatMap((s) => s.values.filter((v): v is number => v !== null));
  const scale = niceScale(Math.max(0, ...shown));
  const x = (i: number) => MARGIN.left + (weeks.length <= 1 ? plotW / 2 : (i / (weeks.length - 1)) * plotW);
  const y = (v: number) => MARGIN.top + plotH - (v / scale.max) * plotH;
  const baseline = MARGIN.top + plotH;
  const ticks: number[] = [];
  for (let t = 0; t <= scale.max; t += scale.step) ticks.push(t);
  // Keep week labels from colliding: roughly one per 64 px.
  const every = Math.max(1, Math.ceil(weeks.length / Math.max(1, Math.floor(plotW / 64))));
  const hiddenCount = series.reduce((n, s) => n + s.values.filter((v) => v === null).length, 0);
  const names = series.map((s) => s.name).join(", ");

  return (
    <figure className="chart-figure">
      <div ref={wrapRef} className="chart-wrap">
        <svg
          className="theme-chart"
          width={width}
          height={HEIGHT}
          viewBox={`0 0 ${width} ${HEIGHT}`}
          role="img"
          aria-labelledby={`${titleId} ${descId}`}
        >
          <title id={titleId}>Themes over time</title>
          <desc id={descId}>
            {series.length
              ? `Weekly counts for ${names}, ${weeks.length} weeks. ${hiddenCount} cells are hidden because they come from fewer than ${k} contributions. The table below has the same numbers.`
              : "No themes selected."}
          </desc>
          <g className="chart-grid">
            {ticks.map((t) => (
              <g key={t}>
                <line x1={MARGIN.left} x2={width - MARGIN.right} y1={y(t)} y2={y(t)} />
                <text x={MARGIN.left - 8} y={y(t)} dy="0.32em" textAnchor="end">
                  {t}
                </text>
              </g>
            ))}
            {weeks.map((week, i) =>
              i % every === 0 || i === weeks.length - 1 ? (
                <text key={week} x={x(i)} y={baseline + 22} textAnchor="middle">
                  {formatWeek(week)}
                </text>
              ) : null,
            )}
            <line
              className="chart-axis"
              x1={MARGIN.left}
              x2={width - MARGIN.right}
              y1={baseline}
              y2={baseline}
            />
          </g>
          {series.map((s, si) => (
            <g key={s.id} className={`series series-${si}`}>
              {runs(s.values).map((run) => (
                <path
                  key={run[0]?.index}
                  className="series-line"
                  d={run.map((p, j) => `${j === 0 ? "M" : "L"}${x(p.index)},${y(p.value)}`).join(" ")}
                />
              ))}
              {s.values.map((v, i) =>
                v === null ? (
                  <g key={weeks[i]} className="chart-hidden">
                    <title>{`${s.name}, week of ${formatWeek(weeks[i] ?? "", true)}: hidden (fewer than ${k})`}</title>
                    <circle className="hidden-mark" cx={x(i)} cy={baseline - 6 - si * 9} r={3.5} />
                  </g>
                ) : (
                  <circle key={weeks[i]} className="series-point" cx={x(i)} cy={y(v)} r={3.5}>
                    <title>{`${s.name}, week of ${formatWeek(weeks[i] ?? "", true)}: ${v}`}</title>
                  </circle>
                ),
              )}
            </g>
          ))}
        </svg>
      </div>
      <figcaption>
        <ul className="chart-legend">
          {series.map((s, si) => (
            <li key={s.id} className={`series series-${si}`}>
              <svg width="28" height="12" aria-hidden="true" focusable="false">
                <line className="series-line" x1="2" x2="26" y1="6" y2="6" />
                <circle className="series-point" cx="14" cy="6" r="3.5" />
              </svg>
              {s.name}
            </li>
          ))}
          <li className="legend-hidden">
            <svg width="28" height="12" aria-hidden="true" focusable="false">
              <circle className="hidden-mark" cx="14" cy="6" r="4" />
            </svg>
            Gap with a hollow dot on the axis: hidden (fewer than {k})
          </li>
        </ul>
      </figcaption>
    </figure>
  );
}
