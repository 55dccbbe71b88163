// Corpus parsing and scoring, shared by the corpus test and bench/crisis.ts so both report the
// same figures. Pure: callers read the files.

import type { CrisisKind, CrisisSignal } from "./detect.ts";

export interface CorpusRow {
  text: string;
  label: CrisisKind | null;
}

type Cell = "self" | "client" | "none";

export interface Score {
  matrix: Record<Cell, Record<Cell, number>>;
  support: Record<Cell, number>;
  recall: Record<CrisisKind, number>;
  /** Crisis messages flagged with either kind. */
  anyRecall: number;
  /** Share of non-crisis messages flagged with any kind. */
  fpr: number;
  falsePositives: number;
  misses: { text: string; label: Cell; got: Cell }[];
}

export function parseCorpus(jsonl: string): CorpusRow[] {
  return jsonl
    .split("\n")
    .filter((line) => line.trim().length > 0)
    .map((line) => {
      const row = JSON.parse(line) as CorpusRow;
      if (
        typeof row.text !== "string" ||
        !(row.label === null || row.label === "self" || row.label === "client")
      ) {
        throw new Error(`bad corpus row: ${line.slice(0, 80)}`);
      }
      return row;
    });
}

export function score(rows: readonly CorpusRow[], detect: (text: string) => CrisisSignal | null): Score {
  const zero = (): Record<Cell, number> => ({ self: 0, client: 0, none: 0 });
  const matrix: Record<Cell, Record<Cell, number>> = { self: zero(), client: zero(), none: zero() };
  const misses: Score["misses"] = [];
  for (const row of rows) {
    const label: Cell = row.label ?? "none";
    const got: Cell = detect(row.text)?.kind ?? "none";
    matrix[label][got]++;
    if (label !== got) misses.push({ text: row.text, label, got });
  }
  const total = (c: Cell) => matrix[c].self + matrix[c].client + matrix[c].none;
  const support = { self: total("self"), client: total("client"), none: total("none") };
  const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
  const falsePositives = matrix.none.self + matrix.none.client;
  return {
    matrix,
    support,
    recall: {
      self: ratio(matrix.self.self, support.self),
      client: ratio(matrix.client.client, support.client),
    },
    anyRecall: ratio(
      support.self + support.client - matrix.self.none - matrix.client.none,
      support.self + support.client,
    ),
    fpr: ratio(falsePositives, support.none),
    falsePositives,
    misses,
  };
}
