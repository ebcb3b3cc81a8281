"use client";

import clsx from "clsx";
import { ListPlus } from "lucide-react";
import { lazy, Suspense, useState } from "react";
import type { ActionSourceRef } from "@/components/action-items/assign-action-item-dialog";
import { buttonClass } from "@/components/ui/button";

// Loaded when opened: the dialog brings the person picker (Ariakit) and Radix with it.
const AssignActionItemDialog = lazy(() =>
  import("@/components/action-items/assign-action-item-dialog").then((m) => ({ default: m.AssignActionItemDialog })),
);

/** "Assign an action item": opens the assign form prefilled with the source. */
export function AssignActionItemButton({
  source,
  sourceLabel,
  suggestedTitle,
  onAssigned,
  variant = "link",
  className,
}: {
  source: ActionSourceRef;
  sourceLabel?: string;
  suggestedTitle?: string;
  onAssigned?: (id: string) => void;
  variant?: "link" | "button";
  className?: string;
}) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        onClick={() => setOpen(true)}
        aria-haspopup="dialog"
        className={clsx(
          variant === "button"
            ? buttonClass("primary")
            : "inline-flex items-center gap-1.5 text-sm font-medium text-ember-800 hover:text-ember-900 hover:underline",
          className,
        )}
      >
        <ListPlus className="size-4" aria-hidden="true" /> Assign an action item
      </button>
      {open && (
        <Suspense fallback={null}>
          <AssignActionItemDialog
            open
            onClose={() => setOpen(false)}
            source={source}
            sourceLabel={sourceLabel}
            suggestedTitle={suggestedTitle}
            onAssigned={onAssigned}
          />
        </Suspense>
      )}
    </>
  );
}
