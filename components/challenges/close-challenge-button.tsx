"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { closeChallengeNowAction } from "@/app/(app)/challenges/actions";
import { Button } from "@/components/ui/button";

export function CloseChallengeButton({ challengeId }: { challengeId: string }) {
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const router = useRouter();
  return (
    <div className="flex flex-col items-end gap-1">
      <Button
        variant="secondary"
        size="sm"
        disabled={pending}
        onClick={() => {
          if (!window.confirm("End voting now and announce the winners? This cannot be undone.")) return;
          startTransition(async () => {
            const result = await closeChallengeNowAction(challengeId);
            setError(result.ok ? null : result.error);
            if (result.ok) router.refresh();
          });
        }}
      >
        {pending ? "Closing…" : "End voting now"}
      </Button>
      {error && (
        <p role="alert" className="text-sm text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}
