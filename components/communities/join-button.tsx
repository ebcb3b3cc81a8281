"use client";

import { useRouter } from "next/navigation";
import { joinCommunityAction, leaveCommunityAction } from "@/app/(app)/communities/actions";
import { Button } from "@/components/ui/button";
import type { CommunityRole, CommunityVisibility } from "@/lib/generated/prisma/enums";
import { callAction, useServerAction } from "@/components/ui/use-server-action";

/**
 * Join a public community (or one you were invited to), ask to join a private one, or leave. The server
 * decides which it is; the page then re-renders through the same checked reads.
 */
export function JoinButton({
  community,
  size = "md",
}: {
  community: {
    id: string;
    name: string;
    visibility: CommunityVisibility;
    myRole: CommunityRole | null;
    hasPendingRequest: boolean;
    hasInvitation?: boolean;
  };
  size?: "sm" | "md";
}) {
  const router = useRouter();
  const { run, pending, error } = useServerAction(callAction, { onSuccess: () => router.refresh() });

  let button: React.ReactNode;
  if (community.myRole) {
    button = (
      <Button
        size={size}
        variant="secondary"
        disabled={pending}
        onClick={() => window.confirm(`Leave ${community.name}?`) && run(() => leaveCommunityAction(community.id))}
      >
        {pending ? "Leaving…" : "Leave"}
      </Button>
    );
  } else if (community.hasPendingRequest) {
    button = (
      <Button size={size} variant="secondary" disabled>
        Request sent
      </Button>
    );
  } else {
    const asks = community.visibility === "PRIVATE" && !community.hasInvitation;
    const label = community.hasInvitation ? "Accept invitation" : asks ? "Ask to join" : "Join";
    button = (
      <Button
        size={size}
        disabled={pending}
        onClick={() => run(() => joinCommunityAction(community.id))}
        aria-label={`${label}: ${community.name}`}
      >
        {pending ? "…" : label}
      </Button>
    );
  }
  return (
    <div className="flex flex-col items-end gap-1">
      {button}
      {error && (
        <p role="alert" className="max-w-56 text-right text-xs text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}
