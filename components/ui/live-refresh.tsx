"use client";

import { useRouter } from "next/navigation";
import { useRef } from "react";
import { useRealtimeEvent } from "@/components/realtime/realtime-provider";
import { idsOf, type RealtimeEventType } from "@/lib/realtime/events";

/**
 * Keeps a server-rendered page current: when an event about one of `ids` (any, without `ids`) arrives (or after a
 * reconnect), the page re-renders on the server through the same checked reads. Client state such
 * as a half-written answer survives the refresh.
 */
export function LiveRefresh({ types, ids }: { types: readonly RealtimeEventType[]; ids?: string[] }) {
  const router = useRouter();
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useRealtimeEvent(types, (event) => {
    if (event.type !== "resync" && ids && !idsOf(event).some((id) => ids.includes(id))) return;
    if (timer.current) return;
    timer.current = setTimeout(() => {
      timer.current = null;
      router.refresh();
    }, 200);
  });
  return null;
}
