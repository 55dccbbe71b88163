// Adapters that turn the npm peers' outputs into spans over the original text, for bench/phi.ts.
import { Redactor } from "@redactpii/node";
import { OpenRedaction } from "openredaction";
import { SyncRedactor } from "redact-pii";
import type { Predicted } from "../src/phi/score.ts";

export interface Engine {
  name: string;
  /** Whether the engine's types map onto ours (otherwise only type-agnostic recall is meaningful). */
  typed: boolean;
  detect(text: string): Promise<Predicted[]> | Predicted[];
}

// Placeholders the string-returning peers write: PERSON_NAME, PHONE_NUMBER, US_SOCIAL_SECURITY_NUMBER…
const PLACEHOLDER =
  /([A-Z]+(?:_[A-Z]+)+|\b(?:URL|DIGITS|ZIPCODE|EMAIL|PHONE|NAME|ADDRESS|SSN|CREDIT_CARD)\b)/;

/**
 * Recovers redacted spans by aligning the redacted output with the original: literal stretches are
 * found in order, and what lies between them where a placeholder stood was removed.
 */
export function alignRedacted(original: string, redacted: string): Predicted[] {
  const parts = redacted.split(PLACEHOLDER);
  const out: Predicted[] = [];
  let pos = 0;
  let pending: string | null = null;
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    if (i % 2 === 1) {
      pending = part;
      continue;
    }
    const idx = part === "" ? (i === parts.length - 1 ? original.length : pos) : original.indexOf(part, pos);
    if (idx < 0) break;
    if (pending !== null && idx > pos && original.slice(pos, idx) !== pending)
      out.push({ start: pos, end: idx, type: "unknown" });
    pending = null;
    pos = idx + part.length;
  }
  return out;
}

export function peers(): Engine[] {
  const redactPii = new SyncRedactor();
  const redactpiiNode = new Redactor();
  const openRedaction = new OpenRedaction();
  return [
    { name: "redact-pii", typed: false, detect: (t) => alignRedacted(t, redactPii.redact(t)) },
    { name: "@redactpii/node", typed: false, detect: (t) => alignRedacted(t, redactpiiNode.redact(t)) },
    {
      name: "openredaction",
      typed: false,
      detect: async (t) => {
        const r = await openRedaction.detect(t);
        return r.detections.map((d) => ({
          start: d.position[0],
          end: d.position[1],
          type: "unknown" as const,
        }));
      },
    },
  ];
}
