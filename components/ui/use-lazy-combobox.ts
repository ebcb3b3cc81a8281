"use client";

import { useEffect, useLayoutEffect, useRef, useState, type RefObject } from "react";
import type { Combobox as ComboboxType } from "@/components/ui/combobox";

// The suggestion list (Ariakit) loads when its field is first focused, not with the page: a page with a person
// picker or a comment box ships none of it until someone starts to type.
let loaded: typeof ComboboxType | null = null;
let loading: Promise<typeof ComboboxType> | null = null;
const loadCombobox = () =>
  (loading ??= import("@/components/ui/combobox").then((module) => (loaded = module.Combobox)));

/**
 * The shared Combobox once it is loaded (null before), and `upgrade` to call from the field's focus handler.
 * Until then the caller renders its field alone; when the list arrives the field is wrapped and keeps its
 * focus and caret.
 */
export function useLazyCombobox(field: RefObject<HTMLInputElement | HTMLTextAreaElement | null>) {
  const [Combobox, setCombobox] = useState<typeof ComboboxType | null>(() => loaded);
  const restore = useRef<{ start: number | null; end: number | null } | null>(null);
  useLayoutEffect(() => {
    const element = field.current;
    if (!restore.current || !element) return;
    element.focus();
    if (restore.current.start !== null) element.setSelectionRange(restore.current.start, restore.current.end);
    restore.current = null;
  }, [Combobox, field]);
  // Also once the page is idle: the list is then ready before anyone types, so no keystroke lands while the field
  // is being re-wrapped (first paint still carries none of it).
  useEffect(() => {
    if (loaded) return;
    let cancelled = false;
    const start = () =>
      void loadCombobox().then((component) => {
        if (cancelled || document.activeElement === field.current) return; // a focused field upgrades itself
        setCombobox(() => component);
      });
    if (typeof window.requestIdleCallback !== "function") {
      const timer = window.setTimeout(start, 500);
      return () => ((cancelled = true), window.clearTimeout(timer));
    }
    const handle = window.requestIdleCallback(start, { timeout: 3_000 });
    return () => ((cancelled = true), window.cancelIdleCallback(handle));
  }, [field]);
  function upgrade() {
    if (Combobox) return;
    void loadCombobox().then((component) => {
      const element = field.current;
      if (element && document.activeElement === element)
        restore.current = { start: element.selectionStart, end: element.selectionEnd };
      setCombobox(() => component);
    });
  }
  return { Combobox, upgrade };
}
