import type { Metadata } from "next";
import { LiveQueueCount } from "@/components/moderation/live-queue-count";
import { QueueTabs } from "@/components/moderation/queue-tabs";
import { ReportQueue } from "@/components/moderation/report-queue";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/card";
import { currentActor } from "@/lib/auth/current-user";
import { listReports } from "@/lib/moderation/list-reports";

export const metadata: Metadata = { title: "Moderation" };

type Props = { searchParams: Promise<{ status?: string; cursor?: string }> };

/** The queue of the communities the viewer owns or moderates (admins: every community). */
export default async function ModerationPage({ searchParams }: Props) {
  const { status: rawStatus, cursor } = await searchParams;
  const status = rawStatus === "closed" ? "CLOSED" : "OPEN";
  // Never a 404 here (someone who moderates nothing sees an empty queue), so the route can stream a skeleton.
  const page = await listReports(await currentActor(), { scope: "communities", status, cursor });
  return (
    <>
      <PageHeader
        title="Moderation"
        description="Reports from the communities you own or moderate. Every decision is kept in the audit log."
        actions={<LiveQueueCount scope="communities" initial={page.openCount} />}
      />
      <QueueTabs path="/moderation" status={status} />
      <ReportQueue
        reports={page.items}
        status={status}
        empty="When someone reports a post, comment or person in your communities, it shows up here."
      />
      {page.nextCursor && (
        <div className="mt-6 flex justify-center">
          <ButtonLink
            variant="secondary"
            href={`/moderation?${new URLSearchParams({ ...(status === "CLOSED" ? { status: "closed" } : {}), cursor: page.nextCursor })}`}
          >
            Older reports
          </ButtonLink>
        </div>
      )}
    </>
  );
}
