import type { CrisisResource } from "../api/types.ts";

/** Big, tappable tel:/sms: links. Only tel:, sms: and https: hrefs are rendered as links. */
export function CrisisLinks({
  resources,
  compact = false,
}: {
  resources: readonly CrisisResource[];
  compact?: boolean;
}) {
  return (
    <ul className={compact ? "crisis-links compact" : "crisis-links"}>
      {resources.map((r) => (
        <li key={r.id}>
          {/^(tel:|sms:|https:)/.test(r.href) ? (
            <a className="crisis-link" href={r.href}>
              <span className="crisis-action">{r.action}</span>
              <span className="crisis-name">{r.name}</span>
            </a>
          ) : (
            <span className="crisis-link">
              <span className="crisis-action">{r.action}</span>
              <span className="crisis-name">{r.name}</span>
            </span>
          )}
          {r.description && !compact ? <span className="crisis-description">{r.description}</span> : null}
        </li>
      ))}
    </ul>
  );
}
