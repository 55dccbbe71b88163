import { send } from "../api/client.ts";

declare const __APP_VERSION__: string;
export const APP_VERSION = typeof __APP_VERSION__ === "string" ? __APP_VERSION__ : "dev";

let sent = 0;
const seen = new Set<string>();

/**
 * Anonymous crash report: error message and stack only — never the page's text, the URL's
 * path beyond the route shape, or anything the user typed. The server scrubs again.
 */
export function reportCrash(error: unknown): void {
  if (sent >= 5) return;
  const err = error instanceof Error ? error : new Error(String(error));
  const key = `${err.name}:${err.message}`.slice(0, 200);
  if (seen.has(key)) return;
  seen.add(key);
  sent++;
  void send("/api/telemetry/crash", {
    method: "POST",
    body: {
      message: `${err.name}: ${err.message}`.slice(0, 500),
      stack: (err.stack ?? "").slice(0, 4000),
      appVersion: APP_VERSION,
    },
  }).catch(() => undefined);
}

export function installCrashReporting(): void {
  window.addEventListener("error", (event) => reportCrash(event.error ?? event.message));
  window.addEventListener("unhandledrejection", (event) => reportCrash(event.reason));
}
