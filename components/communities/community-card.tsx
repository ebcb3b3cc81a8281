import { Target, Users } from "lucide-react";
import Link from "next/link";
import { CommunityBadges } from "@/components/communities/community-badges";
import { JoinButton } from "@/components/communities/join-button";
import { RelativeTime } from "@/components/ui/relative-time";
import type { CommunityCard as Card } from "@/lib/communities/list-communities";

/** One community in discovery: what it is for, who is in it, how lively it is, and a way in. */
export function CommunityCard({ community }: { community: Card }) {
  return (
    <article
      aria-labelledby={`community-${community.id}`}
      data-testid="community-card"
      className="flex h-full flex-col overflow-hidden rounded-2xl bg-white shadow-sm ring-1 ring-stone-200"
    >
      <div className="relative h-20 bg-gradient-to-br from-ember-100 via-amber-50 to-stone-100" aria-hidden="true">
        {community.coverUrl && (
          // eslint-disable-next-line @next/next/no-img-element -- served by our own authorised route
          <img src={community.coverUrl} alt="" className="h-full w-full object-cover" loading="lazy" />
        )}
      </div>
      <div className="flex flex-1 flex-col gap-3 p-4">
        <div>
          <h2 id={`community-${community.id}`} className="text-base font-semibold text-stone-900">
            <Link href={`/communities/${community.slug}`} className="hover:underline">
              {community.name}
            </Link>
          </h2>
          <div className="mt-1.5">
            <CommunityBadges kind={community.kind} visibility={community.visibility} category={community.category} />
          </div>
        </div>
        {community.purposeGoal ? (
          <p className="flex gap-1.5 text-sm text-stone-800">
            <Target className="mt-0.5 size-4 shrink-0 text-ember-700" aria-hidden="true" />
            <span>
              <span className="sr-only">Purpose: </span>
              {community.purposeGoal}
            </span>
          </p>
        ) : (
          community.excerpt && <p className="line-clamp-3 text-sm text-stone-600">{community.excerpt}</p>
        )}
        {community.reason && <p className="text-xs font-medium text-ember-800">{community.reason}</p>}
        <div className="mt-auto flex items-end justify-between gap-3">
          <p className="text-xs text-stone-600">
            <span className="inline-flex items-center gap-1">
              <Users className="size-3.5" aria-hidden="true" />
              {community.memberCount} {community.memberCount === 1 ? "member" : "members"}
            </span>
            <br />
            {community.postCount} {community.postCount === 1 ? "post" : "posts"} · active{" "}
            <RelativeTime iso={community.lastActivityAt} />
          </p>
          <JoinButton community={community} size="sm" />
        </div>
      </div>
    </article>
  );
}
