import { useState } from "react";
import { BrandLink } from "../components/brand-link.tsx";
import { HelpMenu } from "../components/help-menu.tsx";
import { takeFlash } from "../lib/auth.ts";
import { Link } from "../lib/router.tsx";

export function LandingPage({ signedIn }: { signedIn: boolean }) {
  const [flash] = useState(takeFlash);
  return (
    <div className="page landing">
      <header className="topbar">
        <BrandLink href="/" />
        <nav aria-label="Account" className="topbar-actions">
          <HelpMenu />
          {signedIn ? (
            <Link className="button primary" href="/chat">
              Open Ask Aluma
            </Link>
          ) : (
            <Link className="button" href="/login">
              Log in
            </Link>
          )}
        </nav>
      </header>
      <main id="main" className="landing-main">
        {flash ? (
          <p className="flash" role="status">
            {flash}
          </p>
        ) : null}
        <section className="hero">
          <h1 tabIndex={-1} className="route-focus">
            A private place to reflect on the work.
          </h1>
          <p className="lead">
            Ask Aluma is a reflective-practice companion for social workers. Think through a hard visit, an
            ethical knot or the weight of a week with an AI that asks good questions.
          </p>
          <div className="hero-actions">
            <Link className="button primary large" href={signedIn ? "/chat" : "/signup"}>
              {signedIn ? "Continue reflecting" : "Create your account"}
            </Link>
            {signedIn ? null : (
              <Link className="button large" href="/login">
                Log in
              </Link>
            )}
          </div>
        </section>

        <section className="cards" aria-label="About Ask Aluma">
          <article className="card">
            <h2>Your privacy, in plain words</h2>
            <ul>
              <li>
                Names, phone numbers, emails, addresses, case numbers and SSNs are removed{" "}
                <strong>before</strong> anything is stored. You see what will be removed as you type.
              </li>
              <li>We never sell your data or use it for advertising.</li>
              <li>The AI provider processes your redacted words but doesn't train on them.</li>
              <li>Download everything, or delete your account and all of it, at any time.</li>
            </ul>
          </article>
          <article className="card">
            <h2>What Ask Aluma is not</h2>
            <ul>
              <li>Not a crisis service. In an emergency call 988, text HOME to 741741, or call 911.</li>
              <li>Not a clinical or diagnostic tool, and not a substitute for supervision.</li>
              <li>Not a case file: talk about patterns and themes, not client details.</li>
            </ul>
          </article>
        </section>
      </main>
      <footer className="footer">
        <Link href="/privacy">Privacy policy</Link>
        <span aria-hidden="true">·</span>
        <a href="mailto:admin@alumahub.net">Contact</a>
      </footer>
    </div>
  );
}
