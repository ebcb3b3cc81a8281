"use client";

import { Bell, BellOff } from "lucide-react";
import { useState } from "react";
import { setMuteAction } from "@/app/(app)/notifications/actions";
import { Button } from "@/components/ui/button";
import { useServerAction } from "@/components/ui/use-server-action";

const NOUN = { community: "community", post: "thread", question: "question" } as const;

/** Mute or unmute notifications about a community, a post thread or a question. */
export function MuteButton({
  subject,
  id,
  initialMuted,
}: {
  subject: "community" | "post" | "question";
  id: string;
  initialMuted: boolean;
}) {
  const [muted, setMuted] = useState(initialMuted);
  const { run, pending, error } = useServerAction(setMuteAction, { onSuccess: (data) => setMuted(data.muted) });
  return (
    <span className="inline-flex items-center gap-2">
      <Button
        type="button"
        size="sm"
        variant="ghost"
        aria-pressed={muted}
        disabled={pending}
        onClick={() => run(subject, id, !muted)}
        title={muted ? `You hear nothing about this ${NOUN[subject]}` : undefined}
      >
        {muted ? <BellOff className="size-4" aria-hidden="true" /> : <Bell className="size-4" aria-hidden="true" />}
        {muted ? `Unmute this ${NOUN[subject]}` : `Mute this ${NOUN[subject]}`}
      </Button>
      {error && (
        <span className="text-sm text-red-700" role="alert">
          {error}
        </span>
      )}
    </span>
  );
}
