"use client";

import clsx from "clsx";
import { Megaphone, PartyPopper, TriangleAlert, X } from "lucide-react";
import { usePathname } from "next/navigation";
import { useCallback, useState, useSyncExternalStore } from "react";
import { useRealtimeEvent } from "@/components/realtime/realtime-provider";
import type { ActiveBanner } from "@/lib/banners/find-active-banner";

type Banner = NonNullable<ActiveBanner>;
const DISMISSED_KEY = "hearth:dismissed-banner";

// The dismissed banner id lives in localStorage (per browser); the storage event keeps tabs in step.
function subscribeDismissed(onChange: () => void) {
  window.addEventListener("storage", onChange);
  return () => window.removeEventListener("storage", onChange);
}
const readDismissed = () => window.localStorage.getItem(DISMISSED_KEY);

const tones = {
  INFO: { className: "bg-sky-50 text-sky-950 ring-sky-200", Icon: Megaphone },
  CELEBRATION: { className: "bg-amber-50 text-amber-950 ring-amber-200", Icon: PartyPopper },
  WARNING: { className: "bg-red-50 text-red-950 ring-red-200", Icon: TriangleAlert },
} as const;

/**
 * The admin's company-wide banner; a new one arrives live through the realtime connection. A welcome or a celebration
 * shows on the home page only, on one line, until dismissed; a warning (an outage, a fire drill) on every page.
 */
export function LiveBanner({ initial }: { initial: Banner | null }) {
  const [banner, setBanner] = useState(initial);
  const dismissed = useSyncExternalStore(subscribeDismissed, readDismissed, () => null);
  const isHome = usePathname() === "/";

  const refetch = useCallback(async () => {
    const response = await fetch("/api/banner", { cache: "no-store" });
    if (response.ok) setBanner(((await response.json()) as { banner: Banner | null }).banner);
  }, []);
  useRealtimeEvent(["banner.changed"], () => void refetch());

  if (!banner || banner.id === dismissed || (banner.tone !== "WARNING" && !isHome)) return null;
  const { className, Icon } = tones[banner.tone];
  return (
    <div
      role="status"
      aria-live="polite"
      className={clsx("mb-4 flex items-start gap-2 rounded-xl px-3 py-2 text-sm ring-1", className)}
    >
      <Icon className="mt-0.5 size-4 shrink-0" aria-hidden="true" />
      <p className="min-w-0 flex-1" data-testid="banner-message">
        {banner.message}
        <span className="ml-2 text-xs opacity-70 max-sm:hidden">— {banner.author.name}</span>
      </p>
      <button
        type="button"
        aria-label="Dismiss announcement"
        className="-m-1 rounded p-1 opacity-70 hover:opacity-100"
        onClick={() => {
          window.localStorage.setItem(DISMISSED_KEY, banner.id);
          window.dispatchEvent(new StorageEvent("storage", { key: DISMISSED_KEY }));
        }}
      >
        <X className="size-4" aria-hidden="true" />
      </button>
    </div>
  );
}
