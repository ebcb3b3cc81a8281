import { Sparkles } from "lucide-react";
import Link from "next/link";
import { RichText } from "@/components/content/rich-text";
import { Avatar } from "@/components/ui/avatar";
import { RelativeTime } from "@/components/ui/relative-time";
import type { PrideHighlights } from "@/lib/pride/find-pride-highlights";

/** "This week" at the top of the wall: the numbers and the moments people engaged with most. */
export function PrideHighlightsSection({ highlights }: { highlights: PrideHighlights }) {
  const { momentCount, creditedCount, moments } = highlights;
  return (
    <section
      aria-labelledby="this-week"
      className="mb-6 overflow-hidden rounded-2xl bg-gradient-to-br from-ember-800 via-ember-700 to-amber-700 p-5 text-white shadow-sm sm:p-6"
    >
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h2 id="this-week" className="flex items-center gap-2 text-lg font-semibold">
            <Sparkles className="size-5" aria-hidden="true" /> This week
          </h2>
          <p className="mt-1 text-sm text-white/90">
            {momentCount === 0
              ? "No moments yet this week. Who deserves a shout-out?"
              : `${momentCount} ${momentCount === 1 ? "moment" : "moments"} of pride, ${creditedCount} ${creditedCount === 1 ? "colleague" : "colleagues"} credited.`}
          </p>
        </div>
        {momentCount > 0 && (
          <Link
            href="/pride?period=week"
            className="rounded-lg bg-white/15 px-3 py-1.5 text-sm font-medium ring-1 ring-white/40 hover:bg-white/25"
          >
            See all of this week
          </Link>
        )}
      </div>
      {moments.length > 0 && (
        <ul className="-mx-1 mt-4 flex snap-x gap-3 overflow-x-auto px-1 pb-1 md:grid md:grid-cols-3 md:overflow-visible">
          {moments.map((post) => (
            <li
              key={post.id}
              className="flex w-64 shrink-0 snap-start flex-col rounded-xl bg-white p-4 text-stone-900 shadow-sm md:w-auto"
            >
              <p className="flex items-center gap-2 text-sm">
                <Avatar name={post.author.name} src={post.author.avatarUrl} size="sm" />
                <span className="min-w-0">
                  <span className="block truncate font-semibold">{post.author.name}</span>
                  <span className="block text-xs text-stone-500">
                    <RelativeTime iso={post.createdAt} />
                  </span>
                </span>
              </p>
              <RichText html={post.bodyHtml} className="mt-2 line-clamp-3 text-sm" />
              <p className="mt-2 text-xs text-ember-900">
                <span className="font-medium">Made it happen:</span>{" "}
                {post.prideTags.map((person) => person.name).join(", ")}
              </p>
              <Link
                href={`/posts/${post.id}`}
                className="mt-auto pt-3 text-sm font-medium text-ember-800 hover:underline"
              >
                Read the moment<span className="sr-only"> shared by {post.author.name}</span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
