import { type AnchorHTMLAttributes, type MouseEvent, useSyncExternalStore } from "react";

/**
 * A tiny history router: the app has a handful of routes and no need for a dependency. URLs
 * carry ids only, never titles or message text.
 */
const listeners = new Set<() => void>();
const NAVIGATE = "aluma:navigate";

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  window.addEventListener("popstate", listener);
  window.addEventListener(NAVIGATE, listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener("popstate", listener);
    window.removeEventListener(NAVIGATE, listener);
  };
}

export function usePathname(): string {
  return useSyncExternalStore(subscribe, () => window.location.pathname);
}

export function navigate(path: string, options: { replace?: boolean } = {}): void {
  if (path === window.location.pathname) return;
  if (options.replace) window.history.replaceState(null, "", path);
  else window.history.pushState(null, "", path);
  window.dispatchEvent(new Event(NAVIGATE));
}

export type Route =
  | { name: "landing" }
  | { name: "signup" }
  | { name: "login" }
  | { name: "chat"; conversationId: string | null }
  | { name: "settings" }
  | { name: "privacy" }
  | { name: "not-found" };

export function matchRoute(pathname: string): Route {
  const path = pathname.replace(/\/+$/, "") || "/";
  if (path === "/") return { name: "landing" };
  if (path === "/signup") return { name: "signup" };
  if (path === "/login") return { name: "login" };
  if (path === "/settings") return { name: "settings" };
  if (path === "/privacy") return { name: "privacy" };
  if (path === "/chat") return { name: "chat", conversationId: null };
  const chat = /^\/chat\/([A-Za-z0-9_-]{1,64})$/.exec(path);
  if (chat?.[1]) return { name: "chat", conversationId: chat[1] };
  return { name: "not-found" };
}

type LinkProps = AnchorHTMLAttributes<HTMLAnchorElement> & { href: string };

/** An <a> that navigates in-app on plain left clicks and behaves normally otherwise. */
export function Link({ href, onClick, ...rest }: LinkProps) {
  function handle(event: MouseEvent<HTMLAnchorElement>) {
    onClick?.(event);
    if (event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(href);
  }
  return <a href={href} onClick={handle} {...rest} />;
}
