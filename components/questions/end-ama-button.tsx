"use client";

import { useRouter } from "next/navigation";
import { endAmaSessionAction } from "@/app/(app)/ask/actions";
import { Button } from "@/components/ui/button";
import { useServerAction } from "@/components/ui/use-server-action";

/** The host ends the AMA early (or cancels one that has not started). */
export function EndAmaButton({ amaSessionId, upcoming }: { amaSessionId: string; upcoming: boolean }) {
  const router = useRouter();
  const { run, pending, error } = useServerAction(endAmaSessionAction, { onSuccess: () => router.refresh() });
  return (
    <div className="flex flex-col items-start gap-1">
      <Button
        variant="secondary"
        size="sm"
        disabled={pending}
        onClick={() => {
          if (
            !window.confirm(
              upcoming
                ? "Cancel this AMA? It will not take questions."
                : "End this AMA now? It stops taking questions; what was asked stays.",
            )
          )
            return;
          run(amaSessionId);
        }}
      >
        {upcoming ? "Cancel AMA" : "End AMA now"}
      </Button>
      {error && (
        <span role="alert" className="text-xs text-red-700">
          {error}
        </span>
      )}
    </div>
  );
}
