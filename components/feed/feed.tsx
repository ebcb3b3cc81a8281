"use client";

import { POST_CHANGE_EVENTS } from "@/lib/realtime/events";
import clsx from "clsx";
import { Newspaper } from "lucide-react";
import Link from "next/link";
import { useCallback } from "react";
import { Composer } from "@/components/feed/composer";
import { LiveListEnd, NewItemsPill } from "@/components/live/live-list-parts";
import { useLiveList } from "@/components/live/use-live-list";
import { PostCard } from "@/components/feed/post-card";
import { useRealtimeEvent } from "@/components/realtime/realtime-provider";
import { EmptyState } from "@/components/ui/card";
import type { PostView } from "@/lib/posts/post-view";

type Tab = "latest" | "top";

/** Posts that can show on a first screen; the rest render lazily. */
const FIRST_SCREEN = 3;

async function fetchPosts(ids: string[]): Promise<PostView[]> {
  if (ids.length === 0) return [];
  const response = await fetch(`/api/posts?ids=${ids.map(encodeURIComponent).join(",")}`, { cache: "no-store" });
  return response.ok ? ((await response.json()) as { items: PostView[] }).items : [];
}

/**
 * The home feed: the first page comes server-rendered; more pages load on scroll (or the button);
 * others' new posts wait behind a "N new posts" pill; reactions, comments and edits refresh in place.
 */
export function Feed({
  tab,
  initial,
  me,
  canAnnounce,
  community,
  aside,
}: {
  tab: Tab;
  initial: { items: PostView[]; nextCursor: string | null };
  me: { id: string; name: string };
  canAnnounce: boolean;
  /** A community's own feed: its posts only; the composer posts into it when the reader may. */
  community?: { id: string; name: string; canPost: boolean; canModerate: boolean };
  /** Shown right after the composer (the home page's "Now" strip). */
  aside?: React.ReactNode;
}) {
  const communityId = community?.id;
  const fetchPage = useCallback(
    async (cursor: string) => {
      const url = communityId
        ? `/api/communities/${communityId}/posts?cursor=${encodeURIComponent(cursor)}`
        : `/api/feed?tab=${tab}&cursor=${encodeURIComponent(cursor)}`;
      const response = await fetch(url).catch(() => null);
      return response?.ok ? ((await response.json()) as { items: PostView[]; nextCursor: string | null }) : null;
    },
    [tab, communityId],
  );
  const keep = useCallback((post: PostView) => !communityId || post.community?.id === communityId, [communityId]);
  const live = useLiveList({
    initial,
    fetchPage,
    fetchByIds: fetchPosts,
    keep,
  });
  const { items: posts, refresh, hold, showWaiting, pill, isShown, shownIds } = live;

  useRealtimeEvent(["post.created", ...POST_CHANGE_EVENTS], (event) => {
    if (event.type === "resync") return refresh(shownIds());
    const { postId } = event;
    // A community feed hears every public community's posts: it holds only its own.
    if (event.type === "post.created" && communityId)
      return void fetchPosts([postId]).then((found) => found.some(keep) && hold(postId));
    if (event.type === "post.created") return hold(postId);
    if (isShown(postId)) refresh([postId]);
  });

  const onPosted = useCallback((postId: string) => void showWaiting([postId]), [showWaiting]);

  return (
    <div className="space-y-4">
      {(!community || community.canPost) && (
        <Composer me={me} canAnnounce={canAnnounce} onPosted={onPosted} community={community} />
      )}
      {aside}
      {!community && (
        <nav aria-label="Feed order" className="flex gap-1 border-b border-stone-200">
          {(["latest", "top"] as const).map((name) => (
            <Link
              key={name}
              href={name === "latest" ? "/" : "/?tab=top"}
              aria-current={tab === name ? "page" : undefined}
              className={clsx(
                "-mb-px border-b-2 px-3 py-2 text-sm font-medium",
                tab === name
                  ? "border-ember-700 text-ember-800"
                  : "border-transparent text-stone-600 hover:text-stone-900",
              )}
            >
              {name === "latest" ? "Latest" : "Top"}
            </Link>
          ))}
        </nav>
      )}
      <NewItemsPill count={pill.length} noun={["post", "posts"]} onShow={() => void showWaiting(pill)} />
      {posts.length === 0 ? (
        <EmptyState
          icon={<Newspaper className="size-8" aria-hidden="true" />}
          title={tab === "top" && !community ? "Nothing is trending yet" : "No posts yet"}
        >
          {community
            ? "Nothing here yet. Start the conversation: a question, a tip, a photo."
            : tab === "top"
              ? "Posts people react to and discuss in the last two weeks show up here."
              : "Be the first: share a moment, a question or a thank-you."}
        </EmptyState>
      ) : (
        <ul className="space-y-4" aria-label="Posts">
          {posts.map((post, index) => (
            // Cards below the first screen are laid out and painted only when they near the viewport
            // (content-visibility), at a reserved height until then: a long feed costs the first paint nothing.
            <li
              key={post.id}
              className={
                index >= FIRST_SCREEN ? "[contain-intrinsic-size:auto_22rem] [content-visibility:auto]" : undefined
              }
            >
              <PostCard
                post={post}
                onChanged={(id) => refresh([id])}
                inCommunity={community && { canPin: community.canModerate }}
              />
            </li>
          ))}
        </ul>
      )}
      <LiveListEnd
        list={live}
        moreLabel="Load more"
        errorLabel="Could not load more posts. Try again."
        endLabel="You are all caught up."
      />
    </div>
  );
}
