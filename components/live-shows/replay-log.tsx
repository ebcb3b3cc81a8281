"use client";

import { useRouter } from "next/navigation";
import { CommentItems } from "@/components/live-shows/comment-tools";
import type { LiveCommentView } from "@/lib/live-shows/comment-view";

/** The saved comment log of an ended show, in order, with times from the start and highlights marked. */
export function ReplayLog({
  comments,
  startedAt,
  meId,
  canManage,
  canThank,
}: {
  comments: LiveCommentView[];
  startedAt: string | null;
  meId: string;
  canManage: boolean;
  canThank: boolean;
}) {
  const router = useRouter();
  return (
    <section aria-labelledby="replay-log" className="rounded-2xl bg-white p-4 shadow-sm ring-1 ring-stone-200 sm:p-5">
      <h2 id="replay-log" className="text-base font-semibold text-stone-900">
        Comment log <span className="text-sm font-normal text-stone-600">({comments.length})</span>
      </h2>
      <p className="mt-0.5 text-xs text-stone-600">
        What people said while the show was live; times count from the start.
      </p>
      {comments.length === 0 ? (
        <p className="mt-4 text-sm text-stone-600">Nobody commented during this show.</p>
      ) : (
        // relative: keeps the screen-reader-only labels inside the scrolling box instead of stretching the page.
        <ol data-testid="live-comments" className="relative mt-3 max-h-[40rem] space-y-0.5 overflow-y-auto">
          <CommentItems
            comments={comments}
            startedAt={startedAt}
            meId={meId}
            canManage={canManage}
            canThank={canThank}
            onChanged={() => router.refresh()}
          />
        </ol>
      )}
    </section>
  );
}
