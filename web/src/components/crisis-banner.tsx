import { useId } from "react";
import type { CrisisEvent } from "../api/types.ts";
import { CRISIS_RESOURCES } from "../lib/crisis.ts";
import { CrisisLinks } from "./crisis-links.tsx";

/** Shown once a reply carried a crisis signal; it stays for the rest of the conversation. */
export function CrisisBanner({ crisis }: { crisis: CrisisEvent }) {
  const titleId = useId();
  const resources = crisis.resources?.length ? crisis.resources : CRISIS_RESOURCES;
  const aboutClient = crisis.kind === "client";
  return (
    <section className="crisis-banner" aria-labelledby={titleId}>
      <h2 id={titleId} className="crisis-title">
        {aboutClient ? "If someone is in danger right now" : "You don't have to carry this alone"}
      </h2>
      <p className="crisis-text">
        {aboutClient
          ? "Ask Aluma can't respond to emergencies. If anyone is at immediate risk, call 911 or your agency's on-call line."
          : "Real people are available right now, any time of day. Ask Aluma isn't a crisis service."}
      </p>
      <CrisisLinks resources={resources} compact />
    </section>
  );
}
