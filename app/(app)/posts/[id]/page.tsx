import type { Metadata } from "next";
import { CommentsThread } from "@/components/feed/comments-thread";
import { MustRead } from "@/components/announcements/must-read";
import { LivePost } from "@/components/feed/live-post";
import { MuteButton } from "@/components/notifications/mute-button";
import { RemovedPostNotice } from "@/components/moderation/removed-post-notice";
import { currentActor } from "@/lib/auth/current-user";
import { pageRefusal } from "@/lib/http";
import { can } from "@/lib/auth/permissions";
import { listComments } from "@/lib/comments/list-comments";
import { isAppError } from "@/lib/errors";
import { findOwnRemovedPost } from "@/lib/moderation/find-own-removed-post";
import { findPost } from "@/lib/posts/find-post";
import { findMustRead } from "@/lib/announcements/find-read-receipts";
import { isMuted } from "@/lib/notifications/set-mute";
import { listPostRevisions } from "@/lib/posts/list-post-revisions";
import { formatDate } from "@/lib/format/dates";

type Props = { params: Promise<{ id: string }> };

async function load(postId: string) {
  const actor = await currentActor();
  try {
    return await Promise.all([findPost(actor, { postId }), listComments(actor, { postId })]);
  } catch (error) {
    pageRefusal(error, `/posts/${postId}`);
  }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  // Metadata must not throw: the page (and the layout) decide between sign-in and 404.
  try {
    const [post] = await load((await params).id);
    return { title: `Post by ${post.author.name}` };
  } catch {
    return {};
  }
}

/** A moderator removed it: its author (and only they) is shown why; anyone else gets the same 404. */
async function loadOwnRemoved(postId: string) {
  try {
    return await findOwnRemovedPost(await currentActor(), { postId });
  } catch (error) {
    // Not found, or signed out: the normal load below decides between 404 and sign-in.
    if (isAppError(error)) return null;
    throw error;
  }
}

export default async function PostPage({ params }: Props) {
  const { id } = await params;
  const removed = await loadOwnRemoved(id);
  if (removed) return <RemovedPostNotice post={removed} />;
  const [post, comments] = await load(id);
  const actor = await currentActor();
  const [mustRead, muted] = await Promise.all([
    findMustRead(actor, { postId: post.id }),
    actor ? isMuted(actor.id, "post", post.id) : false,
  ]);
  const revisions =
    post.editedAt && actor && can(actor, "posts.moderateAny")
      ? await listPostRevisions(actor, { postId: post.id })
      : [];
  return (
    <div className="mx-auto max-w-2xl">
      <h1 className="sr-only">Post by {post.author.name}</h1>
      <LivePost initial={post} />
      <MustRead postId={post.id} initial={mustRead} isAuthor={post.author.id === actor?.id} />
      <div className="mt-2 flex justify-end">
        <MuteButton subject="post" id={post.id} initialMuted={muted} />
      </div>
      {revisions.length > 0 && (
        <details className="mt-3 rounded-xl bg-white px-4 py-3 text-sm ring-1 ring-stone-200">
          <summary className="cursor-pointer font-medium text-stone-700">
            Edit history ({revisions.length}) — visible to moderators
          </summary>
          <ol className="mt-3 space-y-3">
            {revisions.map((revision) => (
              <li key={revision.id} className="rounded-lg bg-stone-50 p-3 ring-1 ring-stone-200">
                <p className="text-xs text-stone-500">
                  Before an edit by {revision.editor?.name ?? "someone"} on{" "}
                  {formatDate(revision.createdAt, "numericDateTime")}
                </p>
                <p className="mt-1 whitespace-pre-wrap text-stone-800">{revision.body}</p>
              </li>
            ))}
          </ol>
        </details>
      )}
      <CommentsThread postId={post.id} initial={comments} />
    </div>
  );
}
