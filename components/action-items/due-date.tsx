"use client";

import clsx from "clsx";
import { CalendarClock } from "lucide-react";
import { useSyncExternalStore } from "react";
import { formatDueDay, formatDueShort, relativeDue } from "@/lib/action-items/format-due";

// The day counts change at most daily: a clock that ticks every ten minutes is plenty. The server
// (and hydration) render the exact day only; the browser adds "in 5 days" after mounting.
const subscribe = (onTick: () => void) => {
  const timer = setInterval(onTick, 600_000);
  return () => clearInterval(timer);
};
const clientNow = () => Math.floor(Date.now() / 600_000) * 600_000;
const serverNow = () => 0;

/** "Fri 12 Dec 2026 · due in 5 days" ("12 Dec · due in 5 days" when compact), red when overdue. Finished items show the day only. */
export function DueDate({
  iso,
  isOverdue,
  finished,
  compact,
  className,
}: {
  iso: string | null;
  isOverdue: boolean;
  finished?: boolean;
  compact?: boolean;
  className?: string;
}) {
  const now = useSyncExternalStore(subscribe, clientNow, serverNow);
  if (!iso) return <span className={clsx("text-stone-500", className)}>No due date</span>;
  const relative = now === 0 || finished ? null : relativeDue(iso, now);
  return (
    <span
      className={clsx(
        "inline-flex items-start gap-1",
        isOverdue ? "font-medium text-red-700" : "text-stone-700",
        className,
      )}
    >
      <CalendarClock className={clsx("shrink-0", compact ? "mt-px size-3.5" : "mt-0.5 size-4")} aria-hidden="true" />
      <span>
        <time dateTime={iso.slice(0, 10)}>
          {compact ? `Due ${formatDueShort(iso)}` : formatDueDay(iso, { weekday: true })}
        </time>
        {relative && ` · ${relative}`}
      </span>
    </span>
  );
}
