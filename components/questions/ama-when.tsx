"use client";

import clsx from "clsx";
import { useNow } from "@/components/ui/use-now";
import { formatDate, formatRelative } from "@/lib/format/dates";
import type { AmaPhase } from "@/lib/ama/ama-window";

/**
 * "Live now · ends in 2 days" / "Starts in 3 hours" / "Ended 12 Dec". The server renders the date; the
 * browser switches to relative time.
 */
export function AmaWhen({
  phase,
  startsAt,
  endsAt,
  className,
}: {
  phase: AmaPhase;
  startsAt: string;
  endsAt: string;
  className?: string;
}) {
  const now = useNow();
  const at = (iso: string) => formatDate(iso, "weekdayTime");
  const relative = (iso: string) => (now === 0 ? at(iso) : formatRelative(iso, now));
  return (
    <span className={clsx("flex flex-wrap items-center gap-1.5 text-xs", className)}>
      {phase === "open" && (
        <>
          <span className="inline-flex items-center gap-1 rounded-full bg-emerald-100 px-2 py-0.5 font-medium text-emerald-900">
            <span className="size-1.5 rounded-full bg-emerald-600" aria-hidden="true" /> Live now
          </span>
          <span className="text-stone-600">ends {relative(endsAt)}</span>
        </>
      )}
      {phase === "upcoming" && (
        <>
          <span className="rounded-full bg-sky-100 px-2 py-0.5 font-medium text-sky-900">Upcoming</span>
          <span className="text-stone-600">
            starts {relative(startsAt)} ({at(startsAt)})
          </span>
        </>
      )}
      {phase === "ended" && (
        <>
          <span className="rounded-full bg-stone-200 px-2 py-0.5 font-medium text-stone-800">Ended</span>
          <span className="text-stone-600">{at(endsAt)}</span>
        </>
      )}
    </span>
  );
}
