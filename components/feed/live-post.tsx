"use client";

import { POST_CHANGE_EVENTS } from "@/lib/realtime/events";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { PostCard } from "@/components/feed/post-card";
import { useRealtimeEvent } from "@/components/realtime/realtime-provider";
import type { PostView } from "@/lib/posts/post-view";

/** One post that keeps itself current: reactions, edits and counts refresh live; deletion leaves the page. */
export function LivePost({ initial }: { initial: PostView }) {
  const [post, setPost] = useState(initial);
  const router = useRouter();
  async function refresh() {
    const response = await fetch(`/api/posts/${post.id}`, { cache: "no-store" });
    if (response.ok) setPost((await response.json()) as PostView);
    else if (response.status === 404) router.replace("/");
  }
  useRealtimeEvent(POST_CHANGE_EVENTS, (event) => {
    if (event.type === "resync" || event.postId === post.id) void refresh();
  });
  return <PostCard post={post} onChanged={() => void refresh()} headingLevel={2} />;
}
