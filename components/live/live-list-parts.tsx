"use client";

import { ArrowUp } from "lucide-react";
import type { RefObject } from "react";
import { Button } from "@/components/ui/button";

/** "3 new posts": items others added, waiting until the reader asks for them (no jumping list). */
export function NewItemsPill({
  count,
  noun,
  onShow,
}: {
  count: number;
  noun: [singular: string, plural: string];
  onShow: () => void;
}) {
  if (count === 0) return null;
  return (
    <div className="sticky top-16 z-10 flex justify-center">
      <button
        type="button"
        onClick={onShow}
        className="inline-flex items-center gap-1.5 rounded-full bg-ember-700 px-4 py-2 text-sm font-medium text-white shadow-lg hover:bg-ember-800"
      >
        <ArrowUp className="size-4" aria-hidden="true" />
        {count === 1 ? `1 new ${noun[0]}` : `${count} new ${noun[1]}`}
      </button>
    </div>
  );
}

/** The end of a live list: the scroll sentinel, a "Load more" fallback with its error, or the last word. */
export function LiveListEnd({
  list: { sentinel, cursor, loading, loadMore, items },
  moreLabel,
  errorLabel,
  endLabel,
}: {
  /** What useLiveList returns. */
  list: {
    sentinel: RefObject<HTMLDivElement | null>;
    cursor: string | null;
    loading: "idle" | "loading" | "error";
    loadMore: () => unknown;
    items: unknown[];
  };
  moreLabel: string;
  errorLabel: string;
  endLabel: string;
}) {
  const onLoadMore = () => void loadMore();
  const hasItems = items.length > 0;
  return (
    <>
      <div ref={sentinel} />
      {cursor && (
        <div className="flex flex-col items-center gap-2 py-2">
          <Button variant="secondary" onClick={onLoadMore} disabled={loading === "loading"}>
            {loading === "loading" ? "Loading…" : moreLabel}
          </Button>
          {loading === "error" && (
            <p role="alert" className="text-sm text-red-700">
              {errorLabel}
            </p>
          )}
        </div>
      )}
      {!cursor && hasItems && <p className="py-4 text-center text-sm text-stone-600">{endLabel}</p>}
    </>
  );
}
