"use client";

import clsx from "clsx";
import { Megaphone, MessageCircle, MoreHorizontal, Pin, Users } from "lucide-react";
import Link from "next/link";
import { lazy, Suspense, useRef, useState } from "react";
import { pinCommunityPostAction } from "@/app/(app)/communities/actions";
import { deletePostAction, updatePostAction } from "@/app/(app)/posts/actions";
import { ContentModerationDialogs, ModerationMenuItems } from "@/components/moderation/content-moderation-dialogs";
import { PostActionItems } from "@/components/action-items/post-action-items";
import { AppreciateButton } from "@/components/appreciations/appreciate-button";
import { AppreciationList } from "@/components/appreciations/appreciation-list";
import { RichText } from "@/components/content/rich-text";
import { PostVideo } from "@/components/feed/post-video";
import { ReactionBar } from "@/components/feed/reaction-bar";
import { PollCard } from "@/components/polls/poll-view";
import { PrideCredits, PrideRibbon } from "@/components/pride/pride-credits";
import { Avatar } from "@/components/ui/avatar";
import { Button } from "@/components/ui/button";
import { Badge } from "@/components/ui/card";
import { ReturnFocusTo } from "@/components/ui/return-focus";
import { Menu, MenuItem } from "@/components/ui/menu";
import { RelativeTime } from "@/components/ui/relative-time";
import { callAction, useServerAction } from "@/components/ui/use-server-action";
import type { PostView } from "@/lib/posts/post-view";
import { formatDate } from "@/lib/format/dates";

// Loaded when a leader opens it (React.lazy): readers of the feed never download it.
const AssignActionItemDialog = lazy(() =>
  import("@/components/action-items/assign-action-item-dialog").then((m) => ({ default: m.AssignActionItemDialog })),
);

