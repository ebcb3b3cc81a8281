"use client";

import { ListChecks } from "lucide-react";
import Link from "next/link";
import { useState } from "react";
import { ActionItemCard } from "@/components/action-items/action-item-card";
import { useActionItemsLive } from "@/components/action-items/use-live-refresh";
import { Avatar } from "@/components/ui/avatar";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/card";
import type { PersonRef } from "@/lib/people/person-ref";
import type { ActionItemListEntry } from "@/lib/action-items/list-action-items";
import type { Page } from "@/lib/pagination";

type Group = { person: PersonRef | null; entries: ActionItemListEntry[] };

function groupsOf(entries: ActionItemListEntry[]): Group[] {
  const groups: Group[] = [];
  for (const entry of entries) {
    const last = groups.at(-1);
    if (last && last.person?.id === entry.group?.id) last.entries.push(entry);
    else groups.push({ person: entry.group, entries: [entry] });
  }
  return groups;
}

/**
 * A flat or grouped list (by assignee, by leader) with "Load more". Pages continue where the last one
 * ended, so a group split over two pages simply carries on. Any change to an item refreshes what is shown.
 */
export function ActionItemsList({
  initial,
  query,
  grouped,
  empty,
}: {
  initial: Page<ActionItemListEntry>;
  query: string; // the filters and grouping as URL parameters
  grouped: "assignee" | "leader" | null;
  empty: { title: string; body: string };
}) {
  const [entries, setEntries] = useState(initial.items);
  const [cursor, setCursor] = useState(initial.nextCursor);
  const [state, setState] = useState<"idle" | "loading" | "error">("idle");

  useActionItemsLive(async () => {
    const limit = Math.min(200, Math.max(20, entries.length));
    const response = await fetch(`/api/action-items?${query}${query ? "&" : ""}limit=${limit}`, {
      cache: "no-store",
    }).catch(() => null);
    if (!response?.ok) return;
    const page = (await response.json()) as Page<ActionItemListEntry>;
    setEntries(page.items);
    setCursor(page.nextCursor);
  });

  async function loadMore() {
    if (!cursor) return;
    setState("loading");
    const response = await fetch(`/api/action-items?${query}${query ? "&" : ""}cursor=${encodeURIComponent(cursor)}`, {
      cache: "no-store",
    }).catch(() => null);
    if (!response?.ok) return setState("error");
    const page = (await response.json()) as Page<ActionItemListEntry>;
    setEntries((current) => [
      ...current,
      ...page.items.filter((entry) => !current.some((shown) => shown.key === entry.key)),
    ]);
    setCursor(page.nextCursor);
    setState("idle");
  }

  if (entries.length === 0) {
    return (
      <EmptyState icon={<ListChecks className="size-8" aria-hidden="true" />} title={empty.title}>
        {empty.body}
      </EmptyState>
    );
  }

  return (
    <div className="space-y-6">
      {grouped ? (
        groupsOf(entries).map((group, index) => (
          <section
            key={`${group.person?.id ?? "none"}-${index}`}
            aria-labelledby={`group-${group.person?.id}-${index}`}
          >
            <h2 id={`group-${group.person?.id}-${index}`} className="mb-3 flex items-center gap-2.5">
              {group.person && <Avatar name={group.person.name} src={group.person.avatarUrl} size="sm" />}
              <span className="min-w-0">
                {group.person ? (
                  <Link
                    href={`/people/${group.person.handle}`}
                    className="block text-sm font-semibold text-stone-900 hover:underline"
                  >
                    {group.person.name}
                  </Link>
                ) : (
                  <span className="block text-sm font-semibold text-stone-900">Someone</span>
                )}
                <span className="block truncate text-xs font-normal text-stone-600">
                  {group.person?.title}
                  {grouped === "leader" ? " · assigned these" : " · working on these"}
                </span>
              </span>
            </h2>
            <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
              {group.entries.map((entry) => (
                <li key={entry.key}>
                  <ActionItemCard item={entry.item} />
                </li>
              ))}
            </ul>
          </section>
        ))
      ) : (
        <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
          {entries.map((entry) => (
            <li key={entry.key}>
              <ActionItemCard item={entry.item} />
            </li>
          ))}
        </ul>
      )}
      {cursor ? (
        <div className="flex flex-col items-center gap-2">
          <Button variant="secondary" onClick={() => void loadMore()} disabled={state === "loading"}>
            {state === "loading" ? "Loading…" : "Load more"}
          </Button>
          {state === "error" && (
            <p role="alert" className="text-sm text-red-700">
              Could not load more action items. Try again.
            </p>
          )}
        </div>
      ) : (
        <p className="text-center text-sm text-stone-500">That is everything.</p>
      )}
    </div>
  );
}
