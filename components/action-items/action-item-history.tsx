import { ArrowRightLeft, MessageSquareText, Pencil, Send } from "lucide-react";
import Link from "next/link";
import { Avatar } from "@/components/ui/avatar";
import { RelativeTime } from "@/components/ui/relative-time";
import { STATUS_LABELS } from "@/lib/action-items/action-item-limits";
import type { ActionItemHistoryEntry } from "@/lib/action-items/find-action-item";

function kindOf(entry: ActionItemHistoryEntry) {
  if (entry.toStatus && !entry.fromStatus) return "assigned" as const;
  if (entry.toStatus && entry.toStatus === entry.fromStatus) return "edited" as const; // see edit-action-item.ts
  if (entry.toStatus && entry.fromStatus) return "moved" as const;
  return "note" as const;
}

const icons = { assigned: Send, moved: ArrowRightLeft, note: MessageSquareText, edited: Pencil };

/** Everything that happened to the item, oldest first: who assigned it, every move and every update, with who and when. */
export function ActionItemHistory({ entries }: { entries: ActionItemHistoryEntry[] }) {
  return (
    <section aria-labelledby="history-heading" className="mt-8">
      <h2 id="history-heading" className="mb-4 text-base font-semibold text-stone-900">
        History
      </h2>
      {entries.length === 0 ? (
        <p className="text-sm text-stone-500">Nothing has happened yet.</p>
      ) : (
        <ol className="relative space-y-4 border-l border-stone-200 pl-5" data-testid="action-history">
          {entries.map((entry) => {
            const kind = kindOf(entry);
            const Icon = icons[kind];
            return (
              <li key={entry.id} className="relative">
                <span className="absolute top-1 -left-[1.85rem] inline-flex size-5 items-center justify-center rounded-full bg-white text-stone-500 ring-1 ring-stone-300">
                  <Icon className="size-3" aria-hidden="true" />
                </span>
                <div className="flex items-start gap-2.5">
                  <Avatar
                    name={entry.author.name}
                    src={entry.author.avatarUrl}
                    size="sm"
                    className="hidden sm:inline-flex"
                  />
                  <div className="min-w-0 flex-1">
                    <p className="text-sm text-stone-800">
                      <Link
                        href={`/people/${entry.author.handle}`}
                        className="font-semibold text-stone-900 hover:underline"
                      >
                        {entry.author.name}
                      </Link>{" "}
                      {kind === "assigned" && <span>assigned it</span>}
                      {kind === "moved" && entry.fromStatus && entry.toStatus && (
                        <span>
                          moved it from <strong className="font-medium">{STATUS_LABELS[entry.fromStatus]}</strong> to{" "}
                          <strong className="font-medium">{STATUS_LABELS[entry.toStatus]}</strong>
                        </span>
                      )}
                      {kind === "note" && <span>posted an update</span>}
                      {kind === "edited" && <span>changed the item</span>}
                      <span className="text-xs text-stone-500">
                        {" "}
                        · <RelativeTime iso={entry.createdAt} />
                      </span>
                    </p>
                    {entry.body && (
                      <p className="mt-1 rounded-xl bg-white px-3 py-2 text-sm whitespace-pre-wrap text-stone-800 ring-1 ring-stone-200">
                        {entry.toStatus === "DECLINED" && <span className="font-medium">Reason: </span>}
                        {entry.body}
                      </p>
                    )}
                  </div>
                </div>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