/** `inCommunity`: shown in its community's own feed (pins show; `canPin` when the reader moderates it). */
export function PostCard({
  post,
  onChanged,
  headingLevel = 2,
  inCommunity,
}: {
  post: PostView;
  onChanged?: (postId: string) => void;
  headingLevel?: 2 | 3;
  inCommunity?: { canPin: boolean };
}) {
  const canPin = inCommunity?.canPin ?? false;
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(post.body ?? "");
  const optionsButton = useRef<HTMLButtonElement>(null);
  const [assigning, setAssigning] = useState(false);
  const [moderating, setModerating] = useState<"report" | "remove" | null>(null);
  // One refusal line for the card: its own actions, and what the reactions and appreciation report (`fail`).
  const { run, pending, fail, reset, ...action } = useServerAction(callAction, {
    onSuccess: () => onChanged?.(post.id),
  });
  const error = action.error && (action.fieldErrors.body ?? action.error);
  const isAnnouncement = post.kind === "ANNOUNCEMENT";
  const isPride = post.kind === "PRIDE";
  const Heading = headingLevel === 2 ? "h2" : "h3";

  function save() {
    run(async () => {
      const result = await updatePostAction(post.id, draft);
      if (result.ok) setEditing(false);
      return result;
    });
  }

  function togglePin() {
    run(() => pinCommunityPostAction(post.id, !post.communityPinnedAt));
  }

  function remove() {
    if (!window.confirm("Delete this post? Colleagues will no longer see it.")) return;
    run(() => deletePostAction(post.id));
  }

  return (
    <article
      aria-labelledby={`post-${post.id}-author`}
      data-testid="post-card"
      className={clsx(
        "rounded-2xl bg-white p-4 shadow-sm ring-1 sm:p-5",
        isAnnouncement
          ? "ring-2 ring-amber-300 bg-gradient-to-br from-amber-50 to-white"
          : isPride
            ? "ring-2 ring-ember-200 bg-gradient-to-br from-ember-50 via-amber-50/60 to-white"
            : "ring-stone-200",
      )}
    >
      {isPride && <PrideRibbon />}
      {isAnnouncement && (
        <p className="mb-3 flex items-center gap-2 text-xs font-semibold uppercase tracking-wide text-amber-800">
          <Megaphone className="size-4" aria-hidden="true" /> Announcement
          {post.pinnedUntil && new Date(post.pinnedUntil) > new Date() && (
            <Badge className="bg-amber-100 normal-case tracking-normal text-amber-900">
              <Pin className="mr-1 size-3" aria-hidden="true" /> Pinned
            </Badge>
          )}
        </p>
      )}
      {post.communityPinnedAt && inCommunity && (
        <p className="mb-3 flex items-center gap-2 text-xs font-semibold uppercase tracking-wide text-ember-800">
          <Pin className="size-4" aria-hidden="true" /> Pinned in {post.community?.name}
        </p>
      )}
      <header className="flex items-start gap-3">
        <Link href={`/people/${post.author.handle}`} tabIndex={-1} aria-hidden="true">
          <Avatar name={post.author.name} src={post.author.avatarUrl} />
        </Link>
        <div className="min-w-0 flex-1">
          <Heading id={`post-${post.id}-author`} className="text-sm font-semibold text-stone-900">
            <Link href={`/people/${post.author.handle}`} className="hover:underline">
              {post.author.name}
            </Link>
          </Heading>
          <p className="truncate text-xs text-stone-600">
            {post.author.title} ·{" "}
            <Link href={`/posts/${post.id}`} className="hover:underline">
              <RelativeTime iso={post.createdAt} />
            </Link>
            {post.editedAt && <span title={`Edited ${formatDate(post.editedAt, "numericDateTime")}`}> · edited</span>}
          </p>
          {post.community && !inCommunity && (
            <p className="mt-0.5 flex items-center gap-1 text-xs text-stone-600">
              <Users className="size-3.5 shrink-0" aria-hidden="true" />
              <span className="sr-only">Posted in</span>
              <Link
                href={`/communities/${post.community.slug}`}
                className="truncate font-medium text-ember-800 hover:underline"
              >
                {post.community.name}
              </Link>
            </p>
          )}
        </div>
        <Menu
          label="Post options"
          trigger={<MoreHorizontal className="size-5" aria-hidden="true" />}
          triggerClassName="rounded-lg p-1.5 text-stone-500 hover:bg-stone-100"
          triggerRef={optionsButton}
        >
          {post.canEdit && <MenuItem onSelect={() => setEditing(true)}>Edit</MenuItem>}
          {post.canAssignActionItems && (
            <MenuItem opensDialog onSelect={() => setAssigning(true)}>
              Assign an action item
            </MenuItem>
          )}
          {canPin && (
            <MenuItem onSelect={togglePin}>
              {post.communityPinnedAt ? "Unpin from community" : "Pin in community"}
            </MenuItem>
          )}
          {post.canDelete && (
            <MenuItem danger onSelect={remove}>
              Delete
            </MenuItem>
          )}
          <ModerationMenuItems canReport={!post.canEdit} canRemove={post.canModerate} onOpen={setModerating} />
        </Menu>
      </header>

      <div className="mt-3">
        {editing ? (
          <div className="space-y-2">
            <label htmlFor={`edit-${post.id}`} className="sr-only">
              Edit post
            </label>
            <textarea
              id={`edit-${post.id}`}
              value={draft}
              onChange={(event) => setDraft(event.target.value)}
              rows={5}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? `edit-${post.id}-error` : undefined}
              className="block w-full rounded-lg border-0 px-3 py-2 text-sm ring-1 ring-inset ring-stone-300 focus:ring-2 focus:ring-ember-600 focus:outline-none"
            />
            <div className="flex gap-2">
              <Button size="sm" onClick={save} disabled={pending}>
                {pending ? "Saving…" : "Save"}
              </Button>
              <Button size="sm" variant="ghost" onClick={() => (setEditing(false), setDraft(post.body ?? ""), reset())}>
                Cancel
              </Button>
            </div>
          </div>
        ) : (
          <RichText html={post.bodyHtml} />
        )}
        {error && (
          <p id={`edit-${post.id}-error`} role="alert" className="mt-2 text-sm text-red-700">
            {error}
          </p>
        )}
      </div>

      {isPride && <PrideCredits post={post} />}

      {post.images.length > 0 && (
        <div className={clsx("mt-3 grid gap-2", post.images.length === 1 ? "grid-cols-1" : "grid-cols-2")}>
          {post.images.map((image, index) => (
            <a
              key={image.id}
              href={image.url}
              target="_blank"
              rel="noreferrer"
              className="block overflow-hidden rounded-xl bg-stone-100"
            >
              {/* eslint-disable-next-line @next/next/no-img-element -- served by our own authorised route */}
              <img
                src={image.url}
                alt={image.alt || `Image ${index + 1} of ${post.images.length} shared by ${post.author.name}`}
                width={image.width}
                height={image.height}
                loading="lazy"
                className={clsx(
                  post.images.length === 1
                    ? "mx-auto max-h-[28rem] w-auto max-w-full"
                    : "aspect-square h-full w-full object-cover",
                )}
              />
            </a>
          ))}
        </div>
      )}

      {post.videos.map((video) => (
        <div key={video.id} className="mt-3">
          <PostVideo video={video} label={`Video shared by ${post.author.name}`} />
        </div>
      ))}

      {post.linkPreview && (
        <a
          href={post.linkPreview.url}
          target="_blank"
          rel="noopener noreferrer nofollow"
          className="mt-3 block rounded-xl bg-stone-50 p-3 ring-1 ring-stone-200 hover:bg-stone-100"
        >
          {post.linkPreview.siteName && (
            <span className="block text-xs uppercase tracking-wide text-stone-500">{post.linkPreview.siteName}</span>
          )}
          <span className="block font-medium text-stone-900">{post.linkPreview.title}</span>
          {post.linkPreview.description && (
            <span className="mt-0.5 line-clamp-2 block text-sm text-stone-600">{post.linkPreview.description}</span>
          )}
        </a>
      )}

      {post.poll && <PollCard poll={post.poll} onChanged={() => onChanged?.(post.id)} />}
      <AppreciationList appreciations={post.appreciations} className="mt-3" />

      <PostActionItems
        key={post.actionItems.map((item) => `${item.id}:${item.status}`).join()}
        postId={post.id}
        initial={post.actionItems}
      />
      <ReturnFocusTo to={optionsButton}>
        <ContentModerationDialogs
          open={moderating}
          onClose={() => setModerating(null)}
          target="POST"
          targetId={post.id}
          what={`${post.author.name}'s post`}
          onRemoved={() => onChanged?.(post.id)}
        />
        {assigning && (
          <Suspense fallback={null}>
            <AssignActionItemDialog
              open
              onClose={() => setAssigning(false)}
              source={{ postId: post.id }}
              sourceLabel={`${post.author.name}'s post`}
              onAssigned={() => onChanged?.(post.id)}
            />
          </Suspense>
        )}
      </ReturnFocusTo>

      <footer className="mt-4 flex flex-wrap items-center justify-between gap-3">
        <ReactionBar key={`${post.reactionCount}-${post.myReactions.join()}`} post={post} onError={fail} />
        <div className="flex items-center gap-4">
          {post.canAppreciate && (
            <AppreciateButton
              target={{ postId: post.id }}
              appreciated={post.appreciatedByMe}
              onChanged={() => onChanged?.(post.id)}
              onError={fail}
            />
          )}
          <Link
            href={`/posts/${post.id}#comments`}
            className="inline-flex items-center gap-1.5 text-sm text-stone-600 hover:text-stone-900"
          >
            <MessageCircle className="size-4" aria-hidden="true" />
            {post.commentCount === 0 ? "Comment" : `${post.commentCount} comment${post.commentCount === 1 ? "" : "s"}`}
          </Link>
        </div>
      </footer>
    </article>
  );
}
