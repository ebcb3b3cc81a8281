"use client";

import { Pencil, Radio, Square, XCircle } from "lucide-react";
import { useRouter } from "next/navigation";
import { cancelShowAction, endShowAction, goLiveAction } from "@/app/(app)/events/actions";
import { Button, ButtonLink } from "@/components/ui/button";
import { callAction, useServerAction } from "@/components/ui/use-server-action";
import type { LiveShowStatus } from "@/lib/generated/prisma/enums";

/** What the host (or whoever runs the show) can do now: go live, end, edit or cancel. */
export function HostControls({ showId, slug, status }: { showId: string; slug: string; status: LiveShowStatus }) {
  const router = useRouter();
  // Refused or not, the page reloads: the show may have moved on in the meantime.
  const action = useServerAction(callAction, { onSuccess: () => router.refresh(), onError: () => router.refresh() });
  const { pending, error } = action;
  const run = (work: Parameters<typeof callAction>[0], confirmText?: string) => {
    if (confirmText && !window.confirm(confirmText)) return;
    action.run(work);
  };

  if (status !== "SCHEDULED" && status !== "LIVE") return null;
  return (
    <div className="flex flex-wrap items-center gap-2" role="group" aria-label="Host controls">
      {status === "SCHEDULED" && (
        <Button
          onClick={() => run(() => goLiveAction(showId))}
          disabled={pending}
          className="bg-red-600 hover:bg-red-700"
        >
          <Radio className="size-4" aria-hidden="true" /> Go live
        </Button>
      )}
      {status === "LIVE" && (
        <Button
          variant="danger"
          onClick={() =>
            run(
              () => endShowAction(showId),
              "End the show for everyone? Comments close and the page becomes the replay.",
            )
          }
          disabled={pending}
        >
          <Square className="size-4" aria-hidden="true" /> End show
        </Button>
      )}
      <ButtonLink href={`/events/${slug}/edit`} variant="secondary">
        <Pencil className="size-4" aria-hidden="true" /> Edit
      </ButtonLink>
      {status === "SCHEDULED" && (
        <Button
          variant="ghost"
          onClick={() => run(() => cancelShowAction(showId), "Cancel this show? Everyone sees it as cancelled.")}
          disabled={pending}
        >
          <XCircle className="size-4" aria-hidden="true" /> Cancel show
        </Button>
      )}
      {error && (
        <p role="alert" className="w-full text-sm text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}
