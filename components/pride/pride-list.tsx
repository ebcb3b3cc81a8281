"use client";

import { useRouter } from "next/navigation";
import { PostCard } from "@/components/feed/post-card";
import { LiveRefresh } from "@/components/ui/live-refresh";
import type { PostView } from "@/lib/posts/post-view";
import { POST_CHANGE_EVENTS } from "@/lib/realtime/events";

/** Moments on the wall; changes to any shown moment re-render the wall through the same checked reads. */
export function PrideList({ posts, label }: { posts: PostView[]; label: string }) {
  const router = useRouter();
  return (
    <>
      <LiveRefresh types={POST_CHANGE_EVENTS} ids={posts.map((post) => post.id)} />
      <ul className="space-y-4" aria-label={label}>
        {posts.map((post) => (
          <li key={post.id}>
            <PostCard post={post} onChanged={() => router.refresh()} />
          </li>
        ))}
      </ul>
    </>
  );
}
