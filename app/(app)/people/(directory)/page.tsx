import { Search, Users } from "lucide-react";
import type { Metadata } from "next";
import { PeopleList } from "@/components/people/people-list";
import { Button, ButtonLink } from "@/components/ui/button";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { SelectField, TextField } from "@/components/ui/field";
import { currentActor } from "@/lib/auth/current-user";
import { listDirectoryFilters, listPeople } from "@/lib/people/list-people";

export const metadata: Metadata = { title: "People" };

type Params = { q?: string; department?: string; location?: string };

export default async function PeoplePage({ searchParams }: { searchParams: Promise<Params> }) {
  const actor = await currentActor();
  const params = await searchParams;
  const filters = { q: params.q ?? "", department: params.department ?? "", location: params.location ?? "" };
  const [page, options] = await Promise.all([listPeople(actor, filters), listDirectoryFilters(actor, {})]);
  const query = new URLSearchParams(Object.entries(filters).filter(([, value]) => value)).toString();
  const filtered = Boolean(query);

  return (
    <>
      <PageHeader
        title="People"
        description="Everyone at Northwind Housewares: find a colleague by name, team or place."
      />
      <form
        role="search"
        className="mb-6 grid gap-3 rounded-2xl bg-white p-4 shadow-sm ring-1 ring-stone-200 sm:grid-cols-[1fr_12rem_12rem_auto] sm:items-end"
      >
        <TextField
          label="Search"
          name="q"
          type="search"
          placeholder="Name, title or handle"
          defaultValue={filters.q}
          maxLength={100}
        />
        <SelectField label="Department" name="department" defaultValue={filters.department}>
          <option value="">All departments</option>
          {options.departments.map((department) => (
            <option key={department.slug} value={department.slug}>
              {department.name}
            </option>
          ))}
        </SelectField>
        <SelectField label="Location" name="location" defaultValue={filters.location}>
          <option value="">All locations</option>
          {options.locations.map((location) => (
            <option key={location} value={location}>
              {location}
            </option>
          ))}
        </SelectField>
        <div className="flex gap-2">
          <Button type="submit">
            <Search className="size-4" aria-hidden="true" /> Search
          </Button>
          {filtered && (
            <ButtonLink href="/people" variant="ghost">
              Clear
            </ButtonLink>
          )}
        </div>
      </form>
      {page.items.length === 0 ? (
        <EmptyState icon={<Users className="size-8" aria-hidden="true" />} title="Nobody matches that search">
          Try a shorter name, or clear the department and location filters.
        </EmptyState>
      ) : (
        <PeopleList key={query} initial={page.items} nextCursor={page.nextCursor} query={query} />
      )}
    </>
  );
}
