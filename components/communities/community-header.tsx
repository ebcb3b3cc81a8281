import { Archive, ArrowLeft, Target, Users, VolumeX } from "lucide-react";
import Link from "next/link";
import clsx from "clsx";
import { CommunityBadges } from "@/components/communities/community-badges";
import { FocusProgress } from "@/components/communities/focus-board";
import { JoinButton } from "@/components/communities/join-button";
import type { FocusBoard } from "@/lib/communities/focus-board";
import type { CommunityDetail } from "@/lib/communities/find-community";
import { formatDate } from "@/lib/format/dates";

export type CommunityTab = "feed" | "focus" | "about" | "members" | "requests" | "settings";

/**
 * The community's name, badges, purpose and way in, above its tabs: under its cover when it has one, otherwise compact
 * (a thin band in the community's colours, not a blank picture). `showPurpose` is off where the focus board states it.
 */
export function CommunityHeader({
  community,
  board,
  showPurpose = true,
}: {
  community: CommunityDetail;
  board: FocusBoard | null;
  showPurpose?: boolean;
}) {
  return (
    <header className="mb-4 overflow-hidden rounded-2xl bg-white shadow-sm ring-1 ring-stone-200">
      {community.coverUrl ? (
        <div className="relative h-28 bg-stone-100 sm:h-36" aria-hidden="true">
          {/* eslint-disable-next-line @next/next/no-img-element -- served by our own authorised route */}
          <img src={community.coverUrl} alt="" className="h-full w-full object-cover" />
        </div>
      ) : (
        <div
          className="h-1.5 bg-gradient-to-r from-ember-500 via-amber-400 to-ember-300"
          aria-hidden="true"
          data-testid="community-band"
        />
      )}
      <div className="space-y-3 p-4 sm:p-6">
        <Link
          href="/communities"
          className="inline-flex items-center gap-1.5 text-sm font-medium text-stone-600 hover:text-stone-900"
        >
          <ArrowLeft className="size-4" aria-hidden="true" /> Communities
        </Link>
        <div className="flex flex-wrap items-start justify-between gap-3">
          <div className="min-w-0">
            <h1 className="text-2xl font-semibold tracking-tight text-stone-900">{community.name}</h1>
            <div className="mt-2 flex flex-wrap items-center gap-3">
              <CommunityBadges kind={community.kind} visibility={community.visibility} category={community.category} />
              <span className="inline-flex items-center gap-1 text-sm text-stone-600">
                <Users className="size-4" aria-hidden="true" /> {community.memberCount}{" "}
                {community.memberCount === 1 ? "member" : "members"}
              </span>
            </div>
          </div>
          {!community.archivedAt && <JoinButton community={community} />}
        </div>
        {showPurpose && community.purpose && (
          <div className="rounded-xl bg-ember-50/60 p-3 ring-1 ring-ember-100">
            <p className="flex gap-1.5 text-sm font-medium text-stone-900">
              <Target className="mt-0.5 size-4 shrink-0 text-ember-700" aria-hidden="true" />
              <span>
                <span className="sr-only">Purpose: </span>
                {community.purpose.goal}
              </span>
            </p>
            {community.purpose.reviewAt && (
              <p className="mt-1 pl-5.5 text-xs text-stone-600">
                Review on {formatDate(community.purpose.reviewAt, "longDay")}
              </p>
            )}
            {board && (
              <div className="mt-2 pl-5.5">
                <FocusProgress progress={board.progress} compact />
              </div>
            )}
          </div>
        )}
        {community.archivedAt && (
          <p className="flex items-center gap-2 rounded-lg bg-stone-100 px-3 py-2 text-sm text-stone-800">
            <Archive className="size-4" aria-hidden="true" /> This community is archived: you can read it, but nobody
            can post.
          </p>
        )}
        {community.mutedUntil && (
          <p className="flex items-center gap-2 rounded-lg bg-stone-100 px-3 py-2 text-sm text-stone-800">
            <VolumeX className="size-4" aria-hidden="true" /> A moderator muted you here until{" "}
            {formatDate(community.mutedUntil, "numericDate")}. You can still read.
          </p>
        )}
      </div>
    </header>
  );
}

/** The tabs that exist for this reader: the focus board with a purpose, requests for moderators, settings for owners. */
export function CommunityTabs({
  community,
  current,
  home = "feed",
}: {
  community: CommunityDetail;
  current: CommunityTab;
  /** The tab the community opens on (its bare URL): the focus board for one with a purpose. */
  home?: CommunityTab;
}) {
  const tabs: { tab: CommunityTab; label: string }[] = [
    ...(community.purpose ? [{ tab: "focus" as const, label: "Focus board" }] : []),
    { tab: "feed", label: "Feed" },
    { tab: "about", label: "About" },
    { tab: "members", label: "Members" },
    ...(community.canModerate && community.visibility !== "PUBLIC"
      ? [
          {
            tab: "requests" as const,
            label: community.pendingRequestCount > 0 ? `Requests (${community.pendingRequestCount})` : "Requests",
          },
        ]
      : []),
    ...(community.canOwn ? [{ tab: "settings" as const, label: "Settings" }] : []),
  ];
  return (
    <nav aria-label="Community sections" className="mb-4 flex gap-1 overflow-x-auto border-b border-stone-200">
      {tabs.map(({ tab, label }) => (
        <Link
          key={tab}
          href={tab === home ? `/communities/${community.slug}` : `/communities/${community.slug}?tab=${tab}`}
          aria-current={current === tab ? "page" : undefined}
          className={clsx(
            "-mb-px shrink-0 border-b-2 px-3 py-2 text-sm font-medium whitespace-nowrap",
            current === tab
              ? "border-ember-700 text-ember-800"
              : "border-transparent text-stone-600 hover:text-stone-900",
          )}
        >
          {label}
        </Link>
      ))}
      {community.canOwn && (
        <Link
          href={`/communities/${community.slug}/health`}
          className="-mb-px shrink-0 border-b-2 border-transparent px-3 py-2 text-sm font-medium whitespace-nowrap text-stone-600 hover:text-stone-900"
        >
          Health
        </Link>
      )}
    </nav>
  );
}
