import { Flag, Inbox } from "lucide-react";
import Link from "next/link";
import { ReportActions } from "@/components/moderation/report-actions";
import { Badge, Card, EmptyState } from "@/components/ui/card";
import { RelativeTime } from "@/components/ui/relative-time";
import type { ReportView } from "@/lib/moderation/list-reports";

const TARGET_LABEL = { POST: "Post", COMMENT: "Comment", MEMBER: "Person" } as const;
const STATE_LABEL = { shown: null, hidden: "Hidden", removed: "Removed", deleted: "Deleted by its author" } as const;

/** Reports as cards: what was reported, by whom and why, and (while open) the moderator's decision. */
export function ReportQueue({
  reports,
  status,
  empty,
}: {
  reports: ReportView[];
  status: "OPEN" | "CLOSED";
  empty: string;
}) {
  if (reports.length === 0) {
    return (
      <EmptyState
        icon={<Inbox className="size-8" aria-hidden="true" />}
        title={status === "OPEN" ? "Nothing to review" : "No handled reports yet"}
      >
        {empty}
      </EmptyState>
    );
  }
  return (
    <ul className="space-y-4" aria-label={status === "OPEN" ? "Open reports" : "Handled reports"}>
      {reports.map((report) => (
        <li key={report.id}>
          <Card className="space-y-3" aria-labelledby={`report-${report.id}-heading`} data-testid="report-card">
            <div className="flex flex-wrap items-center gap-2 text-sm">
              <Flag className="size-4 text-ember-700" aria-hidden="true" />
              <h2 id={`report-${report.id}-heading`} className="font-semibold text-stone-900">
                {report.reason}
              </h2>
              <Badge className="bg-stone-100 text-stone-700">{TARGET_LABEL[report.target]}</Badge>
              <Badge className={report.community ? "bg-sky-50 text-sky-900" : "bg-amber-50 text-amber-900"}>
                {report.community ? report.community.name : "Company-wide"}
              </Badge>
              {STATE_LABEL[report.subject.state] && (
                <Badge className="bg-red-50 text-red-800">{STATE_LABEL[report.subject.state]}</Badge>
              )}
            </div>
            <blockquote className="rounded-xl bg-stone-50 p-3 text-sm text-stone-800 ring-1 ring-stone-200">
              <p className="line-clamp-4 whitespace-pre-wrap break-words">{report.subject.excerpt || "(no text)"}</p>
              <footer className="mt-2 text-xs text-stone-600">
                <Link href={`/people/${report.subject.person.handle}`} className="font-medium hover:underline">
                  {report.subject.person.name}
                </Link>
                {report.subject.state === "shown" && (
                  <>
                    {" · "}
                    <Link href={report.subject.href} className="hover:underline">
                      Open it
                    </Link>
                  </>
                )}
              </footer>
            </blockquote>
            {report.details && (
              <p className="text-sm text-stone-700">
                <span className="font-medium">Details:</span> {report.details}
              </p>
            )}
            <p className="text-xs text-stone-600">
              Reported by {report.reporter.name} · <RelativeTime iso={report.createdAt} />
            </p>
            {status === "OPEN" ? (
              <ReportActions report={report} />
            ) : (
              <p className="text-sm text-stone-700">{report.resolution}</p>
            )}
          </Card>
        </li>
      ))}
    </ul>
  );
}
