"use client";

import { useRouter } from "next/navigation";
import { closeChallengeNowAction } from "@/app/(app)/challenges/actions";
import { Button } from "@/components/ui/button";
import { useServerAction } from "@/components/ui/use-server-action";

export function CloseChallengeButton({ challengeId }: { challengeId: string }) {
  const router = useRouter();
  const { run, pending, error } = useServerAction(closeChallengeNowAction, { onSuccess: () => router.refresh() });
  return (
    <div className="flex flex-col items-end gap-1">
      <Button
        variant="secondary"
        size="sm"
        disabled={pending}
        onClick={() => {
          if (!window.confirm("End voting now and announce the winners? This cannot be undone.")) return;
          run(challengeId);
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
