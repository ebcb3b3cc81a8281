"use client";

import { Search } from "lucide-react";
import { lazy, Suspense, useEffect, useState } from "react";
import type { SwitcherAbilities } from "@/components/search/quick-switcher";

// The switcher's code (Ariakit, the dialog, the fetching) loads the first time someone opens it, not with the page.
const QuickSwitcher = lazy(() => import("@/components/search/quick-switcher"));

/** Where typing is someone's own text, "/" is a character, not a shortcut. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName);
}

/** The header's search button, and the shortcuts Ctrl/⌘-K and "/" that open the quick switcher anywhere. */
export function QuickSwitcherTrigger({ abilities }: { abilities: SwitcherAbilities }) {
  const [open, setOpen] = useState(false);
  const [loaded, setLoaded] = useState(false);

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      const k = event.key === "k" || event.key === "K";
      if ((k && (event.metaKey || event.ctrlKey) && !event.altKey) || (event.key === "/" && !isTyping(event.target))) {
        if (event.key === "/" && (event.metaKey || event.ctrlKey || event.altKey)) return;
        event.preventDefault();
        setLoaded(true);
        setOpen(true);
      }
    }
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, []);

  return (
    <>
      <button
        type="button"
        onClick={() => {
          setLoaded(true);
          setOpen(true);
        }}
        onPointerEnter={() => setLoaded(true)}
        onFocus={() => setLoaded(true)}
        aria-keyshortcuts="Control+K Meta+K /"
        className="flex min-h-10 items-center gap-2 rounded-lg px-2.5 text-sm text-stone-600 ring-1 ring-stone-300 hover:bg-white hover:text-stone-900 sm:w-56 sm:bg-white/70"
      >
        <Search className="size-4" aria-hidden="true" />
        <span className="sr-only sm:not-sr-only">Search</span>
        <kbd className="ml-auto hidden rounded border border-stone-300 px-1 font-mono text-[0.7rem] text-stone-600 sm:block">
          Ctrl K
        </kbd>
      </button>
      {loaded && (
        <Suspense fallback={null}>
          <QuickSwitcher open={open} onClose={() => setOpen(false)} abilities={abilities} />
        </Suspense>
      )}
    </>
  );
}
