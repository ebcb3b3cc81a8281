"use client";

import { useRouter } from "next/navigation";
import { useRef } from "react";
import { useRealtimeEvent } from "@/components/realtime/realtime-provider";

/** Keeps /events current: any show scheduled, moved, started or ended re-renders the list (bursts coalesced). */
export function ShowsRefresh() {
  const router = useRouter();
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useRealtimeEvent(["live.show"], () => {
    if (timer.current) return;
    timer.current = setTimeout(() => {
      timer.current = null;
      router.refresh();
    }, 500);
  });
  return null;
}
