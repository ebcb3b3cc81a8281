import clsx from "clsx";
import { ListChecks } from "lucide-react";
import Link from "next/link";
import { OverdueBadge } from "@/components/action-items/status-badge";
import { chipSummary } from "@/lib/action-items/describe-action-item";
import type { ActionItemChip } from "@/lib/action-items/action-item-chip";

const statusTone = {
  OPEN: "bg-sky-50 ring-sky-200 hover:bg-sky-100",
  IN_PROGRESS: "bg-amber-50 ring-amber-200 hover:bg-amber-100",
  DONE: "bg-emerald-50 ring-emerald-200 hover:bg-emerald-100",
  DECLINED: "bg-stone-50 ring-stone-200 hover:bg-stone-100",
} as const;

/** "Action: Review the weekend rota — assigned to Kees by Maria (CEO), in progress, due 12 Dec", each a link to the item. */
export function ActionItemChips({ items, className }: { items: ActionItemChip[]; className?: string }) {
  if (items.length === 0) return null;
  return (
    <ul aria-label="Action items" className={clsx("space-y-1.5", className)}>
      {items.map((item) => (
        <li key={item.id}>
          <Link
            href={`/actions/${item.id}`}
            data-testid="action-chip"
            className={clsx(
              "flex items-start gap-2 rounded-xl px-3 py-2 text-sm text-stone-800 ring-1",
              item.isOverdue ? "bg-red-50 ring-red-300 hover:bg-red-100" : statusTone[item.status],
            )}
          >
            <ListChecks className="mt-0.5 size-4 shrink-0 text-ember-700" aria-hidden="true" />
            <span className="min-w-0">
              <span className="font-semibold">Action:</span> {item.title}{" "}
              <span className="text-stone-600">— {chipSummary(item)}</span>
              {item.isOverdue && <OverdueBadge className="ml-1.5 align-middle" />}
            </span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
