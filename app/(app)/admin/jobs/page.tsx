import { CircleCheck, CircleX, Clock } from "lucide-react";
import type { Metadata } from "next";
import { JobRetryForm } from "@/components/admin/job-retry-form";
import { Badge, Card, EmptyState, PageHeader } from "@/components/ui/card";
import { currentActor } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { formatDate } from "@/lib/format/dates";
import { roleRefusal } from "@/lib/http";
import { listJobRuns, type JobRunView } from "@/lib/jobs/list-job-runs";

export const metadata: Metadata = { title: "Background jobs · Admin" };

function every(seconds: number | null): string {
  if (!seconds) return "when queued";
  if (seconds % 3600 === 0) return seconds === 3600 ? "every hour" : `every ${seconds / 3600} hours`;
  if (seconds % 60 === 0) return seconds === 60 ? "every minute" : `every ${seconds / 60} minutes`;
  return `every ${seconds} s`;
}

const STATE_STYLE: Record<JobRunView["state"], string> = {
  completed: "bg-emerald-50 text-emerald-800 ring-1 ring-emerald-200",
  failed: "bg-red-50 text-red-800 ring-1 ring-red-200",
  retry: "bg-amber-50 text-amber-900 ring-1 ring-amber-200",
  active: "bg-sky-50 text-sky-800 ring-1 ring-sky-200",
  created: "bg-stone-100 text-stone-700 ring-1 ring-stone-200",
  cancelled: "bg-stone-100 text-stone-700 ring-1 ring-stone-200",
};

const when = (iso: string | null) => (iso ? formatDate(iso, "numericDateTime") : "—");

export default async function JobsPage() {
  const actor = await currentActor();
  if (!actor || !can(actor, "jobs.manage")) roleRefusal();
  const { queues, recent, failures } = await listJobRuns(actor, {});
  return (
    <>
      <PageHeader
        title="Background jobs"
        description="Reminders, closings, health checks and link previews run here, once across all servers. A run that fails is retried with growing pauses; when its tries are used up it is listed below with its error."
      />

      <section aria-labelledby="failures-heading" className="mb-8">
        <h2 id="failures-heading" className="mb-3 font-semibold text-stone-900">
          Failed runs
        </h2>
        {failures.length === 0 ? (
          <EmptyState icon={<CircleCheck className="size-8" aria-hidden="true" />} title="No failed runs">
            Every job that ran in the last week succeeded, or succeeded on a retry.
          </EmptyState>
        ) : (
          <ul className="space-y-3">
            {failures.map((run) => (
              <li key={run.id}>
                <Card className="flex flex-wrap items-start justify-between gap-4">
                  <div className="min-w-0 flex-1">
                    <p className="flex flex-wrap items-center gap-2">
                      <CircleX className="size-4 text-red-700" aria-hidden="true" />
                      <code className="text-sm font-medium text-stone-900">{run.name}</code>
                      <span className="text-xs text-stone-600">
                        failed {when(run.completedAt)} after {run.attempt} {run.attempt === 1 ? "try" : "tries"}
                      </span>
                    </p>
                    <pre className="mt-2 overflow-x-auto rounded-lg bg-stone-50 p-3 text-xs whitespace-pre-wrap text-red-900 ring-1 ring-stone-200">
                      {run.result ?? "No error text was recorded."}
                    </pre>
                  </div>
                  <JobRetryForm runId={run.id} name={run.name} />
                </Card>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="jobs-heading" className="mb-8">
        <h2 id="jobs-heading" className="mb-3 font-semibold text-stone-900">
          Jobs
        </h2>
        {queues.length === 0 ? (
          <EmptyState icon={<Clock className="size-8" aria-hidden="true" />} title="No jobs yet">
            The job runner creates its queues when a server starts.
          </EmptyState>
        ) : (
          <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
            {queues.map((queue) => (
              <li key={queue.name} className="rounded-2xl bg-white p-4 text-sm shadow-sm ring-1 ring-stone-200">
                <code className="font-medium text-stone-900">{queue.name}</code>
                <p className="mt-1 text-stone-600">Runs {every(queue.everySeconds)}</p>
                <p className="mt-1 text-stone-600">Last success: {when(queue.lastCompletedAt)}</p>
                <p className="mt-2 flex flex-wrap gap-2">
                  <Badge className="bg-stone-100 text-stone-700">{queue.waiting} waiting</Badge>
                  <Badge className={queue.failed > 0 ? STATE_STYLE.failed : "bg-stone-100 text-stone-700"}>
                    {queue.failed} failed
                  </Badge>
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="recent-heading">
        <h2 id="recent-heading" className="mb-3 font-semibold text-stone-900">
          Recent runs
        </h2>
        {recent.length === 0 ? (
          <EmptyState icon={<Clock className="size-8" aria-hidden="true" />} title="Nothing has run yet">
            Periodic jobs start within a minute of a server starting.
          </EmptyState>
        ) : (
          <div className="overflow-x-auto rounded-2xl bg-white shadow-sm ring-1 ring-stone-200">
            <table className="w-full min-w-[36rem] text-left text-sm">
              <caption className="sr-only">Recent runs, newest first</caption>
              <thead className="bg-stone-50 text-xs tracking-wide text-stone-600 uppercase">
                <tr>
                  <th scope="col" className="px-4 py-2 font-medium">
                    Job
                  </th>
                  <th scope="col" className="px-4 py-2 font-medium">
                    State
                  </th>
                  <th scope="col" className="px-4 py-2 font-medium">
                    Started
                  </th>
                  <th scope="col" className="px-4 py-2 font-medium">
                    Result
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-stone-100">
                {recent.map((run) => (
                  <tr key={run.id}>
                    <td className="px-4 py-2">
                      <code className="text-stone-900">{run.name}</code>
                    </td>
                    <td className="px-4 py-2">
                      <Badge className={STATE_STYLE[run.state]}>
                        {run.state}
                        {run.attempt > 1 ? ` · try ${run.attempt}` : ""}
                      </Badge>
                    </td>
                    <td className="px-4 py-2 whitespace-nowrap text-stone-700">{when(run.startedAt)}</td>
                    <td
                      className="max-w-xs truncate px-4 py-2 font-mono text-xs text-stone-700"
                      title={run.result ?? ""}
                    >
                      {run.result ?? "—"}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </>
  );
}
