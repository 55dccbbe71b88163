import { useState } from "react";

const HINT_KEY = "aluma.hint.dismissed";

function hintDismissed(): boolean {
  try {
    return localStorage.getItem(HINT_KEY) === "1";
  } catch {
    return false;
  }
}

/** First-run guidance. Only the dismissal flag is stored on the device, never any text. */
export function EmptyState() {
  const [dismissed, setDismissed] = useState(hintDismissed);
  return (
    <div className="message-scroll">
      <div className="empty-state">
        <h2>What's on your mind?</h2>
        <p className="muted">
          A visit that stayed with you, a decision you're unsure about, or how the week is landing on you.
        </p>
        {dismissed ? null : (
          <aside className="first-run-hint" aria-label="Tip">
            <p>
              <strong>Talk about patterns and themes, not client details.</strong> Names, numbers and
              addresses are removed before anything is stored, and you'll see what will be removed as you
              type.
            </p>
            <button
              type="button"
              className="link-button"
              onClick={() => {
                setDismissed(true);
                try {
                  localStorage.setItem(HINT_KEY, "1");
                } catch {
                  // Private mode: the hint just comes back next time.
                }
              }}
            >
              Got it
            </button>
          </aside>
        )}
        <ul className="starters" aria-label="Ideas to start with">
          <li>“I keep replaying a home visit from this morning.”</li>
          <li>“How do I hold a boundary with a family I care about?”</li>
          <li>“I think I'm running on empty.”</li>
        </ul>
      </div>
    </div>
  );
}
