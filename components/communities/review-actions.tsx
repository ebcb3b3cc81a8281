"use client";

import { CalendarClock } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { reviewCommunityAction } from "@/app/(app)/communities/actions";
import { Button } from "@/components/ui/button";
import { useServerAction } from "@/components/ui/use-server-action";

/**
 * The owner's choice at the review date (and later, in settings): renew the purpose until a new date,
 * widen the community (drop the narrow purpose) or close it (archive: read-only). Archived ones reopen.
 */
export function ReviewActions({
  communityId,
  hasPurpose,
  isArchived,
  banner = false,
}: {
  communityId: string;
  hasPurpose: boolean;
  isArchived: boolean;
  banner?: boolean;
}) {
  const router = useRouter();
  const [reviewAt, setReviewAt] = useState("");
  const review = useServerAction(reviewCommunityAction, { onSuccess: () => router.refresh() });
  const pending = review.pending;
  const error = review.fieldErrors.reviewAt ?? review.error;
  const decide = (decision: string, confirmText?: string) => {
    if (confirmText && !window.confirm(confirmText)) return;
    review.run(communityId, decision, reviewAt ? new Date(reviewAt).toISOString() : "");
  };
  if (isArchived) {
    return (
      <Button variant="secondary" disabled={pending} onClick={() => decide("reopen")}>
        Reopen the community
      </Button>
    );
  }
  return (
    <section
      aria-labelledby="review-heading"
      className={
        banner
          ? "rounded-2xl bg-amber-50 p-4 ring-1 ring-amber-300"
          : "rounded-2xl bg-white p-4 shadow-sm ring-1 ring-stone-200"
      }
    >
      <h2 id="review-heading" className="flex items-center gap-2 text-sm font-semibold text-stone-900">
        <CalendarClock className="size-4 text-amber-700" aria-hidden="true" />
        {banner ? "Time to review this community's purpose" : "Review the purpose"}
      </h2>
      <p className="mt-1 text-sm text-stone-700">
        Did it reach its goal? Renew it until a new date, widen the community to a broader topic, or close it (it stays
        readable).
      </p>
      <div className="mt-3 flex flex-wrap items-end gap-2">
        {hasPurpose && (
          <>
            <label className="text-sm text-stone-800">
              New review date
              <input
                type="date"
                value={reviewAt}
                onChange={(event) => setReviewAt(event.target.value)}
                className="mt-1 block rounded-lg border-0 px-2 py-1.5 text-sm ring-1 ring-inset ring-stone-300 focus:ring-2 focus:ring-ember-600"
              />
            </label>
            <Button size="sm" disabled={pending} onClick={() => decide("renew")}>
              Renew
            </Button>
            <Button
              size="sm"
              variant="secondary"
              disabled={pending}
              onClick={() => decide("widen", "Drop the narrow purpose and keep the community as a broader topic?")}
            >
              Widen
            </Button>
          </>
        )}
        <Button
          size="sm"
          variant="danger"
          disabled={pending}
          onClick={() => decide("close", "Close (archive) the community? Members can still read it, nobody can post.")}
        >
          Close
        </Button>
      </div>
      {error && (
        <p role="alert" className="mt-2 text-sm text-red-700">
          {error}
        </p>
      )}
    </section>
  );
}
