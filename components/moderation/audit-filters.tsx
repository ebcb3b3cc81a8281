import Link from "next/link";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";

export type AuditFilterValues = {
  action?: string;
  actor?: string;
  community?: string;
  targetType?: string;
  from?: string;
  to?: string;
};

/** A plain GET form: the filters live in the URL, so a filtered view can be shared and paged. */
export function AuditFilters({
  values,
  facets,
  errors,
}: {
  values: AuditFilterValues;
  facets: { actions: string[]; targetTypes: string[] };
  errors: Record<string, string>;
}) {
  return (
    <form
      method="get"
      action="/admin/audit"
      className="mb-6 grid gap-3 rounded-2xl bg-white p-4 shadow-sm ring-1 ring-stone-200 sm:grid-cols-2 lg:grid-cols-6"
      aria-label="Filter the audit log"
    >
      <SelectField label="Action" name="action" defaultValue={values.action ?? ""} error={errors.action}>
        <option value="">Any action</option>
        {facets.actions.map((action) => (
          <option key={action}>{action}</option>
        ))}
      </SelectField>
      <TextField
        label="Actor (handle)"
        name="actor"
        defaultValue={values.actor ?? ""}
        placeholder="e.g. noah-peters"
        error={errors.actor}
      />
      <TextField
        label="Community (slug)"
        name="community"
        defaultValue={values.community ?? ""}
        placeholder="e.g. office-plants"
        error={errors.community}
      />
      <SelectField
        label="Target type"
        name="targetType"
        defaultValue={values.targetType ?? ""}
        error={errors.targetType}
      >
        <option value="">Any target</option>
        {facets.targetTypes.map((type) => (
          <option key={type}>{type}</option>
        ))}
      </SelectField>
      <TextField label="From" name="from" type="date" defaultValue={values.from ?? ""} error={errors.from} />
      <TextField label="To" name="to" type="date" defaultValue={values.to ?? ""} error={errors.to} />
      <div className="flex items-center gap-3 sm:col-span-2 lg:col-span-6">
        <Button type="submit" size="sm">
          Filter
        </Button>
        <Link href="/admin/audit" className="text-sm font-medium text-stone-700 hover:underline">
          Clear filters
        </Link>
      </div>
    </form>
  );
}
