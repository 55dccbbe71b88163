import { type FormEvent, useState } from "react";
import { ApiError, api, type FieldErrors } from "../api/client.ts";
import type { Me } from "../api/types.ts";
import { Field } from "../components/field.tsx";
import { afterSignIn } from "../lib/auth.ts";
import { Link } from "../lib/router.tsx";
import { AuthLayout } from "./auth-layout.tsx";
import { focusFirstInvalid } from "./signup.tsx";

export function LoginPage() {
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setFormError(null);
    const local: FieldErrors = {};
    if (!email.trim()) local.email = ["Enter your email."];
    if (!password) local.password = ["Enter your password."];
    setErrors(local);
    if (Object.keys(local).length) return focusFirstInvalid();
    setBusy(true);
    try {
      const body = await api<{ user?: Me }>("/api/auth/login", {
        method: "POST",
        body: { email: email.trim(), password },
      });
      await afterSignIn(body?.user);
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) {
        setErrors({ password: ["That email and password don't match an account."] });
        focusFirstInvalid();
      } else if (error instanceof ApiError && Object.keys(error.fieldErrors).length) {
        setErrors(error.fieldErrors);
        focusFirstInvalid();
      } else {
        setFormError(error instanceof Error ? error.message : "Log in failed.");
      }
    } finally {
      setBusy(false);
    }
  }

  return (
    <AuthLayout title="Welcome back">
      <form onSubmit={submit} noValidate className="form">
        {formError ? (
          <p className="form-error" role="alert">
            {formError}
          </p>
        ) : null}
        <Field
          label="Email"
          name="email"
          type="email"
          autoComplete="email"
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          errors={errors.email}
          required
        />
        <Field
          label="Password"
          name="password"
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          errors={errors.password}
          required
        />
        <button type="submit" className="button primary block" disabled={busy}>
          Log in
        </button>
        <p className="muted center">
          New here? <Link href="/signup">Create an account</Link>
        </p>
      </form>
    </AuthLayout>
  );
}
