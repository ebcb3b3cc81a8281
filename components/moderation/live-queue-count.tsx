"use client";

import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { countOpenReportsAction } from "@/app/(app)/moderation/actions";
import { useRealtimeEvent } from "@/components/realtime/realtime-provider";
import { Badge } from "@/components/ui/card";

/**
 * The open-report count of this queue, kept live: a report filed or worked anywhere in the viewer's
 * queue bumps it (the event carries ids only; the count is refetched through the checked read), and the
 * list re-renders on the server shortly after.
 */
export function LiveQueueCount({ scope, initial }: { scope: "communities" | "all"; initial: number }) {
  const router = useRouter();
  const [count, setCount] = useState(initial);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useRealtimeEvent(["report.changed"], () => {
    void countOpenReportsAction(scope).then((result) => result.ok && setCount(result.data.count));
    if (timer.current) return;
    timer.current = setTimeout(() => {
      timer.current = null;
      router.refresh();
    }, 300);
  });
  return (
    <Badge
      className={
        count > 0 ? "bg-ember-100 px-3 py-1 text-sm text-ember-900" : "bg-stone-100 px-3 py-1 text-sm text-stone-700"
      }
    >
      <span aria-live="polite" data-testid="open-report-count">
        {count} open {count === 1 ? "report" : "reports"}
      </span>
    </Badge>
  );
}
