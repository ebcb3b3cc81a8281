import type { Metadata } from "next";
import Link from "next/link";
import { LiveQueueCount } from "@/components/moderation/live-queue-count";
import { QueueTabs } from "@/components/moderation/queue-tabs";
import { ReportQueue } from "@/components/moderation/report-queue";
import { RestoreList } from "@/components/moderation/restore-list";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/card";
import { currentActor } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { listRemovedContent } from "@/lib/moderation/list-removed-content";
import { listReports } from "@/lib/moderation/list-reports";
import { roleRefusal } from "@/lib/http";

export const metadata: Metadata = { title: "Moderation · Admin" };

type Props = { searchParams: Promise<{ status?: string; cursor?: string }> };

/** Every report, company-wide ones included, and what can still be restored. Admins only. */
export default async function AdminModerationPage({ searchParams }: Props) {
  const actor = await currentActor();
  // Not an admin: this page does not exist for you (the reads and actions check again in lib/).
  if (!actor || !can(actor, "moderation.queueAll")) roleRefusal();
  const { status: rawStatus, cursor } = await searchParams;
  const status = rawStatus === "closed" ? "CLOSED" : "OPEN";
  const [page, removed] = await Promise.all([
    listReports(actor, { scope: "all", status, cursor }),
    listRemovedContent(actor, {}),
  ]);
  return (
    <>
      <PageHeader
        title="Moderation"
        description="All reports, company-wide and in every community. Decisions are written to the audit log."
        actions={
          <div className="flex flex-wrap items-center gap-3">
            <LiveQueueCount scope="all" initial={page.openCount} />
            <Link href="/admin/audit" className="text-sm font-medium text-ember-800 hover:underline">
              Audit log
            </Link>
          </div>
        }
      />
      <div className="grid gap-8 xl:grid-cols-[3fr_2fr]">
        <section aria-labelledby="queue-heading">
          <h2 id="queue-heading" className="sr-only">
            Reports
          </h2>
          <QueueTabs path="/admin/moderation" status={status} />
          <ReportQueue
            reports={page.items}
            status={status}
            empty="Reports from anyone, about anything on Hearth, arrive here."
          />
          {page.nextCursor && (
            <div className="mt-6 flex justify-center">
              <ButtonLink
                variant="secondary"
                href={`/admin/moderation?${new URLSearchParams({ ...(status === "CLOSED" ? { status: "closed" } : {}), cursor: page.nextCursor })}`}
              >
                Older reports
              </ButtonLink>
            </div>
          )}
        </section>
        <section aria-labelledby="removed-heading">
          <h2 id="removed-heading" className="mb-1 text-base font-semibold text-stone-900">
            Removed content
          </h2>
          <p className="mb-4 text-sm text-stone-600">
            Restorable for 30 days after removal; after that it stays removed.
          </p>
          <RestoreList items={removed} />
        </section>
      </div>
    </>
  );
}
