"use client";

import { useSyncExternalStore } from "react";

// A shared clock that ticks every 30 seconds. The server (and hydration) see 0, so they render absolute times;
// the browser then switches to "5 minutes ago": no hydration mismatch, no impure render.
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

/** Now, to the half minute, in the browser; 0 on the server and during hydration. */
export function useNow(): number {
  return useSyncExternalStore(subscribe, clientNow, serverNow);
}
