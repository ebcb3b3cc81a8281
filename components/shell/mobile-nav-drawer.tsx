"use client";

import * as RadixDialog from "@radix-ui/react-dialog";
import { Menu, X } from "lucide-react";
import { NavLinks } from "@/components/shell/nav-links";
import { HearthMark } from "@/components/shell/hearth-mark";

/** The drawer behind components/shell/mobile-nav.tsx, loaded when the button is first used. */
export function MobileNavDrawer({
  isAdmin,
  moderates,
  insights = false,
  open,
  setOpen,
}: {
  isAdmin: boolean;
  moderates: boolean;
  insights?: boolean;
  open: boolean;
  setOpen: (open: boolean) => void;
}) {
  const close = () => setOpen(false);
  return (
    <RadixDialog.Root open={open} onOpenChange={setOpen}>
      <RadixDialog.Trigger
        className="-ml-1 rounded-lg p-2 text-stone-700 hover:bg-stone-200/70 lg:hidden"
        aria-label="Open navigation"
      >
        <Menu className="size-6" aria-hidden="true" />
      </RadixDialog.Trigger>
      <RadixDialog.Portal>
        <RadixDialog.Overlay className="fixed inset-0 z-40 bg-stone-900/40" />
        <RadixDialog.Content
          aria-describedby={undefined}
          className="fixed inset-y-0 left-0 z-50 h-dvh w-72 max-w-[85vw] overflow-y-auto bg-stone-50 shadow-xl focus:outline-none"
        >
          <RadixDialog.Title className="sr-only">Navigation</RadixDialog.Title>
          <div className="flex items-center justify-between px-4 py-3">
            <span className="flex items-center gap-2 font-semibold">
              <HearthMark className="size-8" /> Hearth
            </span>
            <RadixDialog.Close
              className="rounded-lg p-2 text-stone-700 hover:bg-stone-200/70"
              aria-label="Close navigation"
            >
              <X className="size-5" aria-hidden="true" />
            </RadixDialog.Close>
          </div>
          <nav aria-label="Main" className="px-3 pb-6">
            <NavLinks isAdmin={isAdmin} moderates={moderates} insights={insights} onNavigate={close} />
          </nav>
        </RadixDialog.Content>
      </RadixDialog.Portal>
    </RadixDialog.Root>
  );
}
