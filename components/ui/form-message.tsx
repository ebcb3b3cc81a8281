"use client";

import clsx from "clsx";
import { useEffect, useRef } from "react";

/**
 * The one-sentence outcome of a form: announced to screen readers, coloured by success or failure. When a
 * refusal appears and fields of the form are marked invalid, focus moves to the first of them, so the reader
 * lands where the fix is, wherever the sentence sits.
 */
export function FormMessage({ status, message }: { status: "idle" | "ok" | "error"; message?: string }) {
  const ref = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (status !== "error" || !message) return;
    const form = ref.current?.closest("form");
    const field = form?.querySelector<HTMLElement>('[aria-invalid="true"]');
    if (field && !field.contains(document.activeElement)) field.focus();
  }, [status, message]);
  if (!message) return null;
  return (
    <p
      ref={ref}
      role={status === "error" ? "alert" : "status"}
      className={clsx(
        "rounded-lg px-3 py-2 text-sm",
        status === "error"
          ? "bg-red-50 text-red-800 ring-1 ring-red-200"
          : "bg-emerald-50 text-emerald-800 ring-1 ring-emerald-200",
      )}
    >
      {message}
    </p>
  );
}
