"use client";

import Link from "next/link";
import { useEffect, useId, useRef, useState } from "react";
import { Avatar } from "@/components/ui/avatar";
import { signOutAction } from "@/app/signin/actions";

export function UserMenu({ name, handle, title }: { name: string; handle: string; title: string }) {
  const [open, setOpen] = useState(false);
  const menuId = useId();
  const root = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent) => root.current?.contains(event.target as Node) || setOpen(false);
    const onKey = (event: KeyboardEvent) => event.key === "Escape" && setOpen(false);
    document.addEventListener("pointerdown", onPointer);
    document.addEventListener("keydown", onKey);
    return () => {
      document.removeEventListener("pointerdown", onPointer);
      document.removeEventListener("keydown", onKey);
    };
  }, [open]);

  const item = "block w-full px-4 py-2 text-left text-sm text-stone-700 hover:bg-stone-100 focus-visible:bg-stone-100";
  return (
    <div ref={root} className="relative">
      <button
        type="button"
        onClick={() => setOpen((value) => !value)}
        aria-expanded={open}
        aria-controls={menuId}
        aria-label={`Account menu for ${name}`}
        className="flex items-center gap-2 rounded-full p-0.5 hover:ring-2 hover:ring-stone-300"
      >
        <Avatar name={name} size="sm" />
      </button>
      {open && (
        <div
          id={menuId}
          className="absolute right-0 z-30 mt-2 w-60 overflow-hidden rounded-xl bg-white py-1 shadow-lg ring-1 ring-stone-200"
        >
          <div className="border-b border-stone-100 px-4 py-3">
            <p className="truncate text-sm font-semibold text-stone-900">{name}</p>
            <p className="truncate text-xs text-stone-600">{title}</p>
          </div>
          <Link href={`/people/${handle}`} className={item} onClick={() => setOpen(false)}>
            Your profile
          </Link>
          <Link href="/settings" className={item} onClick={() => setOpen(false)}>
            Settings
          </Link>
          <form action={signOutAction} className="border-t border-stone-100">
            <button type="submit" className={item}>
              Sign out
            </button>
          </form>
        </div>
      )}
    </div>
  );
}
