import { Filter } from "lucide-react";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { SelectField } from "@/components/ui/field";

type Options = {
  departments: { slug: string; name: string }[];
  values: { slug: string; name: string; emoji: string }[];
  people: { handle: string; name: string }[];
};
export type WallFilters = { department?: string; value?: string; person?: string; period: string };

const PERIODS = [
  ["all", "Any time"],
  ["week", "Last 7 days"],
  ["month", "Last 30 days"],
  ["quarter", "Last 3 months"],
  ["year", "Last 12 months"],
] as const;

/** The wall's filters: a plain GET form, so every filtered view is a shareable URL and works without JavaScript. */
export function PrideFilters({ options, filters }: { options: Options; filters: WallFilters }) {
  const active = Boolean(filters.department || filters.value || filters.person || filters.period !== "all");
  return (
    <Card className="!p-4">
      <h2 className="flex items-center gap-2 text-sm font-semibold text-stone-900">
        <Filter className="size-4 text-stone-500" aria-hidden="true" /> Filter moments
      </h2>
      <form method="get" action="/pride" className="mt-3 grid grid-cols-2 gap-3 lg:grid-cols-1">
        <SelectField label="Department" name="department" defaultValue={filters.department ?? ""}>
          <option value="">All departments</option>
          {options.departments.map((department) => (
            <option key={department.slug} value={department.slug}>
              {department.name}
            </option>
          ))}
        </SelectField>
        <SelectField label="Value" name="value" defaultValue={filters.value ?? ""}>
          <option value="">All values</option>
          {options.values.map((value) => (
            <option key={value.slug} value={value.slug}>
              {value.emoji} {value.name}
            </option>
          ))}
        </SelectField>
        <SelectField label="Person" name="person" defaultValue={filters.person ?? ""} hint="Who shared or was credited">
          <option value="">Everyone</option>
          {options.people.map((person) => (
            <option key={person.handle} value={person.handle}>
              {person.name}
            </option>
          ))}
        </SelectField>
        <SelectField label="Period" name="period" defaultValue={filters.period}>
          {PERIODS.map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </SelectField>
        <div className="col-span-2 flex items-center gap-3 lg:col-span-1">
          <Button type="submit" size="sm">
            Show moments
          </Button>
          {active && (
            <Link href="/pride" className="text-sm font-medium text-stone-600 hover:text-stone-900">
              Clear filters
            </Link>
          )}
        </div>
      </form>
    </Card>
  );
}
