import { type InputHTMLAttributes, type ReactNode, useId } from "react";

interface FieldProps extends InputHTMLAttributes<HTMLInputElement> {
  label: string;
  errors?: string[] | undefined;
  hint?: ReactNode;
}

/** A labelled input whose hint and errors are tied to it for assistive tech. */
export function Field({ label, errors, hint, id, ...input }: FieldProps) {
  const generated = useId();
  const inputId = id ?? generated;
  const hintId = hint ? `${inputId}-hint` : undefined;
  const errorId = errors?.length ? `${inputId}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
  return (
    <div className="field">
      <label htmlFor={inputId}>{label}</label>
      <input
        id={inputId}
        aria-invalid={errorId ? true : undefined}
        aria-describedby={describedBy}
        {...input}
      />
      {hint ? (
        <div id={hintId} className="field-hint">
          {hint}
        </div>
      ) : null}
      {errorId ? (
        <p id={errorId} className="field-error">
          {errors?.join(" ")}
        </p>
      ) : null}
    </div>
  );
}

interface CheckboxProps extends InputHTMLAttributes<HTMLInputElement> {
  label: ReactNode;
  errors?: string[] | undefined;
}

export function Checkbox({ label, errors, ...input }: CheckboxProps) {
  const inputId = useId();
  const errorId = errors?.length ? `${inputId}-error` : undefined;
  return (
    <div className="field checkbox">
      <input
        type="checkbox"
        id={inputId}
        aria-invalid={errorId ? true : undefined}
        aria-describedby={errorId}
        {...input}
      />
      <label htmlFor={inputId}>{label}</label>
      {errorId ? (
        <p id={errorId} className="field-error">
          {errors?.join(" ")}
        </p>
      ) : null}
    </div>
  );
}
