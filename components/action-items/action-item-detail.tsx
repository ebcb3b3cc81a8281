"use client";

import { ArrowLeft, Link2, Pencil } from "lucide-react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useCallback, useState } from "react";
import { ActionItemControls } from "@/components/action-items/action-item-controls";
import { ActionItemHistory } from "@/components/action-items/action-item-history";
import { DueDate } from "@/components/action-items/due-date";
import { EditActionItemForm } from "@/components/action-items/edit-action-item-form";
import { OverdueBadge, StatusBadge } from "@/components/action-items/status-badge";
import { useRealtimeEvent } from "@/components/realtime/realtime-provider";
import { Avatar } from "@/components/ui/avatar";
import { Button } from "@/components/ui/button";
import { shortTitle } from "@/lib/action-items/describe-action-item";
import { formatDueShort } from "@/lib/action-items/format-due";
import type { PersonRef } from "@/lib/people/person-ref";
import type { ActionItemDetail as Detail } from "@/lib/action-items/find-action-item";

function Person({ person, note }: { person: PersonRef; note?: string }) {
  return (
    <Link href={`/people/${person.handle}`} className="flex items-center gap-2 rounded-lg py-0.5 hover:underline">
      <Avatar name={person.name} src={person.avatarUrl} size="sm" />
      <span className="min-w-0">
        <span className="block text-sm font-medium text-stone-900">{person.name}</span>
        <span className="block truncate text-xs text-stone-600">{note ?? person.title}</span>
      </span>
    </Link>
  );
}

/** One action item, live: anyone watching sees status moves and updates as they happen; parties get the controls. */
export function ActionItemDetail({ initial }: { initial: Detail }) {
  const [item, setItem] = useState(initial);
  const [editing, setEditing] = useState(false);
  const router = useRouter();

  const refresh = useCallback(async () => {
    const response = await fetch(`/api/action-items/${item.id}`, { cache: "no-store" }).catch(() => null);
    if (response?.ok) setItem((await response.json()) as Detail);
    else if (response?.status === 404) router.replace("/actions");
  }, [item.id, router]);
  useRealtimeEvent(["actionItem.updated"], (event) => {
    if (event.type === "resync" || event.actionItemId === item.id) void refresh();
  });

  const finished = item.status === "DONE" || item.status === "DECLINED";
  const others = item.assignees.map((person) => person.name.split(" ")[0]).join(", ");
  return (
    <div className="mx-auto max-w-3xl">
      <Link
        href="/actions"
        className="mb-4 inline-flex items-center gap-1.5 text-sm text-stone-600 hover:text-stone-900"
      >
        <ArrowLeft className="size-4" aria-hidden="true" /> All action items
      </Link>
      <article
        aria-labelledby="action-title"
        className={`rounded-2xl bg-white p-5 shadow-sm ring-1 sm:p-6 ${item.isOverdue ? "ring-2 ring-red-400" : "ring-stone-200"}`}
      >
        <div className="flex flex-wrap items-start justify-between gap-3">
          <div className="flex flex-wrap items-center gap-1.5" aria-live="polite">
            <StatusBadge status={item.status} />
            {item.isOverdue && <OverdueBadge />}
          </div>
          {item.canEdit && !editing && (
            <Button variant="ghost" size="sm" onClick={() => setEditing(true)}>
              <Pencil className="size-4" aria-hidden="true" /> Edit
            </Button>
          )}
        </div>
        <h1 id="action-title" className="mt-2 text-xl font-semibold tracking-tight text-stone-900 sm:text-2xl">
          {item.title}
        </h1>
        {item.description && <p className="mt-2 text-sm whitespace-pre-wrap text-stone-700">{item.description}</p>}
        {item.status === "DECLINED" && item.declineReason && (
          <p className="mt-3 rounded-xl bg-stone-100 px-3 py-2 text-sm text-stone-800">
            <span className="font-medium">Declined:</span> {item.declineReason}
          </p>
        )}

        <dl className="mt-5 grid gap-4 border-t border-stone-200 pt-4 sm:grid-cols-2">
          <div>
            <dt className="text-xs font-medium tracking-wide text-stone-500 uppercase">Assigned by</dt>
            <dd className="mt-1">
              <Person person={item.assigner} note={item.assigner.title ? shortTitle(item.assigner.title) : undefined} />
            </dd>
          </div>
          <div>
            <dt className="text-xs font-medium tracking-wide text-stone-500 uppercase">Assigned to</dt>
            <dd className="mt-1 space-y-1">
              {item.assignees.map((person) => (
                <Person key={person.id} person={person} />
              ))}
            </dd>
          </div>
          <div>
            <dt className="text-xs font-medium tracking-wide text-stone-500 uppercase">Due</dt>
            <dd className="mt-1 text-sm">
              <DueDate iso={item.dueDate} isOverdue={item.isOverdue} finished={finished} />
              {item.status === "DONE" && item.completedAt && (
                <span className="mt-1 block text-emerald-800">Done on {formatDueShort(item.completedAt)}</span>
              )}
            </dd>
          </div>
          <div>
            <dt className="text-xs font-medium tracking-wide text-stone-500 uppercase">From</dt>
            <dd className="mt-1 text-sm">
              {item.source ? (
                item.source.href ? (
                  <Link
                    href={item.source.href}
                    className="inline-flex items-start gap-1 text-ember-800 hover:underline"
                  >
                    <Link2 className="mt-0.5 size-4 shrink-0" aria-hidden="true" />
                    {item.source.label}
                  </Link>
                ) : (
                  <span className="text-stone-600">{item.source.label}</span>
                )
              ) : (
                <span className="text-stone-600">Assigned directly, not from a conversation</span>
              )}
            </dd>
          </div>
        </dl>
      </article>

      {editing && (
        <EditActionItemForm item={item} onDone={(changed) => (setEditing(false), changed && void refresh())} />
      )}
      {item.canUpdate ? (
        <ActionItemControls itemId={item.id} status={item.status} moves={item.moves} onChanged={() => void refresh()} />
      ) : (
        <p className="mt-6 rounded-xl bg-stone-100 px-4 py-3 text-sm text-stone-700">
          Only {others || "its assignees"} and {item.assigner.name.split(" ")[0]} can post updates or change the status.
          Everyone can follow along here.
        </p>
      )}
      <ActionItemHistory entries={item.history} />
    </div>
  );
}
