import type { Metadata } from "next";
import Link from "next/link";
import { ValueForm, ValueRowActions } from "@/components/admin/value-forms";
import { Badge, Card, PageHeader } from "@/components/ui/card";
import { FormMessage } from "@/components/ui/form-message";
import { currentActor } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { listCompanyValues } from "@/lib/values/list-company-values";
import { roleRefusal } from "@/lib/http";

export const metadata: Metadata = { title: "Company values" };

export default async function AdminValuesPage({
  searchParams,
}: {
  searchParams: Promise<{ edit?: string; saved?: string }>;
}) {
  const actor = await currentActor();
  // Not an admin: this page does not exist for you (the actions check again in lib/).
  if (!actor || !can(actor, "values.manage")) roleRefusal();
  const { edit, saved } = await searchParams;
  const values = await listCompanyValues(actor, { includeArchived: true });
  const editing = values.find((value) => value.id === edit);
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/admin" className="font-medium text-ember-800 hover:underline">
          Admin
        </Link>{" "}
        <span className="text-stone-400">/</span> Company values
      </p>
      <PageHeader
        title="Company values"
        description="The values colleagues can pick when they share a moment of pride. Archived values leave the composer and the filters; moments that carry them keep them."
      />
      {saved && (
        <div className="mb-4">
          <FormMessage status="ok" message="The value is saved." />
        </div>
      )}
      <div className="grid gap-6 lg:grid-cols-[3fr_2fr] lg:items-start">
        <Card aria-labelledby="values-heading">
          <h2 id="values-heading" className="font-semibold">
            Values, in the order people see them
          </h2>
          {values.length === 0 ? (
            <p className="mt-3 text-sm text-stone-500">No values yet. Add the first one.</p>
          ) : (
            <ol className="mt-3 divide-y divide-stone-200">
              {values.map((value, index) => (
                <li key={value.id} className="flex flex-wrap items-start gap-3 py-3">
                  <span
                    className="flex size-10 shrink-0 items-center justify-center rounded-xl bg-amber-50 text-xl ring-1 ring-amber-200"
                    aria-hidden="true"
                  >
                    {value.emoji || "•"}
                  </span>
                  <div className="min-w-48 flex-1">
                    <p className="flex flex-wrap items-center gap-2 font-medium text-stone-900">
                      {value.name}
                      {value.archivedAt && <Badge className="bg-stone-200 text-stone-700">Archived</Badge>}
                    </p>
                    {value.description && <p className="text-sm text-stone-600">{value.description}</p>}
                  </div>
                  <ValueRowActions value={value} isFirst={index === 0} isLast={index === values.length - 1} />
                </li>
              ))}
            </ol>
          )}
        </Card>
        <Card aria-labelledby="value-form-heading">
          <h2 id="value-form-heading" className="mb-4 font-semibold">
            {editing ? `Edit “${editing.name}”` : "Add a value"}
          </h2>
          <ValueForm key={editing?.id ?? "new"} value={editing} />
        </Card>
      </div>
    </>
  );
}
