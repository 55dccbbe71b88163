import { type FormEvent, useEffect, useState } from "react";
import { api } from "../api/client.ts";
import { keys, queryClient } from "../api/queries.ts";
import type { Me } from "../api/types.ts";
import { Field } from "../components/field.tsx";
import { passwordStrength } from "../lib/password-strength.ts";
import { FormFeedback, useFormAction } from "./use-form-action.tsx";

export function ProfileSection({ me }: { me: Me }) {
  const [name, setName] = useState(me.name);
  const [email, setEmail] = useState(me.email);
  const [currentPassword, setCurrentPassword] = useState("");
  const form = useFormAction();
  const emailChanged = email.trim().toLowerCase() !== me.email.toLowerCase();
  useEffect(() => {
    setName(me.name);
    setEmail(me.email);
  }, [me.name, me.email]);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (emailChanged && !currentPassword) {
      form.setErrors({ currentPassword: ["Enter your current password to change your email."] });
      return;
    }
    void form.run(async () => {
      const body: Record<string, string> = { name: name.trim() };
      if (emailChanged) Object.assign(body, { email: email.trim(), currentPassword });
      await api("/api/me", { method: "PATCH", body });
      setCurrentPassword("");
      await queryClient.invalidateQueries({ queryKey: keys.me });
      return "Profile saved.";
    }, "currentPassword");
  }

  return (
    <section className="settings-section" aria-labelledby="profile-heading">
      <h2 id="profile-heading">Profile</h2>
      <form onSubmit={submit} noValidate className="form">
        <Field
          label="Name"
          value={name}
          onChange={(e) => setName(e.target.value)}
          autoComplete="name"
          errors={form.errors.name}
        />
        <Field
          label="Email"
          type="email"
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          autoComplete="email"
          errors={form.errors.email}
        />
        {emailChanged ? (
          <Field
            label="Current password"
            type="password"
            value={currentPassword}
            onChange={(e) => setCurrentPassword(e.target.value)}
            autoComplete="current-password"
            errors={form.errors.currentPassword}
            hint="Needed to change the email you sign in with."
          />
        ) : null}
        <FormFeedback error={form.error} done={form.done} />
        <button type="submit" className="button primary" disabled={form.busy}>
          Save profile
        </button>
      </form>
    </section>
  );
}

export function PasswordSection() {
  const [current, setCurrent] = useState("");
  const [next, setNext] = useState("");
  const form = useFormAction();
  const strength = passwordStrength(next);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (next.length < 12) {
      form.setErrors({ newPassword: ["Use at least 12 characters."] });
      return;
    }
    void form.run(async () => {
      await api("/api/me/password", { method: "PUT", body: { currentPassword: current, newPassword: next } });
      setCurrent("");
      setNext("");
      return "Password changed. Your other devices have been signed out.";
    }, "currentPassword");
  }

  return (
    <section className="settings-section" aria-labelledby="password-heading">
      <h2 id="password-heading">Password</h2>
      <form onSubmit={submit} noValidate className="form">
        <Field
          label="Current password"
          type="password"
          value={current}
          onChange={(e) => setCurrent(e.target.value)}
          autoComplete="current-password"
          errors={form.errors.currentPassword}
        />
        <Field
          label="New password"
          type="password"
          value={next}
          onChange={(e) => setNext(e.target.value)}
          autoComplete="new-password"
          errors={form.errors.newPassword}
          hint={next ? `${strength.label}. ${strength.tip}` : strength.tip}
        />
        <FormFeedback error={form.error} done={form.done} />
        <button type="submit" className="button primary" disabled={form.busy}>
          Change password
        </button>
      </form>
    </section>
  );
}
