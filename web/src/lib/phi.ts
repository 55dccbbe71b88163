/**
 * The browser side of the isomorphic PHI engine (src/phi). Loaded on demand so the first page
 * stays small; the server re-runs the same engine authoritatively before anything is stored.
 */
export type PhiType = "name" | "phone" | "email" | "address" | "ssn" | "case_number" | "date_of_birth" | "id";

export interface PhiSpan {
  start: number;
  end: number;
  type: PhiType | string;
}

export interface PhiEngine {
  detect(text: string): PhiSpan[];
  redact(text: string): string;
}

let enginePromise: Promise<PhiEngine> | null = null;

export function loadPhiEngine(): Promise<PhiEngine> {
  enginePromise ??= import("../../../src/phi/index.ts").then((mod) => ({
    detect: (text: string) =>
      (mod.detectPhi(text) as PhiSpan[]).filter((s) => s.end > s.start).sort((a, b) => a.start - b.start),
    redact: (text: string) => {
      const out = mod.redact(text) as unknown;
      if (typeof out === "string") return out;
      const obj = out as { redacted?: string; text?: string };
      return obj.redacted ?? obj.text ?? "";
    },
  }));
  return enginePromise;
}

const LABELS: Record<string, [string, string]> = {
  name: ["name", "names"],
  phone: ["phone number", "phone numbers"],
  email: ["email address", "email addresses"],
  address: ["address", "addresses"],
  ssn: ["SSN", "SSNs"],
  case_number: ["case number", "case numbers"],
  date_of_birth: ["date of birth", "dates of birth"],
  id: ["ID number", "ID numbers"],
};

export function typeLabel(type: string, count = 1): string {
  const pair = LABELS[type] ?? ["detail", "details"];
  return count === 1 ? pair[0] : pair[1];
}

/** "3 items will be removed for privacy: 2 names, 1 phone number" */
export function summarize(spans: PhiSpan[]): string {
  if (spans.length === 0) return "";
  const counts = new Map<string, number>();
  for (const s of spans) counts.set(s.type, (counts.get(s.type) ?? 0) + 1);
  const parts = [...counts].map(([type, n]) => `${n} ${typeLabel(type, n)}`);
  const total = spans.length;
  return `${total} ${total === 1 ? "item" : "items"} will be removed for privacy: ${parts.join(", ")}`;
}
