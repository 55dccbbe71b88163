import { type FormEvent, useState } from "react";
import { ApiError, api, type FieldErrors } from "../api/client.ts";
import type { Me } from "../api/types.ts";
import { Checkbox, Field } from "../components/field.tsx";
import { afterSignIn } from "../lib/auth.ts";
import { passwordStrength } from "../lib/password-strength.ts";
import { Link } from "../lib/router.tsx";
import { AuthLayout } from "./auth-layout.tsx";

export function SignupPage() {
  const [form, setForm] = useState({ name: "", email: "", password: "", age: false, policy: false });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const strength = passwordStrength(form.password);

  function validate(): FieldErrors {
    const e: FieldErrors = {};
    if (!form.name.trim()) e.name = ["Enter your name."];
    if (!/^\S+@\S+\.\S+$/.test(form.email.trim())) e.email = ["Enter a valid email address."];
    if (form.password.length < 12) e.password = ["Use at least 12 characters."];
    if (!form.age) e.ageConfirmed = ["Ask Aluma is for professionals aged 18 or older."];
    if (!form.policy) e.acceptedPolicy = ["Please read and accept the privacy policy."];
    return e;
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setFormError(null);
    const local = validate();
    setErrors(local);
    if (Object.keys(local).length) return focusFirstInvalid();
    setBusy(true);
    try {
      const body = await api<{ user?: Me }>("/api/auth/signup", {
        method: "POST",
        body: {
          name: form.name.trim(),
          email: form.email.trim(),
          password: form.password,
          ageConfirmed: true,
          acceptedPolicy: true,
        },
      });
      await afterSignIn(body?.user);
    } catch (error) {
      if (error instanceof ApiError && Object.keys(error.fieldErrors).length) {
        setErrors(error.fieldErrors);
        focusFirstInvalid();
      } else if (error instanceof ApiError && error.status === 409) {
        setErrors({ email: [error.message || "An account with this email already exists."] });
      } else {
        setFormError(error instanceof Error ? error.message : "Sign up failed.");
      }
    } finally {
      setBusy(false);
    }
  }

  return (
    <AuthLayout title="Create your account">
      <form onSubmit={submit} noValidate className="form">
        {formError ? (
          <p className="form-error" role="alert">
            {formError}
          </p>
        ) : null}
        <Field
          label="Name"
          name="name"
          autoComplete="name"
          value={form.name}
          onChange={(e) => setForm({ ...form, name: e.target.value })}
          errors={errors.name}
          required
        />
        <Field
          label="Email"
          name="email"
          type="email"
          autoComplete="email"
          value={form.email}
          onChange={(e) => setForm({ ...form, email: e.target.value })}
          errors={errors.email}
          required
        />
        <Field
          label="Password"
          name="password"
          type="password"
          autoComplete="new-password"
          value={form.password}
          onChange={(e) => setForm({ ...form, password: e.target.value })}
          errors={errors.password}
          required
          hint={
            <span className="strength" data-score={form.password ? strength.score : undefined}>
              <span className="strength-bar" aria-hidden="true">
                <span />
              </span>
              <span>
                {strength.label ? <strong>{strength.label}. </strong> : null}
                {strength.tip}
              </span>
            </span>
          }
        />
        <Checkbox
          label="I am 18 or older"
          checked={form.age}
          onChange={(e) => setForm({ ...form, age: e.target.checked })}
          errors={errors.ageConfirmed}
        />
        <Checkbox
          label={
            <>
              I accept the{" "}
              <a href="/privacy" target="_blank" rel="noopener">
                privacy policy
              </a>
            </>
          }
          checked={form.policy}
          onChange={(e) => setForm({ ...form, policy: e.target.checked })}
          errors={errors.acceptedPolicy}
        />
        <button type="submit" className="button primary block" disabled={busy}>
          Create account
        </button>
        <p className="muted center">
          Already have an account? <Link href="/login">Log in</Link>
        </p>
      </form>
    </AuthLayout>
  );
}

export function focusFirstInvalid() {
  requestAnimationFrame(() => document.querySelector<HTMLElement>("[aria-invalid='true']")?.focus());
}
