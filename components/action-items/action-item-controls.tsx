"use client";

import { CheckCircle2, Play, RotateCcw, XCircle } from "lucide-react";
import { useState } from "react";
import { changeActionItemStatusAction, postActionItemUpdateAction } from "@/app/(app)/actions/actions";
import { Button } from "@/components/ui/button";
import { TextAreaField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { useServerAction } from "@/components/ui/use-server-action";
import { ACTION_TEXT_MAX, type ActionStatus } from "@/lib/action-items/action-item-limits";

function moveLabel(from: ActionStatus, to: ActionStatus) {
  if (to === "IN_PROGRESS") return from === "OPEN" ? "Start working on it" : "Reopen it";
  if (to === "DONE") return "Mark as done";
  return "Decline…";
}
const moveIcon = { IN_PROGRESS: Play, DONE: CheckCircle2, DECLINED: XCircle, OPEN: RotateCcw } as const;

/**
 * What an assignee (or the assigner) does with an item: post a progress update, move it along, or
 * decline it with a reason. Each form keeps what was typed when the server says no.
 */
export function ActionItemControls({
  itemId,
  status,
  moves,
  onChanged,
}: {
  itemId: string;
  status: ActionStatus;
  moves: ActionStatus[];
  onChanged: () => void;
}) {
  const [update, setUpdate] = useState("");
  const [reason, setReason] = useState("");
  const [declining, setDeclining] = useState(false);
  const progress = useServerAction(postActionItemUpdateAction, {
    onSuccess: () => {
      setUpdate("");
      onChanged();
    },
  });
  const moving = useServerAction(changeActionItemStatusAction, {
    onSuccess: () => {
      setDeclining(false);
      setReason("");
      onChanged();
    },
  });
  const pending = progress.pending || moving.pending;
  const updateError = progress.error && (progress.fieldErrors.body ?? progress.error);
  const reasonError = moving.error ? moving.fieldErrors.reason : undefined;
  const moveMessage = reasonError ? "The item was not declined: give a reason first." : (moving.error ?? undefined);

  function postUpdate(event: React.FormEvent) {
    event.preventDefault();
    progress.run({ itemId, body: update });
  }

  function move(to: ActionStatus, withReason = "") {
    moving.run({ itemId, status: to, reason: withReason });
  }

  return (
    <section
      aria-labelledby="controls-heading"
      className="mt-6 space-y-5 rounded-2xl bg-white p-4 shadow-sm ring-1 ring-stone-200 sm:p-5"
    >
      <h2 id="controls-heading" className="text-base font-semibold text-stone-900">
        Your part
      </h2>
      <form onSubmit={postUpdate} noValidate className="space-y-2">
        <TextAreaField
          label="Progress update"
          name="progress-update"
          value={update}
          onChange={(event) => setUpdate(event.target.value)}
          rows={3}
          placeholder="What happened, what is next, what is in the way?"
          error={updateError ?? undefined}
          hint={`Everyone can read it. ${update.length}/${ACTION_TEXT_MAX} characters.`}
        />
        <Button type="submit" size="sm" disabled={pending}>
          Post update
        </Button>
      </form>

      {moves.length > 0 && (
        <div className="space-y-3 border-t border-stone-200 pt-4">
          <h3 className="text-sm font-medium text-stone-800">Move it along</h3>
          <FormMessage status={moving.error ? "error" : "idle"} message={moveMessage} />
          <div className="flex flex-wrap gap-2">
            {moves.map((to) => {
              const Icon = moveIcon[to];
              return (
                <Button
                  key={to}
                  type="button"
                  size="sm"
                  variant={to === "DECLINED" ? "secondary" : "primary"}
                  disabled={pending}
                  aria-expanded={to === "DECLINED" ? declining : undefined}
                  onClick={() => (to === "DECLINED" ? setDeclining((open) => !open) : move(to))}
                >
                  <Icon className="size-4" aria-hidden="true" /> {moveLabel(status, to)}
                </Button>
              );
            })}
          </div>
          {declining && (
            <form
              onSubmit={(event) => {
                event.preventDefault();
                move("DECLINED", reason);
              }}
              noValidate
              className="space-y-2 rounded-xl bg-stone-50 p-3 ring-1 ring-stone-200"
            >
              <TextAreaField
                label="Reason for declining"
                name="decline-reason"
                value={reason}
                onChange={(event) => setReason(event.target.value)}
                rows={2}
                error={reasonError}
                hint="Required. Say why, so that everyone following it understands."
                autoFocus
              />
              <div className="flex gap-2">
                <Button type="submit" size="sm" variant="danger" disabled={pending}>
                  Decline item
                </Button>
                <Button type="button" size="sm" variant="ghost" onClick={() => (setDeclining(false), moving.reset())}>
                  Cancel
                </Button>
              </div>
            </form>
          )}
        </div>
      )}
    </section>
  );
}
