import { ScrollText } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { AuditFilters, type AuditFilterValues } from "@/components/moderation/audit-filters";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { currentActor } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { isAppError } from "@/lib/errors";
import { listAudit, listAuditFacets, type AuditView } from "@/lib/moderation/list-audit";
import type { Page } from "@/lib/pagination";
import { formatDate } from "@/lib/format/dates";
import { FormErrorSummary } from "@/components/ui/form-error-summary";
import { roleRefusal } from "@/lib/http";

export const metadata: Metadata = { title: "Audit log · Admin" };

type Props = { searchParams: Promise<AuditFilterValues & { cursor?: string }> };

const FILTER_KEYS = ["action", "actor", "community", "targetType", "from", "to"] as const;

export default async function AuditPage({ searchParams }: Props) {
  const actor = await currentActor();
  if (!actor || !can(actor, "audit.read")) roleRefusal();
  const params = await searchParams;
  const values: AuditFilterValues = Object.fromEntries(
    FILTER_KEYS.flatMap((key) => (typeof params[key] === "string" && params[key] ? [[key, params[key]]] : [])),
  );
  const facets = await listAuditFacets(actor, {});
  let page: Page<AuditView> = { items: [], nextCursor: null };
  let errors: Record<string, string> = {};
  try {
    page = await listAudit(actor, { ...values, cursor: typeof params.cursor === "string" ? params.cursor : undefined });
  } catch (error) {
    // Bad filters keep what was typed and say which field is wrong.
    if (!isAppError(error) || error.code !== "BAD_INPUT") throw error;
    errors = error.fieldErrors ?? {};
  }
  const next = page.nextCursor ? `/admin/audit?${new URLSearchParams({ ...values, cursor: page.nextCursor })}` : null;
  return (
    <>
      <PageHeader
        title="Audit log"
        description="Who did what, when and why: moderation, removals and restores, newest first."
      />
      <AuditFilters values={values} facets={facets} errors={errors} />
      <FormErrorSummary fieldErrors={errors} where="above" noun="filter" />
      {page.items.length === 0 ? (
        <EmptyState icon={<ScrollText className="size-8" aria-hidden="true" />} title="No entries">
          {Object.keys(values).length > 0
            ? "Nothing matches these filters."
            : "Moderation decisions will be listed here."}
        </EmptyState>
      ) : (
        <>
          {/* Narrow screens: one card per entry; the table below takes over from sm up. */}
          <ul className="space-y-3 sm:hidden" aria-label="Audit entries, newest first">
            {page.items.map((entry) => (
              <li
                key={entry.id}
                className="rounded-2xl bg-white p-4 text-sm shadow-sm ring-1 ring-stone-200"
                data-testid="audit-card"
              >
                <p className="flex flex-wrap items-center gap-2">
                  <code className="rounded bg-stone-100 px-1.5 py-0.5 text-xs text-stone-800">{entry.action}</code>
                  <span className="text-stone-700">{entry.targetType}</span>
                  {entry.community && <span className="text-stone-600">in {entry.community.name}</span>}
                </p>
                <p className="mt-1 text-stone-800">{entry.reason || "—"}</p>
                <p className="mt-1 text-xs text-stone-600">
                  {entry.actor?.name ?? "Hearth"} ·{" "}
                  <time dateTime={entry.createdAt}>{formatDate(entry.createdAt, "dayTime", { timeZone: "UTC" })}</time>
                </p>
              </li>
            ))}
          </ul>
          <div className="hidden overflow-x-auto rounded-2xl bg-white shadow-sm ring-1 ring-stone-200 sm:block">
            <table className="w-full min-w-[40rem] text-left text-sm">
              <caption className="sr-only">Audit entries, newest first</caption>
              <thead className="bg-stone-50 text-xs uppercase tracking-wide text-stone-600">
                <tr>
                  <th scope="col" className="px-4 py-3 font-semibold">
                    When
                  </th>
                  <th scope="col" className="px-4 py-3 font-semibold">
                    Who
                  </th>
                  <th scope="col" className="px-4 py-3 font-semibold">
                    Action
                  </th>
                  <th scope="col" className="px-4 py-3 font-semibold">
                    Target
                  </th>
                  <th scope="col" className="px-4 py-3 font-semibold">
                    Community
                  </th>
                  <th scope="col" className="px-4 py-3 font-semibold">
                    Why
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-stone-200">
                {page.items.map((entry) => (
                  <tr key={entry.id} data-testid="audit-row">
                    <td className="whitespace-nowrap px-4 py-3 text-stone-700">
                      <time dateTime={entry.createdAt}>
                        {formatDate(entry.createdAt, "dayTime", { timeZone: "UTC" })}
                      </time>
                    </td>
                    <td className="px-4 py-3">
                      {entry.actor ? (
                        <Link
                          href={`/people/${entry.actor.handle}`}
                          className="font-medium text-stone-900 hover:underline"
                        >
                          {entry.actor.name}
                        </Link>
                      ) : (
                        <span className="text-stone-500">Hearth</span>
                      )}
                    </td>
                    <td className="px-4 py-3">
                      <code className="rounded bg-stone-100 px-1.5 py-0.5 text-xs text-stone-800">{entry.action}</code>
                    </td>
                    <td className="px-4 py-3 text-stone-700">
                      {entry.targetType === "Post" && entry.targetId ? (
                        <Link href={`/posts/${entry.targetId}`} className="hover:underline">
                          Post
                        </Link>
                      ) : (
                        entry.targetType
                      )}
                    </td>
                    <td className="px-4 py-3 text-stone-700">{entry.community?.name ?? "—"}</td>
                    <td className="max-w-xs px-4 py-3 text-stone-700">{entry.reason || "—"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
      {next && (
        <div className="mt-6 flex justify-center">
          <ButtonLink variant="secondary" href={next}>
            Older entries
          </ButtonLink>
        </div>
      )}
    </>
  );
}
