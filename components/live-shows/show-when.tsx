"use client";

import clsx from "clsx";
import { useNow } from "@/components/ui/use-now";
import { formatDate, formatRelative } from "@/lib/format/dates";
import type { LiveShowStatus } from "@/lib/generated/prisma/enums";

const STATUS = {
  LIVE: { label: "Live now", className: "bg-red-600 text-white" },
  SCHEDULED: { label: "Upcoming", className: "bg-sky-100 text-sky-900" },
  ENDED: { label: "Replay", className: "bg-stone-200 text-stone-800" },
  CANCELLED: { label: "Cancelled", className: "bg-amber-100 text-amber-900" },
} as const satisfies Record<LiveShowStatus, unknown>;

export function ShowStatusBadge({ status }: { status: LiveShowStatus }) {
  return (
    <span
      data-testid="show-status"
      className={clsx(
        "inline-flex items-center gap-1 rounded-full px-2 py-0.5 text-xs font-semibold",
        STATUS[status].className,
      )}
    >
      {status === "LIVE" && <span className="size-1.5 animate-pulse rounded-full bg-white" aria-hidden="true" />}
      {STATUS[status].label}
    </span>
  );
}

/**
 * "Fri 27 Nov 2026, 16:00 · in 3 days · 45 min". The server renders the date; the browser adds relative time.
 */
export function ShowWhen({
  startsAt,
  durationMin,
  status,
  className,
}: {
  startsAt: string;
  durationMin: number;
  status: LiveShowStatus;
  className?: string;
}) {
  const now = useNow();
  const at = formatDate(startsAt, "weekdayDayTime");
  const relative = now !== 0 && status === "SCHEDULED" ? formatRelative(startsAt, now) : null;
  return (
    <span className={clsx("text-sm text-stone-600", className)}>
      <time dateTime={startsAt}>{at}</time>
      {relative && <> · {relative}</>} · {durationMin} min
    </span>
  );
}
