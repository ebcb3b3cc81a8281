"use client";

import clsx from "clsx";
import { useId } from "react";
import { previewMarkdownAction } from "@/app/(app)/ask/actions";
import { PreviewPane, useMarkdownPreview, WritePreviewTabs } from "@/components/content/markdown-preview";

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
  const { tab, setTab, preview, previewing, showPreview } = useMarkdownPreview(previewMarkdownAction);
  const over = value.length > max;
  const message = error ?? (over ? `Keep it under ${max} characters.` : undefined);

  return (
    <div>
      <div className="flex items-end justify-between gap-2">
        <label htmlFor={`${id}-text`} className="block text-sm font-medium text-stone-800">
          {label}
        </label>
        <WritePreviewTabs
          label={`${label}: write or preview`}
          tab={tab}
          onWrite={() => setTab("write")}
          onPreview={() => showPreview(value)}
          className="text-xs"
          buttonClassName="rounded-md px-2 py-0.5"
        />
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
      {tab === "preview" && <PreviewPane preview={preview} previewing={previewing} className="mt-1.5" />}
      <p
        id={`${id}-hint`}
        className={clsx("mt-1 flex justify-between gap-2 text-xs", message ? "text-red-700" : "text-stone-600")}
      >
        <span>{message ?? hint ?? "**bold**, *italic*, lists, > quotes, `code` and links work."}</span>
        <span className="shrink-0 tabular-nums">
          {value.length}/{max}
        </span>
      </p>
    </div>
  );
}
