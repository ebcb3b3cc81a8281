import clsx from "clsx";
import type { ComponentProps } from "react";

const control =
  "block w-full rounded-lg border-0 bg-white px-3 py-2 text-sm text-stone-900 shadow-sm ring-1 ring-inset placeholder:text-stone-400 focus:ring-2 focus:ring-inset focus:ring-ember-600 focus:outline-none";

type FieldProps = { label: string; name: string; error?: string; hint?: string; className?: string };

function describedBy(name: string, error?: string, hint?: string) {
  return [error && `${name}-error`, hint && `${name}-hint`].filter(Boolean).join(" ") || undefined;
}

/** What every control carries: its id and name, whether it is invalid, what describes it, and its look. */
function controlProps(name: string, error: string | undefined, hint: string | undefined, extra?: string) {
  return {
    id: name,
    name,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": describedBy(name, error, hint),
    className: clsx(control, extra, error ? "ring-red-600" : "ring-stone-300"),
  };
}

function FieldFrame({ label, name, error, hint, className, children }: FieldProps & { children: React.ReactNode }) {
  return (
    <div className={className}>
      <label htmlFor={name} className="block text-sm font-medium text-stone-800">
        {label}
      </label>
      <div className="mt-1.5">{children}</div>
      {hint && !error && (
        <p id={`${name}-hint`} className="mt-1 text-xs text-stone-600">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${name}-error`} className="mt-1 text-sm text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}

/** Splits a field's props into the frame's (label, hint, error, layout) and the control's own. */
function split<P extends FieldProps>({ label, name, error, hint, className, ...control }: P) {
  return { frame: { label, name, error, hint, className }, control };
}

export function TextField(props: FieldProps & Omit<ComponentProps<"input">, "name">) {
  const { frame, control } = split(props);
  return (
    <FieldFrame {...frame}>
      <input {...controlProps(frame.name, frame.error, frame.hint)} {...control} />
    </FieldFrame>
  );
}

export function TextAreaField(props: FieldProps & Omit<ComponentProps<"textarea">, "name">) {
  const { frame, control } = split(props);
  return (
    <FieldFrame {...frame}>
      <textarea {...controlProps(frame.name, frame.error, frame.hint, "min-h-24")} {...control} />
    </FieldFrame>
  );
}

export function SelectField(props: FieldProps & Omit<ComponentProps<"select">, "name">) {
  const { frame, control } = split(props);
  return (
    <FieldFrame {...frame}>
      <select {...controlProps(frame.name, frame.error, frame.hint)} {...control} />
    </FieldFrame>
  );
}
