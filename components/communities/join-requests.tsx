"use client";

import { Inbox } from "lucide-react";
import { useRouter } from "next/navigation";
import { decideJoinRequestAction } from "@/app/(app)/communities/actions";
import { Avatar } from "@/components/ui/avatar";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/card";
import { RelativeTime } from "@/components/ui/relative-time";
import type { JoinRequestView } from "@/lib/communities/list-join-requests";
import { useServerAction } from "@/components/ui/use-server-action";

/** Pending join requests for the community's moderators: approve or decline each. */
export function JoinRequests({ requests }: { requests: JoinRequestView[] }) {
  const router = useRouter();
  const {
    run: decide,
    pending,
    error,
  } = useServerAction(decideJoinRequestAction, { onSuccess: () => router.refresh() });
  if (requests.length === 0) {
    return (
      <EmptyState icon={<Inbox className="size-8" aria-hidden="true" />} title="No requests waiting">
        When someone asks to join, they show up here and moderators are notified.
      </EmptyState>
    );
  }
  return (
    <div className="space-y-3">
      {error && (
        <p role="alert" className="text-sm text-red-700">
          {error}
        </p>
      )}
      <ul
        aria-label="Join requests"
        className="divide-y divide-stone-100 overflow-hidden rounded-2xl bg-white shadow-sm ring-1 ring-stone-200"
      >
        {requests.map((request) => (
          <li key={request.id} className="flex flex-wrap items-center gap-3 px-4 py-3">
            <Avatar name={request.person.name} src={request.person.avatarUrl} size="sm" />
            <div className="min-w-0 flex-1">
              <p className="text-sm font-medium text-stone-900">
                {request.person.name}{" "}
                <span className="font-normal text-stone-600">
                  · <RelativeTime iso={request.createdAt} />
                </span>
              </p>
              <p className="truncate text-xs text-stone-600">{request.person.title}</p>
              {request.message && <p className="mt-1 text-sm text-stone-800">“{request.message}”</p>}
            </div>
            <div className="flex gap-2">
              <Button
                size="sm"
                disabled={pending}
                onClick={() => decide(request.id, true)}
                aria-label={`Approve ${request.person.name}`}
              >
                Approve
              </Button>
              <Button
                size="sm"
                variant="secondary"
                disabled={pending}
                onClick={() => decide(request.id, false)}
                aria-label={`Decline ${request.person.name}`}
              >
                Decline
              </Button>
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}
