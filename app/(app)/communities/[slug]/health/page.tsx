import { Snowflake } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { ActivityChart, ActivityTable } from "@/components/health/activity-chart";
import { formatMinutes, formatShare } from "@/components/health/format-health";
import { Card, PageHeader } from "@/components/ui/card";
import { currentActor } from "@/lib/auth/current-user";
import { findCommunityHealth } from "@/lib/health/find-community-health";
import { pageRefusal } from "@/lib/http";
import { formatDate } from "@/lib/format/dates";

type Props = { params: Promise<{ slug: string }> };

export const metadata: Metadata = { title: "Community health" };

function Stat({ label, value, hint }: { label: string; value: string; hint: string }) {
  return (
    <Card className="!p-4">
      <p className="text-xs font-medium uppercase tracking-wide text-stone-600">{label}</p>
      <p className="mt-1 text-2xl font-semibold text-stone-900 tabular-nums">{value}</p>
      <p className="mt-1 text-xs text-stone-600">{hint}</p>
    </Card>
  );
}

/** For the community's owners and admins: is the place warm? Eight weeks of activity and who carries it. */
export default async function CommunityHealthPage({ params }: Props) {
  const { slug } = await params;
  const { community, health } = await findCommunityHealth(await currentActor(), {
    slug: decodeURIComponent(slug),
  }).catch((error: unknown) => pageRefusal(error, `/communities/${slug}/health`));
  const thisWeek = health.weeks.at(-1)!;
  return (
    <>
      <PageHeader
        title={`${community.name}: health`}
        description="The last eight weeks, for owners and admins. Warm communities have a steady rhythm and owners who reply."
        actions={
          <Link href={`/communities/${community.slug}`} className="text-sm font-medium text-ember-800 hover:underline">
            Back to the community
          </Link>
        }
      />
      {community.coldSince && (
        <div
          role="status"
          className="mb-6 flex gap-3 rounded-2xl bg-sky-50 p-4 text-sm text-sky-900 ring-1 ring-sky-200"
        >
          <Snowflake className="mt-0.5 size-5 shrink-0" aria-hidden="true" />
          <p>
            <span className="font-semibold">Going cold since {formatDate(community.coldSince, "day")}.</span> Activity
            fell two weeks running and no owner, moderator or leader spoke up. Thank the last people who posted, or ask
            a question of the week.
          </p>
        </div>
      )}
      <div className="mb-6 grid grid-cols-2 gap-3 lg:grid-cols-4">
        <Stat
          label="Active people"
          value={String(thisWeek.activeMembers)}
          hint={`this week, of ${community.memberCount} members`}
        />
        <Stat
          label="First reply"
          value={formatMinutes(health.medianFirstReplyMinutes)}
          hint="median time to a first reply on a post or focus item"
        />
        <Stat
          label="Top 3 share"
          value={formatShare(health.topThreeShare)}
          hint={
            health.topContributors.length > 0
              ? `carried by ${health.topContributors.map((person) => person.name).join(", ")}`
              : "no activity yet"
          }
        />
        <Stat
          label="Owner & leader replies"
          value={String(health.weeks.reduce((sum, week) => sum + week.stewardReplies + week.leaderReplies, 0))}
          hint="in eight weeks"
        />
      </div>
      <Card className="mb-6">
        <h2 className="mb-4 font-semibold text-stone-900">Posts and comments per week</h2>
        <ActivityChart weeks={health.weeks} />
      </Card>
      <Card>
        <h2 className="mb-2 font-semibold text-stone-900">Week by week</h2>
        <ActivityTable weeks={health.weeks} />
      </Card>
    </>
  );
}
