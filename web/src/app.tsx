import { lazy, type ReactNode, Suspense, useEffect, useRef } from "react";
import { onUnauthorized } from "./api/client.ts";
import { keys, queryClient, useMe } from "./api/queries.ts";
import { useOnline } from "./lib/pwa.ts";
import { matchRoute, navigate, type Route, usePathname } from "./lib/router.tsx";
import { LandingPage } from "./pages/landing.tsx";
import { LoginPage } from "./pages/login.tsx";
import { SignupPage } from "./pages/signup.tsx";

// Signed-in screens load on demand so the landing page stays light.
const ChatPage = lazy(() => import("./chat/chat-page.tsx").then((m) => ({ default: m.ChatPage })));
const SettingsPage = lazy(() =>
  import("./settings/settings-page.tsx").then((m) => ({ default: m.SettingsPage })),
);
const PrivacyPage = lazy(() => import("./pages/privacy.tsx").then((m) => ({ default: m.PrivacyPage })));
const PolicyGate = lazy(() => import("./pages/policy-gate.tsx").then((m) => ({ default: m.PolicyGate })));
// Staff screens (researcher/admin) are separate lazy chunks: ordinary users never download them.
const ResearchPage = lazy(() =>
  import("./research/research-page.tsx").then((m) => ({ default: m.ResearchPage })),
);
const AdminPage = lazy(() => import("./admin/admin-page.tsx").then((m) => ({ default: m.AdminPage })));
const StaffNav = lazy(() => import("./research/staff-nav.tsx").then((m) => ({ default: m.StaffNav })));

type AppRoute = Route | { name: "research" } | { name: "admin" };
type Role = "user" | "researcher" | "admin";

function matchAppRoute(pathname: string): AppRoute {
  const path = pathname.replace(/\/+$/, "");
  if (path === "/research") return { name: "research" };
  if (path === "/admin") return { name: "admin" };
  return matchRoute(pathname);
}

const TITLES: Record<AppRoute["name"], string> = {
  landing: "Ask Aluma — a private place to reflect",
  signup: "Create account · Ask Aluma",
  login: "Log in · Ask Aluma",
  chat: "Reflections · Ask Aluma",
  settings: "Settings · Ask Aluma",
  privacy: "Privacy policy · Ask Aluma",
  research: "Research dashboard · Ask Aluma",
  admin: "Admin · Ask Aluma",
  "not-found": "Not found · Ask Aluma",
};

/** After in-app navigation, move focus to the new page's heading so screen readers follow. */
function useRouteFocus(route: AppRoute) {
  const previous = useRef<{ name: AppRoute["name"]; path: string } | null>(null);
  const path = window.location.pathname;
  useEffect(() => {
    document.title = TITLES[route.name];
    const from = previous.current;
    previous.current = { name: route.name, path };
    // First paint, a StrictMode re-run, or moving between conversations: leave focus alone.
    if (from === null || from.path === path || (from.name === "chat" && route.name === "chat")) return;
    let tries = 0;
    const tick = () => {
      const heading = document.querySelector<HTMLElement>(".route-focus");
      if (heading) heading.focus({ preventScroll: false });
      else if (tries++ < 30) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  }, [route, path]);
}

function Splash() {
  return (
    <div className="splash" role="status">
      Loading Ask Aluma…
    </div>
  );
}

export function App() {
  const pathname = usePathname();
  const route = matchAppRoute(pathname);
  const me = useMe();
  const online = useOnline();
  useRouteFocus(route);

  useEffect(
    () =>
      onUnauthorized(() => {
        queryClient.setQueryData(keys.me, null);
      }),
    [],
  );

  const signedIn = !!me.data;
  const role: Role = me.data?.role ?? "user";
  const staff = signedIn && (role === "researcher" || role === "admin");
  const needsAuth =
    route.name === "chat" || route.name === "settings" || route.name === "research" || route.name === "admin";
  const guestOnly = route.name === "signup" || route.name === "login";
  const unreachable = me.isError && me.data === undefined;
  useEffect(() => {
    // Offline or a server hiccup is not a sign-out: stay put rather than bounce to /login.
    if (me.isPending || unreachable) return;
    if (needsAuth && !signedIn) navigate("/login", { replace: true });
    if (guestOnly && signedIn) navigate("/chat", { replace: true });
  }, [me.isPending, unreachable, needsAuth, guestOnly, signedIn]);

  let page: ReactNode;
  if (me.isPending && route.name !== "landing" && route.name !== "privacy") page = <Splash />;
  else if (unreachable && needsAuth) page = <Unreachable onRetry={() => void me.refetch()} />;
  else if (signedIn && me.data?.policyAcceptanceRequired && needsAuth) page = <PolicyGate />;
  else if (route.name === "landing") page = <LandingPage signedIn={signedIn} />;
  else if (route.name === "signup") page = <SignupPage />;
  else if (route.name === "login") page = <LoginPage />;
  else if (route.name === "privacy") page = <PrivacyPage signedIn={signedIn} />;
  else if (route.name === "chat" && signedIn) page = <ChatPage conversationId={route.conversationId} />;
  else if (route.name === "settings" && signedIn) page = <SettingsPage />;
  else if (route.name === "research" && signedIn) page = <ResearchPage role={role} />;
  else if (route.name === "admin" && signedIn) page = <AdminPage role={role} />;
  else if (route.name === "not-found") page = <NotFound />;
  else page = <Splash />;

  return (
    <>
      <a className="skip-link" href="#main">
        Skip to main content
      </a>
      {online ? null : (
        <div className="offline-notice" role="status">
          You're offline. Your reflections are safe; sending will work again when you reconnect.
        </div>
      )}
      {/* The chat fills the viewport and the staff pages carry their own links, so the bar stays off those. */}
      {staff && route.name !== "chat" && route.name !== "research" && route.name !== "admin" ? (
        <Suspense fallback={null}>
          <StaffNav role={role} />
        </Suspense>
      ) : null}
      <Suspense fallback={<Splash />}>{page}</Suspense>
    </>
  );
}

function NotFound() {
  return (
    <main id="main" className="prose-main">
      <h1 tabIndex={-1} className="route-focus">
        Page not found
      </h1>
      <p>
        <a href="/">Go to the start page</a>
      </p>
    </main>
  );
}

function Unreachable({ onRetry }: { onRetry: () => void }) {
  return (
    <main id="main" className="prose-main">
      <h1 tabIndex={-1} className="route-focus">
        Can't reach Ask Aluma
      </h1>
      <p>
        Your reflections are stored safely on the server, not on this device. Check your connection and try
        again.
      </p>
      <button type="button" className="button primary" onClick={onRetry}>
        Try again
      </button>
    </main>
  );
}
