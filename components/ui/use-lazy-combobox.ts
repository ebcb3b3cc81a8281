"use client";

import { useLayoutEffect, useRef, useState, type RefObject } from "react";
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
