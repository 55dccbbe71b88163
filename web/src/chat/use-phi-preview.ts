import { useEffect, useState } from "react";
import { loadPhiEngine, type PhiEngine, type PhiSpan } from "../lib/phi.ts";

export interface PhiPreview {
  /** The text the spans were computed for; spans apply to the live text only while it extends this. */
  text: string;
  spans: PhiSpan[];
  redacted: string;
  ready: boolean;
}

const EMPTY: PhiPreview = { text: "", spans: [], redacted: "", ready: false };

/** Runs the PHI engine in the browser, debounced so typing stays smooth. */
export function usePhiPreview(text: string, delay = 120): PhiPreview {
  const [engine, setEngine] = useState<PhiEngine | null>(null);
  const [preview, setPreview] = useState<PhiPreview>(EMPTY);

  useEffect(() => {
    let live = true;
    loadPhiEngine().then(
      (e) => live && setEngine(e),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);

  useEffect(() => {
    if (!engine) return;
    if (!text.trim()) {
      setPreview({ ...EMPTY, ready: true });
      return;
    }
    const timer = setTimeout(() => {
      try {
        setPreview({ text, spans: engine.detect(text), redacted: engine.redact(text), ready: true });
      } catch {
        setPreview({ text, spans: [], redacted: text, ready: true });
      }
    }, delay);
    return () => clearTimeout(timer);
  }, [engine, text, delay]);

  return preview;
}

/** Spans still valid for `text`: typing at the end keeps earlier positions; other edits wait. */
export function liveSpans(preview: PhiPreview, text: string): PhiSpan[] {
  if (preview.text === text) return preview.spans;
  if (text.startsWith(preview.text)) return preview.spans.filter((s) => s.end < preview.text.length);
  return [];
}
