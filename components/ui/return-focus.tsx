"use client";

import { createContext } from "react";

/** Where a dialog inside sends focus when it closes (components/ui/dialog.tsx reads it). */
export const ReturnFocusContext = createContext<React.RefObject<HTMLElement | null> | null>(null);

/**
 * Dialogs inside return focus to `to` when they close, instead of to what had focus when they opened.
 * For dialogs opened from a menu item: the item is gone by then, and focus would fall to the page.
 * Kept apart from the dialog itself so that a card can wrap dialogs it loads only on use.
 */
export function ReturnFocusTo({
  to,
  children,
}: {
  to: React.RefObject<HTMLElement | null>;
  children: React.ReactNode;
}) {
  return <ReturnFocusContext value={to}>{children}</ReturnFocusContext>;
}
