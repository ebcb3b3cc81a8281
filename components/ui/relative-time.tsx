"use client";

import { format, formatDistanceToNowStrict } from "date-fns";
import { useSyncExternalStore } from "react";

// A shared clock that ticks every 30 seconds. The server (and hydration) render the absolute time,
// the browser then switches to "5 minutes ago": no mismatch, no impure render.
const listeners = new Set<() => void>();
let timer: ReturnType<typeof setInterval> | undefined;
function subscribe(onTick: () => void) {
  listeners.add(onTick);
  timer ??= setInterval(() => listeners.forEach((listener) => listener()), 30_000);
  return () => {
    listeners.delete(onTick);
    if (listeners.size === 0 && timer) {
      clearInterval(timer);
      timer = undefined;
    }
  };
}
const clientNow = () => Math.floor(Date.now() / 30_000) * 30_000;
const serverNow = () => 0;

/** "5 minutes ago" (or "in 2 days" for a moment ahead), with the exact moment on hover and for assistive technology. */
export function RelativeTime({ iso, className }: { iso: string; className?: string }) {
  const now = useSyncExternalStore(subscribe, clientNow, serverNow);
  const date = new Date(iso);
  const age = now - date.getTime();
  const label =
    now === 0 || Math.abs(age) > 6 * 86_400_000
      ? format(date, "d MMM yyyy")
      : age < -45_000
        ? `in ${formatDistanceToNowStrict(date)}`
        : age < 45_000
          ? "just now"
          : `${formatDistanceToNowStrict(date)} ago`;
  return (
    <time dateTime={iso} title={format(date, "EEEE d MMMM yyyy, HH:mm")} className={className}>
      {label}
    </time>
  );
}
