"use client";

import { Hourglass, Timer } from "lucide-react";
import Link from "next/link";
import { useCallback, useRef, useState } from "react";
import { useRealtimeEvent } from "@/components/realtime/realtime-provider";
import { Avatar } from "@/components/ui/avatar";
import { Card } from "@/components/ui/card";
import { RelativeTime } from "@/components/ui/relative-time";
import type { LeadershipResponsiveness } from "@/lib/questions/find-leadership-responsiveness";
import { describeMedian, formatShare } from "@/lib/questions/format-responsiveness";

/**
 * Leadership responsiveness, in public: for every leader the median time to a first answer, the share
 * answered within 48 hours and how many questions are open; then the open questions waiting longest.
 * Refreshes live (a little behind the events, so a burst of votes costs one request).
 */
export function LeadershipPanel({ initial }: { initial: LeadershipResponsiveness }) {
  const [data, setData] = useState(initial);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const reload = useCallback(() => {
    if (timer.current) return;
    timer.current = setTimeout(async () => {
      timer.current = null;
      const response = await fetch("/api/questions/responsiveness", { cache: "no-store" }).catch(() => null);
      if (response?.ok) setData((await response.json()) as LeadershipResponsiveness);
    }, 1000);
  }, []);
  useRealtimeEvent(["question.created", "question.answered", "question.updated"], reload);

  return (
    <div className="space-y-4">
      <Card className="p-4! sm:p-5!">
        <h2 id="responsiveness-heading" className="flex items-center gap-2 font-semibold">
          <Timer className="size-5 text-ember-700" aria-hidden="true" /> How leadership answers
        </h2>
        <p className="mt-1 text-xs text-stone-600">
          Questions asked in the last 90 days: median time to a first answer, and the share answered within 48 hours.
        </p>
        {data.leaders.length === 0 ? (
          <p className="mt-3 text-sm text-stone-600">No leaders yet.</p>
        ) : (
          <ul
            aria-labelledby="responsiveness-heading"
            className="mt-3 divide-y divide-stone-100"
            data-testid="leadership-table"
          >
            {data.leaders.map(({ leader, figures }) => (
              <li key={leader.id} className="flex items-center gap-3 py-2.5">
                <Avatar name={leader.name} src={leader.avatarUrl} size="sm" />
                <div className="min-w-0 flex-1">
                  <Link
                    href={`/people/${leader.handle}`}
                    className="block truncate text-sm font-medium text-stone-900 hover:underline"
                  >
                    {leader.name}
                  </Link>
                  <p className="text-xs text-stone-600">
                    {describeMedian(figures.medianSeconds)}
                    {figures.within48hShare !== null && <> · {formatShare(figures.within48hShare)} within 48&nbsp;h</>}
                  </p>
                </div>
                <span
                  className={
                    figures.openCount > 0
                      ? "shrink-0 rounded-full bg-sky-100 px-2 py-0.5 text-xs font-medium text-sky-900"
                      : "shrink-0 rounded-full bg-stone-100 px-2 py-0.5 text-xs text-stone-600"
                  }
                >
                  {figures.openCount} open
                </span>
              </li>
            ))}
          </ul>
        )}
      </Card>
      <Card className="p-4! sm:p-5!">
        <h2 id="waiting-heading" className="flex items-center gap-2 font-semibold">
          <Hourglass className="size-5 text-ember-700" aria-hidden="true" /> Waiting longest
        </h2>
        {data.waiting.length === 0 ? (
          <p className="mt-2 text-sm text-stone-600">No open questions: every one has an answer.</p>
        ) : (
          <ol aria-labelledby="waiting-heading" className="mt-3 space-y-3">
            {data.waiting.map((question) => (
              <li key={question.id} className="text-sm">
                <Link href={`/ask/${question.id}`} className="font-medium text-stone-900 hover:underline">
                  {question.title}
                </Link>
                <p className="text-xs text-stone-600">
                  Asked <RelativeTime iso={question.createdAt} /> · to{" "}
                  {question.target ? question.target.name : "the leadership team"} · {question.voteCount}{" "}
                  {question.voteCount === 1 ? "vote" : "votes"}
                </p>
              </li>
            ))}
          </ol>
        )}
      </Card>
    </div>
  );
}
