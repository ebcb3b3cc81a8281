"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { endAmaSessionAction } from "@/app/(app)/ask/actions";
import { Button } from "@/components/ui/button";

/** The host ends the AMA early (or cancels one that has not started). */
export function EndAmaButton({ amaSessionId, upcoming }: { amaSessionId: string; upcoming: boolean }) {
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const router = useRouter();
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
          startTransition(async () => {
            const result = await endAmaSessionAction(amaSessionId);
            if (!result.ok) return setError(result.error);
            router.refresh();
          });
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
