"use client";

import clsx from "clsx";
import { useState } from "react";
import { RichText } from "@/components/content/rich-text";
import { useServerAction } from "@/components/ui/use-server-action";
import type { ActionResult } from "@/lib/action-state";

type Preview = { html: string } | { error: string } | null;

/** Write / Preview state for a markdown field; `render` is the server action that renders it as it will be stored. */
export function useMarkdownPreview(render: (source: string) => Promise<ActionResult<{ html: string }>>) {
  const [tab, setTab] = useState<"write" | "preview">("write");
  const [preview, setPreview] = useState<Preview>(null);
  const { run, pending: previewing } = useServerAction(render, {
    onSuccess: (data) => setPreview(data),
    onError: (failure) => setPreview({ error: failure.error }),
  });
  function showPreview(source: string) {
    setTab("preview");
    run(source);
  }
  return { tab, setTab, preview, previewing, showPreview };
}

export function WritePreviewTabs({
  label,
  tab,
  onWrite,
  onPreview,
  className,
  buttonClassName,
}: {
  label: string;
  tab: "write" | "preview";
  onWrite: () => void;
  onPreview: () => void;
  className?: string;
  buttonClassName?: string;
}) {
  return (
    <div role="tablist" aria-label={label} className={clsx("flex gap-1", className)}>
      {(["write", "preview"] as const).map((mode) => (
        <button
          key={mode}
          type="button"
          role="tab"
          aria-selected={tab === mode}
          onClick={mode === "preview" ? onPreview : onWrite}
          className={clsx(
            "font-medium",
            buttonClassName,
            tab === mode ? "bg-stone-100 text-stone-900" : "text-stone-600 hover:text-stone-900",
          )}
        >
          {mode === "write" ? "Write" : "Preview"}
        </button>
      ))}
    </div>
  );
}

export function PreviewPane({
  preview,
  previewing,
  className,
}: {
  preview: Preview;
  previewing: boolean;
  className?: string;
}) {
  return (
    <div
      className={clsx("min-h-20 rounded-lg bg-stone-50 px-3 py-2 ring-1 ring-stone-200", className)}
      aria-live="polite"
      aria-busy={previewing}
    >
      {previewing || !preview ? (
        <p className="text-sm text-stone-600">Rendering preview…</p>
      ) : "error" in preview ? (
        <p className="text-sm text-red-700">{preview.error}</p>
      ) : preview.html ? (
        <RichText html={preview.html} />
      ) : (
        <p className="text-sm text-stone-600">Nothing to preview yet.</p>
      )}
    </div>
  );
}
