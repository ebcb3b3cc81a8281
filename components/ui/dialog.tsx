"use client";

import * as RadixDialog from "@radix-ui/react-dialog";
import clsx from "clsx";
import { X } from "lucide-react";
import { useContext } from "react";
import { ReturnFocusContext, ReturnFocusTo } from "@/components/ui/return-focus";

export { ReturnFocusTo };

/**
 * A modal dialog with a title and a close button, on Radix: focus moves in and stays in, Escape and a
 * click on the backdrop close it, and focus returns to what opened it (or to the target of an enclosing
 * `ReturnFocusTo`). An element inside with `autoFocus` gets the focus; otherwise the first focusable one does.
 */
export function Dialog({
  open,
  onClose,
  title,
  description,
  children,
  className,
}: {
  open: boolean;
  onClose: () => void;
  title: React.ReactNode;
  /** A line under the title, read with it as the dialog's description. */
  description?: React.ReactNode;
  children: React.ReactNode;
  className?: string;
}) {
  const returnFocus = useContext(ReturnFocusContext);
  return (
    <RadixDialog.Root open={open} onOpenChange={(next) => !next && onClose()}>
      <RadixDialog.Portal>
        <RadixDialog.Overlay className="fixed inset-0 z-40 bg-stone-900/40" />
        <RadixDialog.Content
          onCloseAutoFocus={(event) => {
            if (!returnFocus?.current) return;
            event.preventDefault();
            returnFocus.current.focus();
          }}
          onEscapeKeyDown={(event) => {
            // Escape first closes an open suggestion list (a combobox inside), then the dialog.
            if ((event.target as HTMLElement | null)?.getAttribute?.("aria-expanded") === "true")
              event.preventDefault();
          }}
          className={clsx(
            "fixed left-1/2 top-1/2 z-50 max-h-[calc(100dvh-1.5rem)] w-[calc(100%-1.5rem)] max-w-lg -translate-x-1/2 -translate-y-1/2 overflow-y-auto rounded-2xl bg-white text-left shadow-xl ring-1 ring-stone-200 focus:outline-none",
            className,
          )}
        >
          <div className="space-y-4 p-5 sm:p-6">
            <div className="flex items-start justify-between gap-3">
              <div>
                <RadixDialog.Title className="flex items-center gap-2 text-lg font-semibold text-stone-900">
                  {title}
                </RadixDialog.Title>
                {description && (
                  <RadixDialog.Description className="mt-0.5 text-sm text-stone-600">
                    {description}
                  </RadixDialog.Description>
                )}
              </div>
              <RadixDialog.Close aria-label="Close" className="rounded-lg p-1.5 text-stone-500 hover:bg-stone-100">
                <X className="size-5" aria-hidden="true" />
              </RadixDialog.Close>
            </div>
            {children}
          </div>
        </RadixDialog.Content>
      </RadixDialog.Portal>
    </RadixDialog.Root>
  );
}
