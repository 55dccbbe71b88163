import { useMe } from "../api/queries.ts";
import { BrandLink } from "../components/brand-link.tsx";
import { HelpMenu } from "../components/help-menu.tsx";
import { Link } from "../lib/router.tsx";
import { DeleteAccountSection, ExportSection } from "./data-section.tsx";
import { PasswordSection, ProfileSection } from "./profile-section.tsx";
import { ResearchSection } from "./research-section.tsx";
import { SessionsSection } from "./sessions-section.tsx";
import { SubscriptionSection } from "./subscription-section.tsx";

export function SettingsPage() {
  const me = useMe();
  return (
    <div className="page settings">
      <header className="topbar">
        <BrandLink href="/chat" />
        <nav className="topbar-actions" aria-label="Settings navigation">
          <HelpMenu />
          <Link href="/chat" className="button">
            Reflections
          </Link>
        </nav>
      </header>
      <main id="main" className="settings-main">
        <h1 tabIndex={-1} className="route-focus">
          Settings
        </h1>
        {me.data ? (
          <>
            <ProfileSection me={me.data} />
            <PasswordSection />
            <SessionsSection />
            <ResearchSection me={me.data} />
            {me.data.billingEnabled ? <SubscriptionSection me={me.data} /> : null}
            <ExportSection />
            <DeleteAccountSection />
          </>
        ) : (
          <p className="muted">Loading…</p>
        )}
      </main>
    </div>
  );
}
