/** Shapes of GET /api/research/summary and /api/research/labels (see research.schemas.ts). */
export interface ResearchWeek {
  week: string;
  /** null: fewer than k contributions that week, so hidden. */
  contributions: number | null;
  labels: Record<string, number | null>;
}

export interface ResearchSummary {
  k: number;
  epsilon: number | null;
  weeks: ResearchWeek[];
}

export interface LabelInfo {
  id: string;
  label: string;
  description: string;
}

export type Dimension = "emotions" | "barriers" | "values";

export type ResearchLabels = Record<Dimension, LabelInfo[]>;

export const DIMENSIONS: Array<{ id: Dimension; name: string }> = [
  { id: "emotions", name: "Emotions" },
  { id: "barriers", name: "Barriers" },
  { id: "values", name: "Values" },
];

export interface Series {
  id: string;
  name: string;
  values: Array<number | null>;
}

/** At most this many lines at once, so each keeps a distinct colour and dash pattern. */
export const MAX_SERIES = 6;

export function formatWeek(week: string, withYear = false): string {
  const date = new Date(`${week}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return week;
  return date.toLocaleDateString(undefined, {
    day: "numeric",
    month: "short",
    ...(withYear ? { year: "numeric" } : {}),
    timeZone: "UTC",
  });
}

/** A round upper bound and step for the y axis (1, 2 or 5 times a power of ten). */
export function niceScale(max: number, targetTicks = 4): { max: number; step: number } {
  if (!(max > 0)) return { max: 1, step: 1 };
  const raw = max / targetTicks;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = ([1, 2, 5, 10].find((m) => m * power >= raw) ?? 10) * power;
  const stepInt = Math.max(1, step);
  return { max: Math.ceil(max / stepInt) * stepInt, step: stepInt };
}

/** Splits a series into runs of consecutive shown values; a null (hidden) cell breaks the line. */
export function runs(values: Array<number | null>): Array<Array<{ index: number; value: number }>> {
  const out: Array<Array<{ index: number; value: number }>> = [];
  let current: Array<{ index: number; value: number }> = [];
  values.forEach((value, index) => {
    if (value === null) {
      if (current.length) out.push(current);
      current = [];
    } else current.push({ index, value });
  });
  if (current.length) out.push(current);
  return out;
}
