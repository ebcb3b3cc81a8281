"use client";

import { MessageCircle, MoreHorizontal } from "lucide-react";
import Link from "next/link";
import { lazy, Suspense, useCallback, useRef, useState } from "react";
import { createCommentAction, deleteCommentAction } from "@/app/(app)/posts/actions";
import { ActionItemChips } from "@/components/action-items/action-item-chips";
import { useSourceActionItems } from "@/components/action-items/use-source-action-items";
import { AppreciateButton } from "@/components/appreciations/appreciate-button";
import { AppreciationList } from "@/components/appreciations/appreciation-list";
import { RichText } from "@/components/content/rich-text";
import { MentionTextarea } from "@/components/feed/mention-textarea";
import { ContentModerationDialogs, ModerationMenuItems } from "@/components/moderation/content-moderation-dialogs";
import { useRealtimeEvent } from "@/components/realtime/realtime-provider";
import { Avatar } from "@/components/ui/avatar";
import { Button } from "@/components/ui/button";
import { ReturnFocusTo } from "@/components/ui/return-focus";
import { Menu, MenuItem } from "@/components/ui/menu";
import { RelativeTime } from "@/components/ui/relative-time";
import { callAction, useServerAction } from "@/components/ui/use-server-action";
import type { ActionItemChip } from "@/lib/action-items/action-item-chip";
import type { CommentView } from "@/lib/comments/comment-view";

// Loaded when a leader opens it (React.lazy): readers of the feed never download it.
const AssignActionItemDialog = lazy(() =>
  import("@/components/action-items/assign-action-item-dialog").then((m) => ({ default: m.AssignActionItemDialog })),
);

// Action items assigned from the thread's comments, and whether the viewer may assign more.
type ThreadActions = { items: ActionItemChip[]; canAssign: boolean; onAssigned: () => void };

function CommentForm({
  postId,
  parentId,
  label,
  onDone,
  autoFocus,
}: {
  postId: string;
  parentId: string | null;
  label: string;
  onDone: () => void;
  autoFocus?: boolean;
}) {
  const [body, setBody] = useState("");
  const { run, pending, ...action } = useServerAction(createCommentAction, {
    onSuccess: () => (setBody(""), onDone()),
  });
  const error = action.error && (action.fieldErrors.body ?? action.error);
  const id = `comment-${parentId ?? "new"}-${postId}`;
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        run(postId, parentId, body);
      }}
      className="space-y-2"
      noValidate
    >
      <label htmlFor={id} className="sr-only">
        {label}
      </label>
      <MentionTextarea
        id={id}
        value={body}
        onValueChange={setBody}
        rows={2}
        autoFocus={autoFocus}
        placeholder={label}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        className="block w-full rounded-lg border-0 px-3 py-2 text-sm ring-1 ring-inset ring-stone-300 placeholder:text-stone-400 focus:ring-2 focus:ring-ember-600 focus:outline-none"
      />
      {error && (
        <p id={`${id}-error`} role="alert" className="text-sm text-red-700">
          {error}
        </p>
      )}
      <Button type="submit" size="sm" disabled={pending || body.trim().length === 0}>
        {pending ? "Sending…" : parentId ? "Reply" : "Comment"}
      </Button>
    </form>
  );
}

