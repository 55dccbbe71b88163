import { useState } from "react";
import { ApiError, errorMessage, type FieldErrors } from "../api/client.ts";

/** Shared busy/error/success state for the small forms on the settings page. */
export function useFormAction() {
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);

  async function run(action: () => Promise<string | undefined>, fieldFor401?: string) {
    setBusy(true);
    setErrors({});
    setError(null);
    setDone(null);
    try {
      setDone((await action()) ?? null);
    } catch (e) {
      if (e instanceof ApiError && Object.keys(e.fieldErrors).length) setErrors(e.fieldErrors);
      else if (e instanceof ApiError && fieldFor401 && (e.status === 401 || e.status === 403)) {
        setErrors({ [fieldFor401]: [e.message || "That password isn't right."] });
      } else setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  }
  return { busy, errors, error, done, run, setErrors };
}

export function FormFeedback({ error, done }: { error: string | null; done: string | null }) {
  return (
    <>
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
      <p className="form-success" role="status">
        {done ?? ""}
      </p>
    </>
  );
}
