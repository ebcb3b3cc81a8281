"use client";

import { Menu } from "lucide-react";
import { useState } from "react";
import type { MobileNavDrawer } from "@/components/shell/mobile-nav-drawer";

type Drawer = typeof MobileNavDrawer;
let loading: Promise<Drawer> | null = null;
const load = () => (loading ??= import("@/components/shell/mobile-nav-drawer").then((m) => m.MobileNavDrawer));

/**
 * Below the lg breakpoint the navigation lives in a modal drawer (focus trapped, Escape closes). Until it is
 * first opened only its button is on the page; the drawer's code (Radix dialog) loads on touch, hover or focus.
 */
export function MobileNav(props: { isAdmin: boolean; moderates: boolean; insights?: boolean }) {
  const [Drawer, setDrawer] = useState<Drawer | null>(null);
  const [open, setOpen] = useState(false);
  if (Drawer) return <Drawer {...props} open={open} setOpen={setOpen} />;
  const prefetch = () => void load();
  return (
    <button
      type="button"
      className="-ml-1 rounded-lg p-2 text-stone-700 hover:bg-stone-200/70 lg:hidden"
      aria-label="Open navigation"
      aria-haspopup="dialog"
      aria-expanded={false}
      onPointerEnter={prefetch}
      onTouchStart={prefetch}
      onFocus={prefetch}
      onClick={() =>
        void load().then((drawer) => {
          setDrawer(() => drawer);
          setOpen(true);
        })
      }
    >
      <Menu className="size-6" aria-hidden="true" />
    </button>
  );
}
