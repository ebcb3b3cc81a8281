"use client";

import { CalendarCheck, CalendarPlus } from "lucide-react";
import { useState } from "react";
import { setRsvpAction } from "@/app/(app)/events/actions";
import { Button } from "@/components/ui/button";
import { useServerAction } from "@/components/ui/use-server-action";

/** "I'll be there": a toggle with the stored count from the server's answer (exact, not guessed). */
export function RsvpButton({ showId, isGoing, rsvpCount }: { showId: string; isGoing: boolean; rsvpCount: number }) {
  const [state, setState] = useState({ going: isGoing, count: rsvpCount });
  const { run, pending, error } = useServerAction(setRsvpAction, {
    onSuccess: (data) => setState({ going: data.going, count: data.rsvpCount }),
  });

  return (
    <div className="flex flex-wrap items-center gap-3">
      <Button
        variant={state.going ? "secondary" : "primary"}
        aria-pressed={state.going}
        disabled={pending}
        onClick={() => run(showId, !state.going)}
      >
        {state.going ? (
          <CalendarCheck className="size-4" aria-hidden="true" />
        ) : (
          <CalendarPlus className="size-4" aria-hidden="true" />
        )}
        {state.going ? "You are going" : "RSVP"}
      </Button>
      <span className="text-sm text-stone-700" data-testid="rsvp-count">
        {state.count} {state.count === 1 ? "person" : "people"} going
      </span>
      {state.going && <span className="text-xs text-stone-600">We will remind you 15 minutes before it starts.</span>}
      {error && (
        <p role="alert" className="w-full text-sm text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}
