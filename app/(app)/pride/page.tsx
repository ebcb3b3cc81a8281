import { Award } from "lucide-react";
import type { Metadata } from "next";
import { PrideComposer } from "@/components/pride/pride-composer";
import { PrideFilters, type WallFilters } from "@/components/pride/pride-filters";
import { PrideHighlightsSection } from "@/components/pride/pride-highlights";
import { PrideList } from "@/components/pride/pride-list";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { currentActor } from "@/lib/auth/current-user";
import { pageRefusal } from "@/lib/http";
import { findPrideHighlights } from "@/lib/pride/find-pride-highlights";
import { findPerson } from "@/lib/people/find-person";
import { NUDGE_TEXT } from "@/lib/nudges/nudge-text";
import { findPrideWall } from "@/lib/pride/find-pride-wall";
import { listPrideFilterOptions } from "@/lib/pride/list-pride-filter-options";
import { PRIDE_PERIODS } from "@/lib/pride/pride-filters";

export const metadata: Metadata = { title: "Wall of pride" };

type SearchParams = {
  department?: string;
  value?: string;
  person?: string;
  period?: string;
  cursor?: string;
  thank?: string; // a nudge's one-click thank-you: the composer opens pre-filled for this colleague
};

/** Only known keys, as single strings; an unknown period falls back to "any time" rather than a 404. */
function filtersOf(params: SearchParams): WallFilters {
  const text = (value: unknown) => (typeof value === "string" && value.trim() ? value.trim().slice(0, 60) : undefined);
  const period = text(params.period);
  return {
    department: text(params.department),
    value: text(params.value),
    person: text(params.person),
    period: period && period in PRIDE_PERIODS ? period : "all",
  };
}

function hrefWith(filters: WallFilters, cursor?: string) {
  const query = new URLSearchParams(
    Object.entries({ ...filters, cursor }).filter(
      (entry): entry is [string, string] => Boolean(entry[1]) && entry[1] !== "all",
    ),
  );
  return query.size > 0 ? `/pride?${query}` : "/pride";
}

export default async function PridePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await currentActor();
  const params = await searchParams;
  const filters = filtersOf(params);
  const cursor = typeof params.cursor === "string" ? params.cursor : undefined;
  const data = await Promise.all([
    findPrideWall(actor, { ...filters, cursor }),
    findPrideHighlights(actor, {}),
    listPrideFilterOptions(actor, {}),
  ]).catch((error: unknown) => pageRefusal(error, hrefWith(filters, cursor)));
  const [page, highlights, options] = data;
  const thanked =
    typeof params.thank === "string" ? await findPerson(actor, { handle: params.thank }).catch(() => null) : null;
  const filtered = hrefWith(filters) !== "/pride";
  return (
    <>
      <PageHeader
        title="Wall of pride"
        description="Moments of pride from across Northwind: what happened, the colleagues who made it happen, and the values it showed."
      />
      <PrideHighlightsSection highlights={highlights} />
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_18rem] lg:items-start">
        <div className="space-y-4">
          <PrideComposer
            me={{ name: actor!.name }}
            initial={
              thanked && thanked.id !== actor!.id
                ? {
                    body: NUDGE_TEXT.thankBody(thanked.handle),
                    tagged: [
                      {
                        id: thanked.id,
                        name: thanked.name,
                        title: thanked.title,
                        handle: thanked.handle,
                        avatarUrl: thanked.avatarUrl,
                      },
                    ],
                  }
                : undefined
            }
          />
          <h2 className="pt-2 text-base font-semibold text-stone-900">
            {filtered ? "Moments matching your filters" : "All moments"}
          </h2>
          {page.items.length === 0 ? (
            <EmptyState
              icon={<Award className="size-8" aria-hidden="true" />}
              title={filtered ? "No moments match these filters" : "No moments of pride yet"}
            >
              {filtered
                ? "Try another period or clear the filters."
                : "Share the first one: what did a colleague make happen?"}
            </EmptyState>
          ) : (
            <PrideList posts={page.items} label="Moments of pride" />
          )}
          <nav aria-label="More moments" className="flex flex-wrap justify-between gap-3">
            {cursor && (
              <ButtonLink href={hrefWith(filters)} variant="ghost" size="sm">
                Back to the newest
              </ButtonLink>
            )}
            {page.nextCursor && (
              <ButtonLink href={hrefWith(filters, page.nextCursor)} variant="secondary" size="sm" className="ml-auto">
                Older moments
              </ButtonLink>
            )}
          </nav>
        </div>
        <aside className="order-first lg:order-none lg:sticky lg:top-20">
          <PrideFilters options={options} filters={filters} />
        </aside>
      </div>
    </>
  );
}