function CommentItem({
  comment,
  postId,
  onChange,
  isReply,
  actions,
}: {
  comment: CommentView;
  postId: string;
  onChange: () => void;
  isReply?: boolean;
  actions: ThreadActions;
}) {
  const [replying, setReplying] = useState(false);
  const [assigning, setAssigning] = useState(false);
  const [moderating, setModerating] = useState<"report" | "remove" | null>(null);
  const optionsButton = useRef<HTMLButtonElement>(null);
  // One refusal line for the comment: deleting it, and what the appreciation reports (`fail`).
  const { run, error, fail, reset } = useServerAction(callAction, { onSuccess: onChange });
  return (
    <li id={`comment-${comment.id}`} className="scroll-mt-24">
      <div className="flex gap-3">
        <Avatar name={comment.author.name} src={comment.author.avatarUrl} size="sm" />
        <div className="min-w-0 flex-1">
          <div className="rounded-2xl bg-stone-50 px-3 py-2 ring-1 ring-stone-200">
            <p className="text-sm">
              <Link href={`/people/${comment.author.handle}`} className="font-semibold text-stone-900 hover:underline">
                {comment.author.name}
              </Link>{" "}
              <span className="text-xs text-stone-500">
                · <RelativeTime iso={comment.createdAt} />
              </span>
            </p>
            <RichText html={comment.bodyHtml} className="mt-0.5 text-sm" />
          </div>
          <AppreciationList appreciations={comment.appreciations} compact className="mt-1.5" />
          <div className="mt-1 flex flex-wrap gap-3 px-2 text-xs font-medium text-stone-600">
            <button type="button" onClick={() => setReplying((value) => !value)} className="hover:text-stone-900">
              Reply
            </button>
            {comment.canAppreciate && (
              <AppreciateButton
                target={{ commentId: comment.id }}
                appreciated={comment.appreciatedByMe}
                onChanged={() => (reset(), onChange())}
                onError={fail}
                small
              />
            )}
            {/* Delete or Report is always there, so the menu always has an item. */}
            <Menu
              label="Comment options"
              trigger={<MoreHorizontal className="size-4" aria-hidden="true" />}
              triggerClassName="-my-0.5 rounded p-0.5 hover:bg-stone-100 hover:text-stone-900"
              triggerRef={optionsButton}
            >
              {actions.canAssign && (
                <MenuItem opensDialog onSelect={() => setAssigning(true)}>
                  Assign an action item
                </MenuItem>
              )}
              {comment.canDelete && (
                <MenuItem
                  danger
                  onSelect={() => window.confirm("Delete this comment?") && run(() => deleteCommentAction(comment.id))}
                >
                  Delete
                </MenuItem>
              )}
              <ModerationMenuItems
                canReport={!comment.canDelete}
                canRemove={comment.canModerate}
                onOpen={setModerating}
              />
            </Menu>
          </div>
          <ReturnFocusTo to={optionsButton}>
            <ContentModerationDialogs
              open={moderating}
              onClose={() => setModerating(null)}
              target="COMMENT"
              targetId={comment.id}
              what={`${comment.author.name}'s comment`}
              onRemoved={onChange}
            />
            {assigning && (
              <Suspense fallback={null}>
                <AssignActionItemDialog
                  open
                  onClose={() => setAssigning(false)}
                  source={{ commentId: comment.id }}
                  sourceLabel={`${comment.author.name}'s comment`}
                  onAssigned={actions.onAssigned}
                />
              </Suspense>
            )}
          </ReturnFocusTo>
          {error && (
            <p role="alert" className="mt-1 px-2 text-xs text-red-700">
              {error}
            </p>
          )}
          <ActionItemChips items={actions.items.filter((item) => item.commentId === comment.id)} className="mt-2" />
          {replying && (
            <div className="mt-2">
              <CommentForm
                postId={postId}
                parentId={comment.id}
                label={`Reply to ${comment.author.name}`}
                onDone={() => (setReplying(false), onChange())}
                autoFocus
              />
            </div>
          )}
          {!isReply && comment.replies.length > 0 && (
            <ul className="mt-3 space-y-3" aria-label={`Replies to ${comment.author.name}`}>
              {comment.replies.map((reply) => (
                <CommentItem
                  key={reply.id}
                  comment={reply}
                  postId={postId}
                  onChange={onChange}
                  isReply
                  actions={actions}
                />
              ))}
            </ul>
          )}
        </div>
      </div>
    </li>
  );
}

/** A post's conversation; new comments from anyone appear live. */
export function CommentsThread({ postId, initial }: { postId: string; initial: CommentView[] }) {
  const [comments, setComments] = useState(initial);
  const reload = useCallback(async () => {
    const response = await fetch(`/api/posts/${postId}/comments`, { cache: "no-store" });
    if (response.ok) setComments(((await response.json()) as { items: CommentView[] }).items);
  }, [postId]);
  useRealtimeEvent(["comment.created", "comment.deleted", "appreciation.changed"], (event) => {
    if (event.type === "resync" || event.postId === postId) void reload();
  });
  const commentIds = comments.flatMap((comment) => [comment.id, ...comment.replies.map((reply) => reply.id)]);
  const actionItems = useSourceActionItems({ commentsOfPostId: postId }, { watchIds: commentIds });
  const actions: ThreadActions = {
    items: actionItems.items,
    canAssign: actionItems.canAssign === true,
    onAssigned: () => void actionItems.reload(),
  };

  return (
    <section id="comments" aria-labelledby="comments-heading" className="mt-6 scroll-mt-20">
      <h2 id="comments-heading" className="mb-4 flex items-center gap-2 text-base font-semibold">
        <MessageCircle className="size-5 text-stone-500" aria-hidden="true" /> Comments
      </h2>
      <CommentForm postId={postId} parentId={null} label="Write a comment" onDone={() => void reload()} />
      {comments.length === 0 ? (
        <p className="mt-6 text-sm text-stone-500">No comments yet. Start the conversation.</p>
      ) : (
        <ul className="mt-6 space-y-4">
          {comments.map((comment) => (
            <CommentItem
              key={comment.id}
              comment={comment}
              postId={postId}
              onChange={() => void reload()}
              actions={actions}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
