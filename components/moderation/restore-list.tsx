"use client";

import Link from "next/link";
import { useState } from "react";
import { restoreContentAction } from "@/app/(app)/moderation/actions";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/card";
import { RelativeTime } from "@/components/ui/relative-time";
import type { RemovedContentView } from "@/lib/moderation/list-removed-content";
import { formatDate } from "@/lib/format/dates";
import { useServerAction } from "@/components/ui/use-server-action";

function RestoreButton({ item }: { item: RemovedContentView }) {
  const [restored, setRestored] = useState(false);
  const { run, pending, error } = useServerAction(restoreContentAction, { onSuccess: () => setRestored(true) });
  if (restored)
    return (
      <p role="status" className="text-sm text-emerald-800">
        Restored.
      </p>
    );
  return (
    <div className="flex flex-col items-end gap-1">
      <Button
        type="button"
        size="sm"
        variant="secondary"
        disabled={pending}
        aria-label={`Restore ${item.author.name}'s ${item.targetType === "POST" ? "post" : "comment"}`}
        onClick={() => run({ targetType: item.targetType, targetId: item.id })}
      >
        {pending ? "Restoring…" : "Restore"}
      </Button>
      {error && (
        <p role="alert" className="text-sm text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}

/** Content hidden or removed in the last 30 days, each with its reason and a restore button (admins). */
export function RestoreList({ items }: { items: RemovedContentView[] }) {
  if (items.length === 0)
    return (
      <EmptyState title="Nothing removed in the last 30 days">
        Removed posts and comments stay restorable here for 30 days.
      </EmptyState>
    );
  return (
    <ul
      className="divide-y divide-stone-200 rounded-2xl bg-white shadow-sm ring-1 ring-stone-200"
      aria-label="Restorable content"
    >
      {items.map((item) => (
        <li
          key={item.id}
          className="flex flex-col gap-3 p-4 sm:flex-row sm:items-start sm:justify-between"
          data-testid="removed-item"
        >
          <div className="min-w-0 text-sm">
            <p className="line-clamp-2 break-words text-stone-900">{item.excerpt}</p>
            <p className="mt-1 text-xs text-stone-600">
              {item.targetType === "POST" ? "Post" : "Comment"} by{" "}
              <Link href={`/people/${item.author.handle}`} className="font-medium hover:underline">
                {item.author.name}
              </Link>
              {item.community ? ` in ${item.community.name}` : " · company-wide"} · {item.mode} by{" "}
              {item.by?.name ?? "a moderator"} <RelativeTime iso={item.takenDownAt} />
            </p>
            <p className="mt-1 text-xs text-stone-700">
              <span className="font-medium">Reason:</span> {item.reason || "—"} · restorable until{" "}
              {formatDate(item.restorableUntil, "numericDate")}
            </p>
          </div>
          <RestoreButton item={item} />
        </li>
      ))}
    </ul>
  );
}
