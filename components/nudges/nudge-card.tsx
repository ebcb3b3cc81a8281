"use client";

import { BellOff, Clock, Lightbulb } from "lucide-react";
import { useState } from "react";
import { dismissNudgeAction, followNudgeAction } from "@/app/(app)/notifications/actions";
import { Avatar } from "@/components/ui/avatar";
import { Button } from "@/components/ui/button";
import { useServerAction } from "@/components/ui/use-server-action";
import type { NudgeView } from "@/lib/nudges/list-nudges";

/** One nudge: what to do and why, the one-click action, and "later" / "don't remind me". */
export function NudgeCard({ nudge }: { nudge: NudgeView }) {
  const [gone, setGone] = useState<null | "snooze" | "stop">(null);
  const { run, pending, error } = useServerAction(dismissNudgeAction, {
    onSuccess: (_data, _id, action) => setGone(action),
  });
  if (gone) {
    return (
      <li className="rounded-xl bg-stone-50 px-4 py-3 text-sm text-stone-600 ring-1 ring-stone-200" role="status">
        {gone === "snooze" ? "Snoozed for a week." : "Got it: no more reminders about this."}
      </li>
    );
  }
  return (
    <li className="rounded-xl bg-white p-4 ring-1 ring-amber-200">
      <div className="flex gap-3">
        {nudge.subject ? (
          <Avatar name={nudge.subject.name} src={nudge.subject.avatarUrl} size="sm" />
        ) : (
          <span className="inline-flex size-8 shrink-0 items-center justify-center rounded-full bg-amber-100 text-amber-800">
            <Lightbulb className="size-4" aria-hidden="true" />
          </span>
        )}
        <div className="min-w-0 flex-1">
          <p className="text-sm text-stone-800">{nudge.text}</p>
          <div className="mt-3 flex flex-wrap items-center gap-2">
            <form action={followNudgeAction}>
              <input type="hidden" name="nudgeId" value={nudge.id} />
              <Button type="submit" size="sm">
                {nudge.actionLabel}
              </Button>
            </form>
            <Button
              type="button"
              size="sm"
              variant="ghost"
              disabled={pending}
              onClick={() => run(nudge.id, "snooze")}
              aria-label={`Remind me next week: ${nudge.text}`}
            >
              <Clock className="size-4" aria-hidden="true" /> Later
            </Button>
            <Button
              type="button"
              size="sm"
              variant="ghost"
              disabled={pending}
              onClick={() => run(nudge.id, "stop")}
              aria-label={`Don't remind me: ${nudge.text}`}
            >
              <BellOff className="size-4" aria-hidden="true" /> Don&apos;t remind me
            </Button>
          </div>
          {error && (
            <p className="mt-2 text-sm text-red-700" role="alert">
              {error}
            </p>
          )}
        </div>
      </div>
    </li>
  );
}
