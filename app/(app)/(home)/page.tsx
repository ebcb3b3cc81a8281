import type { Metadata } from "next";
import { Feed } from "@/components/feed/feed";
import { PostCard } from "@/components/feed/post-card";
import { currentActor } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { findFeed } from "@/lib/posts/find-feed";
import { findPinnedAnnouncements } from "@/lib/posts/find-pinned-announcements";

export const metadata: Metadata = { title: "Home" };

export default async function HomePage({ searchParams }: { searchParams: Promise<{ tab?: string }> }) {
  const actor = await currentActor();
  const tab = (await searchParams).tab === "top" ? "top" : "latest";
  const [page, pinned] = await Promise.all([findFeed(actor, { tab }), findPinnedAnnouncements(actor, {})]);
  return (
    <div className="mx-auto max-w-2xl">
      <h1 className="sr-only">Home feed</h1>
      {pinned.length > 0 && (
        <section aria-label="Pinned announcements" className="mb-4 space-y-3">
          {pinned.map((post) => (
            <PostCard key={post.id} post={post} />
          ))}
        </section>
      )}
      <Feed
        key={tab}
        tab={tab}
        initial={page}
        me={{ id: actor!.id, name: actor!.name }}
        canAnnounce={can(actor!, "posts.announce")}
      />
    </div>
  );
}
