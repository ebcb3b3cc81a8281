"use client";

import * as RadixMenu from "@radix-ui/react-dropdown-menu";
import clsx from "clsx";
import Link from "next/link";

// The Radix menu behind components/ui/menu.tsx, loaded on first use; import the parts from there.

const itemClass =
  "block w-full cursor-pointer px-4 py-2 text-left text-sm text-stone-700 outline-none data-highlighted:bg-stone-100";

/** The menu and its button: `trigger` is the button's content, `label` its accessible name. */
export function Menu({
  label,
  trigger,
  triggerClassName,
  triggerRef,
  children,
  className,
  open,
  onOpenChange,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  label: string;
  trigger: React.ReactNode;
  triggerClassName?: string;
  triggerRef?: React.Ref<HTMLButtonElement>;
  children: React.ReactNode;
  className?: string;
}) {
  return (
    <RadixMenu.Root modal={false} open={open} onOpenChange={onOpenChange}>
      <RadixMenu.Trigger ref={triggerRef} aria-label={label} className={triggerClassName}>
        {trigger}
      </RadixMenu.Trigger>
      <RadixMenu.Portal>
        <RadixMenu.Content
          align="end"
          sideOffset={8}
          className={clsx(
            "z-30 w-60 overflow-hidden rounded-xl bg-white py-1 shadow-lg ring-1 ring-stone-200",
            className,
          )}
        >
          {children}
        </RadixMenu.Content>
      </RadixMenu.Portal>
    </RadixMenu.Root>
  );
}

/** An action in the menu; the menu closes when it is chosen. `opensDialog` says so to assistive technology. */
export function MenuItem({
  onSelect,
  children,
  opensDialog,
  danger,
}: {
  onSelect: () => void;
  children: React.ReactNode;
  opensDialog?: boolean;
  /** Deletes or removes something: shown in red. */
  danger?: boolean;
}) {
  return (
    <RadixMenu.Item
      onSelect={onSelect}
      aria-haspopup={opensDialog ? "dialog" : undefined}
      className={clsx(itemClass, danger && "text-red-700")}
    >
      {children}
    </RadixMenu.Item>
  );
}

/** A link in the menu. */
export function MenuLink({ href, children }: { href: string; children: React.ReactNode }) {
  return (
    <RadixMenu.Item asChild className={itemClass}>
      <Link href={href}>{children}</Link>
    </RadixMenu.Item>
  );
}

/** Text at the top of a menu that is not an item (who is signed in). */
export function MenuLabel({ children }: { children: React.ReactNode }) {
  return <RadixMenu.Label className="border-b border-stone-100 px-4 py-3">{children}</RadixMenu.Label>;
}

export function MenuSeparator() {
  return <RadixMenu.Separator className="my-1 h-px bg-stone-100" />;
}
