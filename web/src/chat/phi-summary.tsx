import { useId } from "react";
import { type PhiSpan, summarize, typeLabel } from "../lib/phi.ts";

interface Props {
  id: string;
  text: string;
  spans: PhiSpan[];
  redacted: string;
  ready: boolean;
}

/** The words under the composer: what will be removed, and a peek at what will be stored. */
export function PhiSummary({ id, text, spans, redacted, ready }: Props) {
  const detailsId = useId();
  const summary = summarize(spans);
  return (
    <div className="phi-summary">
      <p id={id} className={summary ? "phi-status has-items" : "phi-status"} aria-live="polite">
        {summary ||
          (text.trim() && ready
            ? "Nothing identifying detected. Still, keep to patterns and themes."
            : "Names, numbers and addresses are removed before anything is stored.")}
      </p>
      {spans.length > 0 ? (
        <>
          <ul className="phi-chips" aria-label="Detected details">
            {spans.map((s) => (
              <li key={`${s.start}-${s.end}`} className="phi-chip" data-type={s.type}>
                <span className="phi-chip-value">{text.slice(s.start, s.end)}</span>
                <span className="phi-chip-type">{typeLabel(s.type)}</span>
              </li>
            ))}
          </ul>
          <details className="phi-stored">
            <summary aria-controls={detailsId}>What will be stored</summary>
            <p id={detailsId} className="phi-stored-text">
              {redacted}
            </p>
          </details>
        </>
      ) : null}
    </div>
  );
}
