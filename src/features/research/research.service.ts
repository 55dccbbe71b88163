/**
 * Research summaries for researchers and admins. k-anonymity: a cell (a week's total, or a week ×
 * label count) built from fewer than k contributions is suppressed (null), whatever it is; zero
 * included, so an empty cell and a rare one look alike.
 */
import { and, asc, gte, lte } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { researchCounts } from "../../db/schema.ts";
import type { Config } from "../../env.ts";
import { BARRIER_IDS, EMOTION_IDS, VALUE_IDS } from "../../research/taxonomy.ts";
import { MESSAGES_LABEL } from "./contribute.ts";
import { createLaplaceNoise, type NoiseFn } from "./noise.ts";

export const RESEARCH_LABELS: readonly string[] = [...EMOTION_IDS, ...BARRIER_IDS, ...VALUE_IDS];

export interface WeekSummary {
  week: string;
  contributions: number | null;
  labels: Record<string, number | null>;
}

export interface ResearchSummary {
  k: number;
  epsilon: number | null;
  weeks: WeekSummary[];
}

export async function summarizeResearch(
  deps: { db: Db; config: Config },
  range: { from?: string | undefined; to?: string | undefined } = {},
): Promise<ResearchSummary> {
  const { k, epsilon } = deps.config.research;
  const noise: NoiseFn =
    epsilon && deps.config.dataKey
      ? createLaplaceNoise(epsilon, deps.config.dataKey)
      : (_week, _label, count) => count;
  const conditions = [
    range.from ? gte(researchCounts.week, range.from) : undefined,
    range.to ? lte(researchCounts.week, range.to) : undefined,
  ];
  const rows = await deps.db
    .select()
    .from(researchCounts)
    .where(and(...conditions))
    .orderBy(asc(researchCounts.week));

  const byWeek = new Map<string, Map<string, number>>();
  for (const row of rows) {
    const week = String(row.week);
    const counts = byWeek.get(week) ?? new Map<string, number>();
    counts.set(row.label, row.count);
    byWeek.set(week, counts);
  }

  // Suppression is decided on the true count; noise only blurs what is already safe to show.
  const cell = (week: string, label: string, count: number) =>
    count >= k ? noise(week, label, count) : null;
  const weeks = [...byWeek].map(([week, counts]) => ({
    week,
    contributions: cell(week, MESSAGES_LABEL, counts.get(MESSAGES_LABEL) ?? 0),
    labels: Object.fromEntries(
      RESEARCH_LABELS.map((label) => [label, cell(week, label, counts.get(label) ?? 0)]),
    ),
  }));
  return { k, epsilon: epsilon ?? null, weeks };
}

/** One row per week; suppressed cells are empty. Every value is a date, a label id or a number. */
export function summaryToCsv(summary: ResearchSummary): string {
  const header = ["week", "contributions", ...RESEARCH_LABELS].join(",");
  const lines = summary.weeks.map((w) =>
    [w.week, w.contributions ?? "", ...RESEARCH_LABELS.map((l) => w.labels[l] ?? "")].join(","),
  );
  return `${[header, ...lines].join("\r\n")}\r\n`;
}
