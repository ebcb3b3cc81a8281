"use client";

import { Menu, X } from "lucide-react";
import { useRef } from "react";
import { NavLinks } from "@/components/shell/nav-links";
import { HearthMark } from "@/components/shell/hearth-mark";

/** Below the lg breakpoint the navigation lives in a modal drawer (focus trapped, Escape closes). */
export function MobileNav({
  isAdmin,
  moderates,
  insights = false,
}: {
  isAdmin: boolean;
  moderates: boolean;
  insights?: boolean;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const close = () => dialog.current?.close();
  return (
    <>
      <button
        type="button"
        onClick={() => dialog.current?.showModal()}
        className="-ml-1 rounded-lg p-2 text-stone-700 hover:bg-stone-200/70 lg:hidden"
        aria-label="Open navigation"
      >
        <Menu className="size-6" aria-hidden="true" />
      </button>
      <dialog
        ref={dialog}
        aria-label="Navigation"
        onClick={(event) => event.target === dialog.current && close()}
        className="m-0 h-dvh max-h-dvh w-72 max-w-[85vw] bg-stone-50 p-0 shadow-xl backdrop:bg-stone-900/40"
      >
        <div className="flex items-center justify-between px-4 py-3">
          <span className="flex items-center gap-2 font-semibold">
            <HearthMark className="size-8" /> Hearth
          </span>
          <button
            type="button"
            onClick={close}
            className="rounded-lg p-2 text-stone-700 hover:bg-stone-200/70"
            aria-label="Close navigation"
          >
            <X className="size-5" aria-hidden="true" />
          </button>
        </div>
        <nav aria-label="Main" className="px-3 pb-6">
          <NavLinks isAdmin={isAdmin} moderates={moderates} insights={insights} onNavigate={close} />
        </nav>
      </dialog>
    </>
  );
}
