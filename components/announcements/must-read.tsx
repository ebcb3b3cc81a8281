"use client";

import { CheckCircle2, ClipboardCheck } from "lucide-react";
import { useState } from "react";
import { confirmReadAction, findMustReadAction } from "@/app/(app)/posts/must-read-actions";
import { useRealtimeEvent } from "@/components/realtime/realtime-provider";
import { Avatar } from "@/components/ui/avatar";
import { Button } from "@/components/ui/button";
import { useServerAction } from "@/components/ui/use-server-action";
import type { MustReadState } from "@/lib/announcements/find-read-receipts";

/**
 * Under a must-read announcement: readers confirm with one click; the author (and admins) see who confirmed
 * and, per department, how many, updated live as confirmations arrive.
 */
export function MustRead({ postId, initial, isAuthor }: { postId: string; initial: MustReadState; isAuthor: boolean }) {
  const [state, setState] = useState(initial);
  const refresh = useServerAction(findMustReadAction, { onSuccess: (data) => setState(data) });
  const confirm = useServerAction(confirmReadAction, {
    onSuccess: () => setState((current) => ({ ...current, confirmedAt: new Date().toISOString() })),
  });
  useRealtimeEvent(["announcement.confirmed"], (event) => {
    if (state.receipts && (event.type === "resync" || event.postId === postId)) refresh.run(postId);
  });
  if (!state.mustRead) return null;
  const receipts = state.receipts;
  return (
    <section aria-label="Read confirmation" className="mt-3 rounded-2xl bg-amber-50 p-4 ring-1 ring-amber-200 sm:p-5">
      {!isAuthor &&
        (state.confirmedAt ? (
          <p className="flex items-center gap-2 text-sm font-medium text-emerald-800" role="status">
            <CheckCircle2 className="size-5" aria-hidden="true" /> You confirmed you read this. Thank you.
          </p>
        ) : (
          <div className="flex flex-wrap items-center justify-between gap-3">
            <p className="flex items-center gap-2 text-sm text-stone-800">
              <ClipboardCheck className="size-5 text-amber-700" aria-hidden="true" />
              Please confirm you&apos;ve read this announcement.
            </p>
            <Button type="button" size="sm" disabled={confirm.pending} onClick={() => confirm.run(postId)}>
              {confirm.pending ? "Confirming…" : "I've read this"}
            </Button>
            {confirm.error && (
              <p className="w-full text-sm text-red-700" role="alert">
                {confirm.error}
              </p>
            )}
          </div>
        ))}
      {receipts && (
        <div className={isAuthor ? "" : "mt-4 border-t border-amber-200 pt-4"}>
          <h2 className="text-sm font-semibold text-stone-900">
            <span aria-live="polite" data-testid="confirmed-count">
              {receipts.confirmed} of {receipts.audience}
            </span>{" "}
            confirmed they read this
          </h2>
          <div
            className="mt-2 h-2 overflow-hidden rounded-full bg-amber-100"
            role="img"
            aria-label={`${receipts.confirmed} of ${receipts.audience} confirmed`}
          >
            <div
              className="h-full rounded-full bg-ember-700"
              style={{ width: `${receipts.audience ? (100 * receipts.confirmed) / receipts.audience : 0}%` }}
            />
          </div>
          <table className="mt-3 w-full text-left text-sm">
            <caption className="sr-only">Confirmations per department</caption>
            <thead>
              <tr className="text-xs text-stone-600">
                <th scope="col" className="py-1 font-medium">
                  Department
                </th>
                <th scope="col" className="py-1 text-right font-medium">
                  Confirmed
                </th>
                <th scope="col" className="py-1 text-right font-medium">
                  Not yet
                </th>
              </tr>
            </thead>
            <tbody>
              {receipts.byDepartment.map((row) => (
                <tr key={row.department} className="border-t border-amber-100">
                  <th scope="row" className="py-1.5 font-normal text-stone-800">
                    {row.department}
                  </th>
                  <td className="py-1.5 text-right tabular-nums">{row.confirmed ?? "–"}</td>
                  <td className="py-1.5 text-right tabular-nums">
                    {row.confirmed === null ? "fewer than 5 people" : row.people - row.confirmed}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {receipts.confirmers.length > 0 && (
            <details className="mt-3 text-sm">
              <summary className="cursor-pointer font-medium text-stone-700">Who confirmed</summary>
              <ul className="mt-2 flex flex-wrap gap-2">
                {receipts.confirmers.map((person) => (
                  <li
                    key={person.id}
                    className="inline-flex items-center gap-1.5 rounded-full bg-white py-0.5 pr-2.5 pl-0.5 ring-1 ring-stone-200"
                  >
                    <Avatar name={person.name} src={person.avatarUrl} size="sm" className="!size-6" />
                    <a href={`/people/${person.handle}`} className="text-stone-800 hover:underline">
                      {person.name}
                    </a>
                  </li>
                ))}
              </ul>
            </details>
          )}
        </div>
      )}
    </section>
  );
}
