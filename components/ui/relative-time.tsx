"use client";

import { useNow } from "@/components/ui/use-now";
import { formatDate, formatDistance } from "@/lib/format/dates";

/** "5 minutes ago" (or "in 2 days" for a moment ahead), with the exact moment on hover and for assistive technology. */
export function RelativeTime({ iso, className }: { iso: string; className?: string }) {
  const now = useNow();
  const date = new Date(iso);
  const age = now - date.getTime();
  const label =
    now === 0 || Math.abs(age) > 6 * 86_400_000
      ? formatDate(date, "day")
      : age < -45_000
        ? `in ${formatDistance(date, now)}`
        : age < 45_000
          ? "just now"
          : `${formatDistance(date, now)} ago`;
  return (
    <time dateTime={iso} title={formatDate(date, "full")} className={className}>
      {label}
    </time>
  );
}
