import clsx from "clsx";
import { Link2 } from "lucide-react";
import Link from "next/link";
import { DueDate } from "@/components/action-items/due-date";
import { OverdueBadge, StatusBadge } from "@/components/action-items/status-badge";
import { Avatar } from "@/components/ui/avatar";
import { nameList, shortTitle } from "@/lib/action-items/describe-action-item";
import { formatDueShort } from "@/lib/action-items/format-due";
import type { ActionItemView } from "@/lib/action-items/action-item-view";

/** One item in a list or board column: what, who for, by whom, due when, from where. Overdue ones stand out in red. */
export function ActionItemCard({
  item,
  showStatus = true,
  headingLevel = 3,
}: {
  item: ActionItemView;
  showStatus?: boolean;
  headingLevel?: 3 | 4;
}) {
  const Heading = headingLevel === 3 ? "h3" : "h4";
  const finished = item.status === "DONE" || item.status === "DECLINED";
  return (
    <article
      data-testid="action-card"
      aria-labelledby={`action-${item.id}-title`}
      className={clsx(
        "relative rounded-xl bg-white p-3.5 shadow-sm ring-1",
        item.isOverdue ? "ring-2 ring-red-400" : "ring-stone-200",
      )}
    >
      <div className="flex flex-wrap items-center gap-1.5">
        {item.isOverdue && <OverdueBadge />}
        {showStatus && <StatusBadge status={item.status} />}
      </div>
      <Heading id={`action-${item.id}-title`} className="mt-1.5 text-sm font-semibold leading-snug text-stone-900">
        {/* The whole card is the link's target area; the heading keeps its name short for screen readers. */}
        <Link
          href={`/actions/${item.id}`}
          className="after:absolute after:inset-0 after:rounded-xl hover:underline focus-visible:outline-none"
        >
          {item.title}
        </Link>
      </Heading>
      <div className="mt-2 flex items-center gap-2 text-xs text-stone-600">
        <span className="flex -space-x-1.5" aria-hidden="true">
          {item.assignees.slice(0, 3).map((person) => (
            <Avatar
              key={person.id}
              name={person.name}
              src={person.avatarUrl}
              size="sm"
              className="!size-6 !text-[10px] ring-2 ring-white"
            />
          ))}
        </span>
        <span className="min-w-0">
          <span className="text-stone-800">{nameList(item.assignees.map((person) => person.name))}</span>
          <span>
            {" "}
            · by {item.assigner.name}
            {item.assigner.title ? ` (${shortTitle(item.assigner.title)})` : ""}
          </span>
        </span>
      </div>
      <p className="mt-1.5 text-xs">
        {item.status === "DONE" ? (
          <span className="text-emerald-800">
            Done{item.completedAt ? ` on ${formatDueShort(item.completedAt)}` : ""}
          </span>
        ) : item.status === "DECLINED" ? (
          <span className="text-stone-600">Declined</span>
        ) : (
          <DueDate iso={item.dueDate} isOverdue={item.isOverdue} finished={finished} compact />
        )}
      </p>
      {item.source && (
        <p className="mt-1.5 flex items-start gap-1 text-xs text-stone-500">
          <Link2 className="mt-px size-3.5 shrink-0" aria-hidden="true" />
          <span className="line-clamp-2">{item.source.label}</span>
        </p>
      )}
    </article>
  );
}
