"use client";

import clsx from "clsx";
import { useId, useState, useTransition } from "react";
import { previewMarkdownAction } from "@/app/(app)/ask/actions";
import { RichText } from "@/components/content/rich-text";

/**
 * A markdown textarea with Write / Preview tabs and a character counter. Controlled: the parent keeps
 * the text, so a refused submit never loses it. `name` puts the value into the surrounding form.
 */
export function MarkdownField({
  label,
  name,
  value,
  onValueChange,
  max,
  error,
  hint,
  rows = 4,
  placeholder,
  required,
}: {
  label: string;
  name: string;
  value: string;
  onValueChange: (value: string) => void;
  max: number;
  error?: string;
  hint?: string;
  rows?: number;
  placeholder?: string;
  required?: boolean;
}) {
  const id = useId();
  const [tab, setTab] = useState<"write" | "preview">("write");
  const [preview, setPreview] = useState<{ html: string } | { error: string } | null>(null);
  const [previewing, startPreview] = useTransition();
  const over = value.length > max;
  const message = error ?? (over ? `Keep it under ${max} characters.` : undefined);

  function showPreview() {
    setTab("preview");
    startPreview(async () => {
      const result = await previewMarkdownAction(value);
      setPreview(result.ok ? result.data : { error: result.error });
    });
  }

  return (
    <div>
      <div className="flex items-end justify-between gap-2">
        <label htmlFor={`${id}-text`} className="block text-sm font-medium text-stone-800">
          {label}
        </label>
        <div role="tablist" aria-label={`${label}: write or preview`} className="flex gap-1 text-xs">
          {(["write", "preview"] as const).map((mode) => (
            <button
              key={mode}
              type="button"
              role="tab"
              aria-selected={tab === mode}
              onClick={() => (mode === "preview" ? showPreview() : setTab("write"))}
              className={clsx("rounded-md px-2 py-0.5 font-medium", tab === mode ? "bg-stone-100 text-stone-900" : "text-stone-600 hover:text-stone-900")}
            >
              {mode === "write" ? "Write" : "Preview"}
            </button>
          ))}
        </div>
      </div>
      <div className="mt-1.5" hidden={tab !== "write"}>
        <textarea
          id={`${id}-text`}
          name={name}
          value={value}
          onChange={(event) => onValueChange(event.target.value)}
          rows={rows}
          placeholder={placeholder}
          required={required}
          aria-invalid={message ? true : undefined}
          aria-describedby={`${id}-hint`}
          className={clsx(
            "block w-full resize-y rounded-lg border-0 bg-white px-3 py-2 text-sm text-stone-900 shadow-sm ring-1 ring-inset placeholder:text-stone-400 focus:ring-2 focus:ring-inset focus:ring-ember-600 focus:outline-none",
            message ? "ring-red-600" : "ring-stone-300",
          )}
        />
      </div>
      {tab === "preview" && (
        <div className="mt-1.5 min-h-20 rounded-lg bg-stone-50 px-3 py-2 text-sm ring-1 ring-stone-200" aria-live="polite" aria-busy={previewing}>
          {previewing || !preview ? (
            <p className="text-stone-600">Rendering preview…</p>
          ) : "error" in preview ? (
            <p className="text-red-700">{preview.error}</p>
          ) : preview.html ? (
            <RichText html={preview.html} />
          ) : (
            <p className="text-stone-600">Nothing to preview yet.</p>
          )}
        </div>
      )}
      <p id={`${id}-hint`} className={clsx("mt-1 flex justify-between gap-2 text-xs", message ? "text-red-700" : "text-stone-600")}>
        <span>{message ?? hint ?? "**bold**, *italic*, lists, > quotes, `code` and links work."}</span>
        <span className="shrink-0 tabular-nums">
          {value.length}/{max}
        </span>
      </p>
    </div>
  );
}
