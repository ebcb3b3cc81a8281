import { Lock } from "lucide-react";
import type { Metadata } from "next";
import { updateCommunityAction } from "@/app/(app)/communities/actions";
import { CommunityForm } from "@/components/communities/community-form";
import { CommunityHeader, CommunityTabs, type CommunityTab } from "@/components/communities/community-header";
import { FocusBoard } from "@/components/communities/focus-board";
import { JoinRequests } from "@/components/communities/join-requests";
import { MemberList } from "@/components/communities/member-list";
import { ReviewActions } from "@/components/communities/review-actions";
import { RichText } from "@/components/content/rich-text";
import { Feed } from "@/components/feed/feed";
import { LiveRefresh } from "@/components/ui/live-refresh";
import { Card, EmptyState } from "@/components/ui/card";
import { currentActor } from "@/lib/auth/current-user";
import { findCommunity, type CommunityDetail } from "@/lib/communities/find-community";
import { findFocusBoard } from "@/lib/communities/focus-board";
import { listCommunityPosts } from "@/lib/communities/list-community-posts";
import { listJoinRequests } from "@/lib/communities/list-join-requests";
import { listMembers } from "@/lib/communities/list-members";
import { pageRefusal } from "@/lib/http";
import { formatDate } from "@/lib/format/dates";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ tab?: string }> };

const TABS: CommunityTab[] = ["feed", "focus", "about", "members", "requests", "settings"];

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const community = await findCommunity(await currentActor(), { slug: (await params).slug }).catch(() => null);
  return { title: community?.name ?? "Community" };
}

export default async function CommunityPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const asked = (await searchParams).tab;
  const actor = await currentActor();
  const community = await findCommunity(actor, { slug }).catch((error: unknown) =>
    pageRefusal(error, `/communities/${slug}`),
  );
  const allowed = (tab: CommunityTab) =>
    tab === "feed" ||
    tab === "about" ||
    tab === "members" ||
    (tab === "focus" && community.purpose !== null) ||
    (tab === "requests" && community.canModerate) ||
    (tab === "settings" && community.canOwn);
  // A community with a purpose opens on its focus board: the work it exists for, before its chatter.
  const home: CommunityTab = community.canRead && community.purpose ? "focus" : "feed";
  const tab: CommunityTab =
    TABS.includes(asked as CommunityTab) && allowed(asked as CommunityTab) ? (asked as CommunityTab) : home;
  const board =
    community.canRead && community.purpose ? await findFocusBoard(actor, { communityId: community.id }) : null;

  return (
    <div className="mx-auto max-w-3xl">
      <LiveRefresh types={["community.members", "community.changed", "focus.changed"]} ids={[community.id]} />
      {/* The focus board states the goal and progress itself: the header does not repeat them there. */}
      <CommunityHeader community={community} board={tab === "focus" ? null : board} showPurpose={tab !== "focus"} />
      {community.isReviewDue && (
        <div className="mb-4">
          <ReviewActions communityId={community.id} hasPurpose={community.purpose !== null} isArchived={false} banner />
        </div>
      )}
      <CommunityTabs community={community} current={tab} home={home} />
      {!community.canRead && tab !== "about" ? (
        <EmptyState icon={<Lock className="size-8" aria-hidden="true" />} title="Posts here are for members">
          {community.hasPendingRequest
            ? "Your request to join is waiting for a moderator."
            : "Ask to join above; a moderator will decide. Meanwhile, the About tab tells you what it is for."}
        </EmptyState>
      ) : (
        <TabContent tab={tab} community={community} board={board} />
      )}
    </div>
  );
}

async function TabContent({
  tab,
  community,
  board,
}: {
  tab: CommunityTab;
  community: CommunityDetail;
  board: Awaited<ReturnType<typeof findFocusBoard>>;
}) {
  const actor = (await currentActor())!;
  if (tab === "focus" && board)
    return <FocusBoard board={board} communityId={community.id} communitySlug={community.slug} />;
  if (tab === "about") return <About community={community} />;
  if (tab === "members") {
    const members = await listMembers(actor, { communityId: community.id });
    return (
      <MemberList
        communityId={community.id}
        members={members}
        me={{ canModerate: community.canModerate, isArchived: community.archivedAt !== null }}
      />
    );
  }
  if (tab === "requests")
    return <JoinRequests requests={await listJoinRequests(actor, { communityId: community.id })} />;
  if (tab === "settings") {
    return (
      <div className="space-y-4">
        <CommunityForm
          action={updateCommunityAction.bind(null, community.id)}
          submitLabel="Save settings"
          withCover={false}
          initial={{
            name: community.name,
            description: community.description,
            kind: community.kind,
            category: community.category,
            visibility: community.visibility,
            purposeGoal: community.purpose?.goal ?? "",
            purposeSuccess: community.purpose?.success ?? "",
            purposeTarget: community.purpose?.target ? String(community.purpose.target) : "",
            purposeReviewAt: community.purpose?.reviewAt?.slice(0, 10) ?? "",
          }}
        />
        <ReviewActions
          communityId={community.id}
          hasPurpose={community.purpose !== null}
          isArchived={community.archivedAt !== null}
        />
      </div>
    );
  }
  const page = await listCommunityPosts(actor, { communityId: community.id });
  return (
    <Feed
      tab="latest"
      initial={page}
      me={{ id: actor.id, name: actor.name }}
      canAnnounce={false}
      community={{
        id: community.id,
        name: community.name,
        canPost: community.canPost,
        canModerate: community.canModerate,
      }}
    />
  );
}

function About({ community }: { community: CommunityDetail }) {
  return (
    <Card aria-labelledby="about-heading" className="space-y-4">
      <h2 id="about-heading" className="text-base font-semibold text-stone-900">
        About
      </h2>
      {community.descriptionHtml ? (
        <RichText html={community.descriptionHtml} />
      ) : (
        <p className="text-sm text-stone-600">No description yet.</p>
      )}
      {community.purpose && (
        <dl className="grid gap-3 text-sm sm:grid-cols-2">
          <div>
            <dt className="font-medium text-stone-900">Goal</dt>
            <dd className="text-stone-700">{community.purpose.goal}</dd>
          </div>
          {community.purpose.success && (
            <div>
              <dt className="font-medium text-stone-900">Success looks like</dt>
              <dd className="text-stone-700">{community.purpose.success}</dd>
            </div>
          )}
          {community.purpose.target && (
            <div>
              <dt className="font-medium text-stone-900">Target</dt>
              <dd className="text-stone-700">{community.purpose.target} items with an accepted answer</dd>
            </div>
          )}
          {community.purpose.reviewAt && (
            <div>
              <dt className="font-medium text-stone-900">Review date</dt>
              <dd className="text-stone-700">{formatDate(community.purpose.reviewAt, "longDay")}</dd>
            </div>
          )}
        </dl>
      )}
      <p className="text-xs text-stone-600">
        {community.postCount} {community.postCount === 1 ? "post" : "posts"} · started{" "}
        {formatDate(community.createdAt, "monthYear")}
      </p>
    </Card>
  );
}
