import { Search as SearchIcon } from "lucide-react";
import type { Metadata } from "next";
import { PeopleHits, SearchHitItem, TYPE_LABELS } from "@/components/search/search-results";
import { Button, ButtonLink } from "@/components/ui/button";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { SelectField, TextField } from "@/components/ui/field";
import { currentActor } from "@/lib/auth/current-user";
import { isAppError } from "@/lib/errors";
import { pageRefusal } from "@/lib/http";
import { listSearchCommunities } from "@/lib/search/quick-find";
import { search, type SearchResults } from "@/lib/search/search";
import { SEARCH_TYPES } from "@/lib/search/search-input";

export const metadata: Metadata = { title: "Search" };

type Params = Partial<Record<"q" | "type" | "community" | "author" | "from" | "to" | "cursor", string>>;
const FIELDS = ["q", "type", "community", "author", "from", "to"] as const;

export default async function SearchPage({ searchParams }: { searchParams: Promise<Params> }) {
  const actor = await currentActor();
  const params = await searchParams;
  const typed = Object.fromEntries(FIELDS.map((field) => [field, params[field] ?? ""])) as Record<
    (typeof FIELDS)[number],
    string
  >;
  let results: SearchResults | null = null;
  let fieldErrors: Record<string, string> = {};
  let refusal: string | null = null;
  try {
    results = await search(actor, { ...typed, cursor: params.cursor });
  } catch (error) {
    if (isAppError(error) && error.code === "BAD_INPUT") fieldErrors = error.fieldErrors ?? { q: error.message };
    else if (isAppError(error) && error.code === "RATE_LIMITED") refusal = error.message;
    else pageRefusal(error, "/search");
  }
  const communities = await listSearchCommunities(actor, {});
  const filtered = Boolean(typed.community || typed.author || typed.from || typed.to);
  const nextHref = results?.nextCursor
    ? `/search?${new URLSearchParams({ ...Object.fromEntries(Object.entries(typed).filter(([, v]) => v)), cursor: results.nextCursor })}`
    : null;
  const total = (results?.hits.length ?? 0) + (results?.people.length ?? 0);

  return (
    <>
      <PageHeader
        title="Search"
        description="Posts, comments, questions and answers, action items, communities, people, live shows and challenges — only what you may see."
      />
      <form
        role="search"
        aria-label="Search Hearth"
        className="mb-6 grid gap-3 rounded-2xl bg-white p-4 shadow-sm ring-1 ring-stone-200 sm:grid-cols-2 lg:grid-cols-6"
      >
        <TextField
          className="sm:col-span-2 lg:col-span-4"
          label="Search for"
          name="q"
          type="search"
          placeholder={'e.g. objections, "friday drinks", koffie -machine'}
          defaultValue={typed.q}
          maxLength={200}
          error={fieldErrors.q}
          hint='Use "quotes" for a phrase, -word to leave a word out and word* for words that start so.'
          autoFocus={!typed.q}
        />
        <SelectField
          className="lg:col-span-2"
          label="Show"
          name="type"
          defaultValue={typed.type || "all"}
          error={fieldErrors.type}
        >
          {SEARCH_TYPES.map((type) => (
            <option key={type} value={type}>
              {TYPE_LABELS[type]}
            </option>
          ))}
        </SelectField>
        <SelectField
          className="lg:col-span-2"
          label="Community"
          name="community"
          defaultValue={typed.community}
          error={fieldErrors.community}
        >
          <option value="">Any community</option>
          {communities.map((community) => (
            <option key={community.slug} value={community.slug}>
              {community.name}
            </option>
          ))}
        </SelectField>
        <TextField
          className="lg:col-span-2"
          label="Author"
          name="author"
          placeholder="@handle"
          defaultValue={typed.author}
          maxLength={61}
          error={fieldErrors.author}
        />
        <TextField label="From" name="from" type="date" defaultValue={typed.from} error={fieldErrors.from} />
        <TextField label="To" name="to" type="date" defaultValue={typed.to} error={fieldErrors.to} />
        <div className="flex items-end gap-2 sm:col-span-2 lg:col-span-6">
          <Button type="submit">
            <SearchIcon className="size-4" aria-hidden="true" /> Search
          </Button>
          {(typed.q || filtered) && (
            <ButtonLink href="/search" variant="ghost">
              Clear
            </ButtonLink>
          )}
        </div>
      </form>

      {refusal && (
        <p role="alert" className="mb-4 rounded-xl bg-amber-50 p-4 text-sm text-amber-900 ring-1 ring-amber-200">
          {refusal}
        </p>
      )}
      {!typed.q && !refusal && (
        <EmptyState icon={<SearchIcon className="size-8" aria-hidden="true" />} title="Find anything you can see">
          Type a few words. Dutch and English both work: “bezwaren” also finds “bezwaar”, “objections” finds
          “objection”. Press <kbd className="rounded bg-stone-100 px-1 font-mono text-xs">Ctrl K</kbd> anywhere to jump
          to a person, a community or a page.
        </EmptyState>
      )}
      {typed.q && results && (
        <section aria-labelledby="results-heading">
          <h2 id="results-heading" className="sr-only">
            Results
          </h2>
          <p className="mb-3 text-sm text-stone-600" role="status">
            {results.empty
              ? "Add a word to search for: leaving words out (-word) needs something to leave them out of."
              : total === 0
                ? `Nothing you can see matches “${results.query}”.`
                : `Results for “${results.query}”${params.cursor ? " (more)" : ""}`}
          </p>
          {results.people.length > 0 && (
            <div className="mb-6">
              <h3 className="mb-2 text-sm font-semibold text-stone-800">People</h3>
              <PeopleHits people={results.people} />
            </div>
          )}
          {results.hits.length > 0 && (
            <ol className="space-y-3" aria-label="Matches">
              {results.hits.map((hit) => (
                <SearchHitItem key={`${hit.type}:${hit.id}`} hit={hit} />
              ))}
            </ol>
          )}
          {total === 0 && !results.empty && (
            <EmptyState title="No matches">
              Try fewer or shorter words, a word with * at the end, or{" "}
              {filtered || typed.type !== "all" ? "clear the filters." : "another spelling."}
            </EmptyState>
          )}
          {nextHref && (
            <div className="mt-6 flex justify-center">
              <ButtonLink href={nextHref} variant="secondary">
                More results
              </ButtonLink>
            </div>
          )}
        </section>
      )}
    </>
  );
}
