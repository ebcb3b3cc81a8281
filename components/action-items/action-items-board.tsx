"use client";

import { useState } from "react";
import { ActionItemCard } from "@/components/action-items/action-item-card";
import { useActionItemsLive } from "@/components/action-items/use-live-refresh";
import { Button } from "@/components/ui/button";
import { STATUS_LABELS, type ActionStatus } from "@/lib/action-items/action-item-limits";
import type { BoardColumn } from "@/lib/action-items/find-action-item-board";
import type { ActionItemListEntry } from "@/lib/action-items/list-action-items";
import type { Page } from "@/lib/pagination";

const EMPTY: Record<ActionStatus, string> = {
  OPEN: "Nothing waiting to be started.",
  IN_PROGRESS: "Nobody is working on anything here right now.",
  DONE: "Nothing finished yet.",
  DECLINED: "Nothing declined. Good sign.",
};

const headTone: Record<ActionStatus, string> = {
  OPEN: "bg-sky-500",
  IN_PROGRESS: "bg-amber-500",
  DONE: "bg-emerald-500",
  DECLINED: "bg-stone-400",
};

/**
 * The board by status. Each column shows its first items with "Show more"; any item created or moved
 * anywhere refreshes the columns (as many items as each shows), so new items appear and moves land live.
 */
export function ActionItemsBoard({ initial, query }: { initial: BoardColumn[]; query: string }) {
  const [columns, setColumns] = useState(initial);
  const [loading, setLoading] = useState<ActionStatus | null>(null);
  const [error, setError] = useState<string | null>(null);

  useActionItemsLive(async () => {
    const shown = Math.min(200, Math.max(10, ...columns.map((column) => column.items.length)));
    const response = await fetch(`/api/action-items/board?${query}${query ? "&" : ""}limit=${shown}`, {
      cache: "no-store",
    }).catch(() => null);
    if (response?.ok) setColumns(((await response.json()) as { columns: BoardColumn[] }).columns);
  });

  async function showMore(column: BoardColumn) {
    if (!column.nextCursor) return;
    setLoading(column.status);
    setError(null);
    const params = new URLSearchParams(query);
    params.set("status", column.status);
    params.set("cursor", column.nextCursor);
    params.set("limit", "10");
    const response = await fetch(`/api/action-items?${params}`, { cache: "no-store" }).catch(() => null);
    setLoading(null);
    if (!response?.ok)
      return setError(`Could not load more ${STATUS_LABELS[column.status].toLowerCase()} items. Try again.`);
    const page = (await response.json()) as Page<ActionItemListEntry>;
    setColumns((current) =>
      current.map((other) =>
        other.status === column.status
          ? {
              ...other,
              items: [
                ...other.items,
                ...page.items.filter((entry) => !other.items.some((shown) => shown.key === entry.key)),
              ],
              nextCursor: page.nextCursor,
            }
          : other,
      ),
    );
  }

  return (
    <div>
      {error && (
        <p role="alert" className="mb-3 text-sm text-red-700">
          {error}
        </p>
      )}
      <div className={columns.length === 1 ? "max-w-md" : "grid gap-4 sm:grid-cols-2 xl:grid-cols-4"}>
        {columns.map((column) => (
          <section
            key={column.status}
            aria-labelledby={`column-${column.status}`}
            data-testid={`column-${column.status}`}
            className="flex flex-col rounded-2xl bg-stone-100/80 p-3 ring-1 ring-stone-200"
          >
            <h2
              id={`column-${column.status}`}
              className="mb-3 flex items-center gap-2 px-1 text-sm font-semibold text-stone-800"
            >
              <span className={`size-2.5 rounded-full ${headTone[column.status]}`} aria-hidden="true" />
              {STATUS_LABELS[column.status]}
              <span className="ml-auto rounded-full bg-white px-2 py-0.5 text-xs font-medium text-stone-600 ring-1 ring-stone-200">
                <span className="sr-only">, </span>
                {column.count}
                <span className="sr-only"> items</span>
              </span>
            </h2>
            {column.items.length === 0 ? (
              <p className="rounded-xl border border-dashed border-stone-300 px-3 py-6 text-center text-sm text-stone-500">
                {EMPTY[column.status]}
              </p>
            ) : (
              <ul className="space-y-2.5">
                {column.items.map((entry) => (
                  <li key={entry.key}>
                    <ActionItemCard item={entry.item} showStatus={false} />
                  </li>
                ))}
              </ul>
            )}
            {column.nextCursor && (
              <Button
                variant="ghost"
                size="sm"
                className="mt-2 w-full"
                onClick={() => void showMore(column)}
                disabled={loading === column.status}
              >
                {loading === column.status ? "Loading…" : `Show more ${STATUS_LABELS[column.status].toLowerCase()}`}
              </Button>
            )}
          </section>
        ))}
      </div>
    </div>
  );
}
