"use client";

import clsx from "clsx";
import { ArrowUp, Newspaper } from "lucide-react";
import Link from "next/link";
import { useCallback, useEffect, useRef, useState } from "react";
import { Composer } from "@/components/feed/composer";
import { PostCard } from "@/components/feed/post-card";
import { useRealtimeEvent } from "@/components/realtime/realtime-provider";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/card";
import type { PostView } from "@/lib/posts/post-view";

type Tab = "latest" | "top";

async function fetchPosts(ids: string[]): Promise<PostView[]> {
  if (ids.length === 0) return [];
  const response = await fetch(`/api/posts?ids=${ids.map(encodeURIComponent).join(",")}`, { cache: "no-store" });
  return response.ok ? ((await response.json()) as { items: PostView[] }).items : [];
}

/**
 * The home feed: the first page comes server-rendered; more pages load on scroll (or the button);
 * others' new posts wait behind a "N new posts" pill; reactions, comments and edits refresh in place.
 */
export function Feed({ tab, initial, me, canAnnounce }: { tab: Tab; initial: { items: PostView[]; nextCursor: string | null }; me: { id: string; name: string }; canAnnounce: boolean }) {
  const [posts, setPosts] = useState(initial.items);
  const [cursor, setCursor] = useState(initial.nextCursor);
  const [loading, setLoading] = useState<"idle" | "loading" | "error">("idle");
  const [waiting, setWaiting] = useState<string[]>([]);
  const sentinel = useRef<HTMLDivElement>(null);
  const shown = useRef(new Set<string>());
  useEffect(() => {
    shown.current = new Set(posts.map((post) => post.id));
  }, [posts]);

  const loadMore = useCallback(async () => {
    if (!cursor || loading === "loading") return;
    setLoading("loading");
    const response = await fetch(`/api/feed?tab=${tab}&cursor=${encodeURIComponent(cursor)}`).catch(() => null);
    if (!response?.ok) return setLoading("error");
    const page = (await response.json()) as { items: PostView[]; nextCursor: string | null };
    setPosts((current) => [...current, ...page.items.filter((post) => !current.some((other) => other.id === post.id))]);
    setCursor(page.nextCursor);
    setLoading("idle");
  }, [cursor, loading, tab]);

  useEffect(() => {
    const node = sentinel.current;
    if (!node) return;
    const observer = new IntersectionObserver((entries) => entries[0]?.isIntersecting && void loadMore(), { rootMargin: "600px" });
    observer.observe(node);
    return () => observer.disconnect();
  }, [loadMore]);

  // Refreshes posts already on screen; coalesces bursts of events into one request.
  const pendingRefresh = useRef(new Set<string>());
  const refreshTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const refresh = useCallback((ids: string[]) => {
    ids.forEach((id) => pendingRefresh.current.add(id));
    if (refreshTimer.current) return;
    refreshTimer.current = setTimeout(async () => {
      const wanted = [...pendingRefresh.current];
      pendingRefresh.current.clear();
      refreshTimer.current = null;
      const fresh = await fetchPosts(wanted);
      setPosts((current) =>
        current.flatMap((post) => {
          if (!wanted.includes(post.id)) return [post];
          const updated = fresh.find((other) => other.id === post.id);
          return updated ? [updated] : []; // gone: deleted or no longer visible
        }),
      );
    }, 150);
  }, []);

  const showWaiting = useCallback(async (ids: string[]) => {
    const fresh = await fetchPosts(ids);
    setPosts((current) => [...fresh.filter((post) => !current.some((other) => other.id === post.id)), ...current]);
    setWaiting((current) => current.filter((id) => !ids.includes(id)));
  }, []);

  useRealtimeEvent(["post.created", "post.updated", "post.deleted", "reaction.changed", "comment.created", "comment.deleted"], (event) => {
    const [postId] = event.ids;
    if (event.type === "resync") return refresh([...shown.current]);
    if (!postId) return;
    if (event.type === "post.created") {
      if (!shown.current.has(postId)) setWaiting((current) => (current.includes(postId) ? current : [...current, postId]));
      return;
    }
    if (shown.current.has(postId)) refresh([postId]);
  });

  const onPosted = useCallback((postId: string) => void showWaiting([postId]), [showWaiting]);

  return (
    <div className="space-y-4">
      <Composer me={me} canAnnounce={canAnnounce} onPosted={onPosted} />
      <nav aria-label="Feed order" className="flex gap-1 border-b border-stone-200">
        {(["latest", "top"] as const).map((name) => (
          <Link
            key={name}
            href={name === "latest" ? "/" : "/?tab=top"}
            aria-current={tab === name ? "page" : undefined}
            className={clsx("-mb-px border-b-2 px-3 py-2 text-sm font-medium", tab === name ? "border-ember-700 text-ember-800" : "border-transparent text-stone-600 hover:text-stone-900")}
          >
            {name === "latest" ? "Latest" : "Top"}
          </Link>
        ))}
      </nav>
      {waiting.length > 0 && (
        <div className="sticky top-16 z-10 flex justify-center">
          <button
            type="button"
            onClick={() => void showWaiting(waiting)}
            className="inline-flex items-center gap-1.5 rounded-full bg-ember-700 px-4 py-2 text-sm font-medium text-white shadow-lg hover:bg-ember-800"
          >
            <ArrowUp className="size-4" aria-hidden="true" />
            {waiting.length === 1 ? "1 new post" : `${waiting.length} new posts`}
          </button>
        </div>
      )}
      {posts.length === 0 ? (
        <EmptyState icon={<Newspaper className="size-8" aria-hidden="true" />} title={tab === "top" ? "Nothing is trending yet" : "No posts yet"}>
          {tab === "top" ? "Posts people react to and discuss in the last two weeks show up here." : "Be the first: share a moment, a question or a thank-you."}
        </EmptyState>
      ) : (
        <ul className="space-y-4" aria-label="Posts">
          {posts.map((post) => (
            <li key={post.id}>
              <PostCard post={post} onChanged={(id) => refresh([id])} />
            </li>
          ))}
        </ul>
      )}
      <div ref={sentinel} />
      {cursor && (
        <div className="flex flex-col items-center gap-2 py-2">
          <Button variant="secondary" onClick={() => void loadMore()} disabled={loading === "loading"}>
            {loading === "loading" ? "Loading…" : "Load more"}
          </Button>
          {loading === "error" && <p role="alert" className="text-sm text-red-700">Could not load more posts. Try again.</p>}
        </div>
      )}
      {!cursor && posts.length > 0 && <p className="py-4 text-center text-sm text-stone-600">You are all caught up.</p>}
    </div>
  );
}
