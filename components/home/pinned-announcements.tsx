import { ChevronDown, Megaphone } from "lucide-react";
import { PostCard } from "@/components/feed/post-card";
import type { PostView } from "@/lib/posts/post-view-schema";

/** One pinned announcement; `isMustRead` marks the ones everybody is asked to read (and puts them first). */
export type PinnedAnnouncementItem = { post: PostView; excerpt: string; isMustRead: boolean };

/**
 * The pinned announcements as one line above the composer: the newest (a must-read one first) with its first words;
 * it opens (a native <details>, no JavaScript) to the full posts, where people react and comment as anywhere.
 */
export function PinnedAnnouncements({ items }: { items: PinnedAnnouncementItem[] }) {
  if (items.length === 0) return null;
  const ordered = [...items].sort((a, b) => Number(b.isMustRead) - Number(a.isMustRead));
  const [first] = ordered as [PinnedAnnouncementItem, ...PinnedAnnouncementItem[]];
  const more = ordered.length - 1;
  return (
    <section aria-label="Pinned announcements" className="mb-4">
      <details className="group rounded-xl bg-white shadow-sm ring-1 ring-stone-200 open:ring-ember-200">
        <summary
          data-testid="pinned-summary"
          className="flex cursor-pointer list-none items-center gap-2 rounded-xl px-3 py-2 text-sm focus-visible:outline-2 focus-visible:outline-ember-600 [&::-webkit-details-marker]:hidden"
        >
          <Megaphone className="size-4 shrink-0 text-ember-700" aria-hidden="true" />
          {first.isMustRead && (
            <span
              data-testid="must-read"
              className="shrink-0 rounded-full bg-red-600 px-2 py-0.5 text-xs font-semibold text-white"
            >
              Must read
            </span>
          )}
          <span className="min-w-0 flex-1 truncate">
            <span className="font-semibold text-stone-900">{first.post.author.name}:</span>{" "}
            <span className="text-stone-700">{first.excerpt}</span>
          </span>
          {more > 0 && <span className="shrink-0 text-xs text-stone-600">+{more} more</span>}
          <ChevronDown className="size-4 shrink-0 text-stone-500 transition group-open:rotate-180" aria-hidden="true" />
          <span className="sr-only">(show the full announcement{more > 0 ? "s" : ""})</span>
        </summary>
        <div className="space-y-3 border-t border-stone-200 p-2 sm:p-3">
          {ordered.map(({ post }) => (
            <PostCard key={post.id} post={post} />
          ))}
        </div>
      </details>
    </section>
  );
}
