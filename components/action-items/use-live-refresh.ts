"use client";

import { useCallback, useEffect, useRef } from "react";
import { useRealtimeEvent } from "@/components/realtime/realtime-provider";

/** Calls `refresh` after any action item is created or changed (and after a reconnect), coalescing bursts into one call. */
export function useActionItemsLive(refresh: () => Promise<void> | void, delayMs = 200) {
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const latest = useRef(refresh);
  useEffect(() => {
    latest.current = refresh;
  });
  useEffect(() => () => void (timer.current && clearTimeout(timer.current)), []);
  const schedule = useCallback(() => {
    if (timer.current) return;
    timer.current = setTimeout(() => {
      timer.current = null;
      void latest.current();
    }, delayMs);
  }, [delayMs]);
  useRealtimeEvent(["actionItem.created", "actionItem.updated"], schedule);
}
