"use client";

import { createContext, useContext, useState } from "react";
import type * as RadixParts from "@/components/ui/menu-radix";

// A menu of actions and links: arrow keys and typeahead move through it, Escape or a click outside closes it,
// and focus returns to the button that opened it (Radix, in ./menu-radix). Until the menu is first used only
// its button is on the page: the Radix code loads when the pointer or focus reaches the button, and a click
// opens the menu once it is there. So a page with forty post cards ships no menu code with its first paint.
// An item that opens a dialog: give the menu a `triggerRef` and wrap the dialog in `<ReturnFocusTo to={triggerRef}>`
// (components/ui/return-focus.tsx), since the item itself is gone by the time the dialog closes.

type Parts = typeof RadixParts;
let loaded: Parts | null = null;
let loading: Promise<Parts> | null = null;
const load = () => (loading ??= import("@/components/ui/menu-radix").then((parts) => (loaded = parts)));

const PartsContext = createContext<Parts | null>(null);

type MenuProps = {
  label: string;
  /** The button's content; `label` is its accessible name. */
  trigger: React.ReactNode;
  triggerClassName?: string;
  triggerRef?: React.Ref<HTMLButtonElement>;
  children: React.ReactNode;
  className?: string;
};

/** The menu and its button. */
export function Menu({ label, trigger, triggerClassName, triggerRef, children, className }: MenuProps) {
  const [parts, setParts] = useState<Parts | null>(loaded);
  const [open, setOpen] = useState(false);
  if (parts) {
    return (
      <PartsContext value={parts}>
        <parts.Menu
          label={label}
          trigger={trigger}
          triggerClassName={triggerClassName}
          triggerRef={triggerRef}
          className={className}
          open={open}
          onOpenChange={setOpen}
        >
          {children}
        </parts.Menu>
      </PartsContext>
    );
  }
  const prefetch = () => void load();
  return (
    <button
      type="button"
      ref={triggerRef}
      aria-label={label}
      aria-haspopup="menu"
      aria-expanded={false}
      className={triggerClassName}
      onPointerEnter={prefetch}
      onFocus={prefetch}
      onClick={() =>
        void load().then((ready) => {
          setParts(ready);
          setOpen(true);
        })
      }
    >
      {trigger}
    </button>
  );
}

/** An action in the menu; the menu closes when it is chosen. `opensDialog` says so to assistive technology. */
export function MenuItem(props: {
  onSelect: () => void;
  children: React.ReactNode;
  opensDialog?: boolean;
  /** Deletes or removes something: shown in red. */
  danger?: boolean;
}) {
  const parts = useContext(PartsContext);
  return parts && <parts.MenuItem {...props} />;
}

/** A link in the menu. */
export function MenuLink(props: { href: string; children: React.ReactNode }) {
  const parts = useContext(PartsContext);
  return parts && <parts.MenuLink {...props} />;
}

/** Text at the top of a menu that is not an item (who is signed in). */
export function MenuLabel(props: { children: React.ReactNode }) {
  const parts = useContext(PartsContext);
  return parts && <parts.MenuLabel {...props} />;
}

export function MenuSeparator() {
  const parts = useContext(PartsContext);
  return parts && <parts.MenuSeparator />;
}
