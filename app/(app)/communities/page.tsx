import { Plus, Search, Users } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import clsx from "clsx";
import { CommunityCard } from "@/components/communities/community-card";
import { ButtonLink, buttonClass } from "@/components/ui/button";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { currentActor } from "@/lib/auth/current-user";
import { listCommunities, ZListCommunitiesInput } from "@/lib/communities/list-communities";

export const metadata: Metadata = { title: "Communities" };

type SearchParams = { q?: string; kind?: string; category?: string; sort?: string; mine?: string };

const SORTS = [
  { value: "activity", label: "Most active" },
  { value: "members", label: "Most members" },
  { value: "suggested", label: "Suggested for you" },
] as const;

export default async function CommunitiesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await currentActor();
  const params = await searchParams;
  // The same rules as the list itself: unknown values fall back.
  const filters = ZListCommunitiesInput.parse({
    q: params.q,
    kind: params.kind || undefined,
    category: params.category,
    sort: params.sort,
    mine: params.mine === "1",
  });
  const { items, categories } = await listCommunities(actor, filters);
  const hrefWith = (changes: Partial<Record<keyof SearchParams, string>>) => {
    const next = new URLSearchParams({ ...(params as Record<string, string>), ...changes });
    for (const [key, value] of [...next]) if (!value) next.delete(key);
    return `/communities${next.size > 0 ? `?${next}` : ""}`;
  };
  return (
    <>
      <PageHeader
        title="Communities"
        description="Work and interest communities, from “Rebut the top 3 buyer objections” to Sunday runs and sourdough. Find your people, or start a community with a clear purpose."
        actions={
          <ButtonLink href="/communities/new">
            <Plus className="mr-1.5 size-4" aria-hidden="true" /> Create a community
          </ButtonLink>
        }
      />
      <form
        role="search"
        aria-label="Find communities"
        className="mb-4 grid gap-3 rounded-2xl bg-white p-4 shadow-sm ring-1 ring-stone-200 sm:grid-cols-[1fr_auto_auto_auto]"
      >
        <div>
          <label htmlFor="community-q" className="sr-only">
            Search communities
          </label>
          <div className="relative">
            <Search className="pointer-events-none absolute top-2.5 left-3 size-4 text-stone-500" aria-hidden="true" />
            <input
              id="community-q"
              name="q"
              type="search"
              defaultValue={filters.q}
              placeholder="Search by name, topic or category"
              className="block w-full rounded-lg border-0 py-2 pr-3 pl-9 text-sm ring-1 ring-inset ring-stone-300 focus:ring-2 focus:ring-ember-600 focus:outline-none"
            />
          </div>
        </div>
        <label className="flex items-center gap-2 text-sm text-stone-700">
          <span className="sr-only sm:not-sr-only">Kind</span>
          <select
            name="kind"
            defaultValue={filters.kind ?? ""}
            className="w-full rounded-lg border-0 py-2 pr-8 pl-3 text-sm ring-1 ring-inset ring-stone-300 focus:ring-2 focus:ring-ember-600"
          >
            <option value="">Work and interest</option>
            <option value="WORK">Work</option>
            <option value="INTEREST">Interest</option>
          </select>
        </label>
        <label className="flex items-center gap-2 text-sm text-stone-700">
          <span className="sr-only sm:not-sr-only">Category</span>
          <select
            name="category"
            defaultValue={filters.category}
            className="w-full rounded-lg border-0 py-2 pr-8 pl-3 text-sm ring-1 ring-inset ring-stone-300 focus:ring-2 focus:ring-ember-600"
          >
            <option value="">All categories</option>
            {categories.map((category) => (
              <option key={category} value={category}>
                {category}
              </option>
            ))}
          </select>
        </label>
        <input type="hidden" name="sort" value={filters.sort} />
        {filters.mine && <input type="hidden" name="mine" value="1" />}
        <button type="submit" className={buttonClass("secondary")}>
          Apply
        </button>
      </form>
      <nav aria-label="Sort communities" className="mb-5 flex flex-wrap gap-1 border-b border-stone-200">
        {SORTS.map((sort) => (
          <Link
            key={sort.value}
            href={hrefWith({ sort: sort.value, mine: "" })}
            aria-current={!filters.mine && filters.sort === sort.value ? "page" : undefined}
            className={clsx(
              "-mb-px border-b-2 px-3 py-2 text-sm font-medium",
              !filters.mine && filters.sort === sort.value
                ? "border-ember-700 text-ember-800"
                : "border-transparent text-stone-600 hover:text-stone-900",
            )}
          >
            {sort.label}
          </Link>
        ))}
        <Link
          href={hrefWith({ mine: "1", sort: "activity" })}
          aria-current={filters.mine ? "page" : undefined}
          className={clsx(
            "-mb-px border-b-2 px-3 py-2 text-sm font-medium",
            filters.mine ? "border-ember-700 text-ember-800" : "border-transparent text-stone-600 hover:text-stone-900",
          )}
        >
          Yours
        </Link>
      </nav>
      {items.length === 0 ? (
        <EmptyState
          icon={<Users className="size-8" aria-hidden="true" />}
          title={filters.mine ? "You have not joined a community yet" : "No communities match"}
        >
          {filters.q || filters.kind || filters.category
            ? "Try other words or fewer filters, or start the community you were looking for."
            : "Start one: a narrow purpose and a few colleagues are enough."}
        </EmptyState>
      ) : (
        <ul className="grid gap-4 sm:grid-cols-2 xl:grid-cols-3" aria-label="Communities">
          {items.map((community) => (
            <li key={community.id}>
              <CommunityCard community={community} />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
