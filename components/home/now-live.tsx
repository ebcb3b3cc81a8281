"use client";

import { useRef, useState, type ReactNode } from "react";
import { useRealtimeEvent } from "@/components/realtime/realtime-provider";
import type { RealtimeEventType } from "@/lib/realtime/events";

/** The events after which a part of the "Now" column may read differently (and a reconnect, which may have missed some). */
export const NOW_EVENTS = [
  "live.show",
  "question.answered",
  "actionItem.created",
  "actionItem.updated",
  "challenge.updated",
  "pride.created",
] as const satisfies readonly RealtimeEventType[];

/**
 * Keeps the server-rendered "Now" column current without shipping its markup as JavaScript: on an event it asks the
 * server for a fresh render (`render`, a server action returning the panel) and swaps it in. Bursts coalesce into
 * one request, spread over a moment so that a company-wide event does not bring every open home page at once.
 */
export function NowLive({ initial, render }: { initial: ReactNode; render: () => Promise<ReactNode> }) {
  const [panel, setPanel] = useState(initial);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useRealtimeEvent(NOW_EVENTS, () => {
    if (timer.current) return;
    timer.current = setTimeout(
      () => {
        timer.current = null;
        render().then(
          (fresh) => fresh && setPanel(fresh),
          () => undefined, // offline or signed out: keep what is shown; the next event or visit tries again
        );
      },
      250 + Math.random() * 1000,
    );
  });
  return <>{panel}</>;
}
