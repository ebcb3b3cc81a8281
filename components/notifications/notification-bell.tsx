"use client";

import { Bell } from "lucide-react";
import Link from "next/link";
import { useCallback, useState } from "react";
import { useRealtimeEvent } from "@/components/realtime/realtime-provider";

/** The bell's unread count, kept current by the user's own realtime room. */
export function NotificationBell({ initialCount }: { initialCount: number }) {
  const [count, setCount] = useState(initialCount);
  const refresh = useCallback(async () => {
    const response = await fetch("/api/notifications/unread", { cache: "no-store" });
    if (response.ok) setCount(((await response.json()) as { count: number }).count);
  }, []);
  useRealtimeEvent(["notification.created", "notification.read"], () => void refresh());
  const label = count > 0 ? `Notifications, ${count} unread` : "Notifications";
  return (
    <Link
      href="/notifications"
      aria-label={label}
      title={label}
      className="relative rounded-lg p-2 text-stone-700 hover:bg-stone-200/70"
    >
      <Bell className="size-5" aria-hidden="true" />
      {count > 0 && (
        <span
          data-testid="unread-count"
          className="absolute right-0.5 top-0.5 inline-flex min-w-4.5 items-center justify-center rounded-full bg-ember-700 px-1 text-[0.65rem] font-semibold leading-4.5 text-white"
        >
          {count > 99 ? "99+" : count}
        </span>
      )}
    </Link>
  );
}
