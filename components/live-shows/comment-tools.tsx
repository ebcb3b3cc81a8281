"use client";

import { HeartHandshake, Star } from "lucide-react";
import { highlightLiveCommentAction, thankLiveCommenterAction } from "@/app/(app)/events/actions";
import { CommentItem } from "@/components/live-shows/comment-item";
import type { LiveCommentView } from "@/lib/live-shows/comment-view";
import { callAction, useServerAction } from "@/components/ui/use-server-action";

/** The host's buttons under a comment: put it in the spotlight, and thank the person who wrote it. */
export function CommentTools({
  comment,
  meId,
  canManage,
  canThank,
  onChanged,
}: {
  comment: LiveCommentView;
  meId: string;
  canManage: boolean;
  canThank: boolean;
  onChanged: (id: string) => void;
}) {
  const { run, pending, error } = useServerAction(callAction, { onSuccess: () => onChanged(comment.id) });
  const thanked = comment.thankedBy.some((thanker) => thanker.id === meId);
  const mayThank = canThank && comment.author.id !== meId && !thanked;
  if (!canManage && !mayThank) return null;

  const tool =
    "inline-flex items-center gap-1 rounded-md px-1.5 py-0.5 text-xs font-medium text-stone-600 hover:bg-stone-200/70 hover:text-stone-900 focus-visible:outline-2 focus-visible:outline-ember-600 disabled:opacity-60";
  return (
    <div className="mt-1 flex flex-wrap items-center gap-1">
      {canManage && (
        <button
          type="button"
          className={tool}
          disabled={pending}
          onClick={() => run(() => highlightLiveCommentAction(comment.id, !comment.highlighted))}
        >
          <Star className="size-3.5" aria-hidden="true" /> {comment.highlighted ? "Unhighlight" : "Highlight"}
          <span className="sr-only"> the comment by {comment.author.name}</span>
        </button>
      )}
      {mayThank && (
        <button
          type="button"
          className={tool}
          disabled={pending}
          onClick={() => run(() => thankLiveCommenterAction(comment.id))}
        >
          <HeartHandshake className="size-3.5" aria-hidden="true" /> Thank {comment.author.name.split(" ")[0]}
        </button>
      )}
      {error && (
        <span role="alert" className="text-xs text-red-700">
          {error}
        </span>
      )}
    </div>
  );
}

/** A show's comments, each with its tools (highlight, thank, remove): the live chat's and the replay's list items. */
export function CommentItems({
  comments,
  startedAt,
  onChanged,
  ...abilities
}: {
  comments: LiveCommentView[];
  startedAt: string | null;
  meId: string;
  canManage: boolean;
  canThank: boolean;
  onChanged: (commentId: string) => void;
}) {
  return comments.map((comment) => (
    <CommentItem
      key={comment.id}
      comment={comment}
      startedAt={startedAt}
      tools={<CommentTools comment={comment} {...abilities} onChanged={onChanged} />}
    />
  ));
}
