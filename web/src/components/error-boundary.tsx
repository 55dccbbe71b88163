import { Component, type ReactNode } from "react";
import { reportCrash } from "../lib/telemetry.ts";

export class ErrorBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override componentDidCatch(error: unknown) {
    reportCrash(error);
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <main id="main" className="prose-main">
        <h1>Something went wrong</h1>
        <p>Ask Aluma hit an unexpected problem. Your saved reflections are safe.</p>
        <button type="button" className="button primary" onClick={() => window.location.reload()}>
          Reload
        </button>
      </main>
    );
  }
}
