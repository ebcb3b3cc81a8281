"use client";

import clsx from "clsx";
import { CheckCircle2, ChevronUp, MessageSquare, Target } from "lucide-react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { proposeFocusItemAction, setFocusVoteAction } from "@/app/(app)/communities/actions";
import { Button } from "@/components/ui/button";
import { TextAreaField, TextField } from "@/components/ui/field";
import { useServerAction } from "@/components/ui/use-server-action";
import { FOCUS_TITLE_MAX } from "@/lib/communities/community-limits";
import type { FocusBoard as Board } from "@/lib/communities/focus-board";

/** "2 of the top 3 have an accepted answer", as a sentence and a bar. */
export function FocusProgress({ progress, compact = false }: { progress: Board["progress"]; compact?: boolean }) {
  const percent = progress.of === 0 ? 0 : Math.round((progress.done / progress.of) * 100);
  return (
    <div className={clsx(compact ? "space-y-1" : "space-y-2")}>
      <p className={clsx("font-medium text-stone-900", compact ? "text-xs" : "text-sm")} data-testid="focus-progress">
        {progress.done} of the top {progress.of} {progress.of === 1 ? "item has" : "items have"} an accepted answer
      </p>
      <div
        role="progressbar"
        aria-label="Progress toward the goal"
        aria-valuemin={0}
        aria-valuemax={progress.of}
        aria-valuenow={progress.done}
        className="h-2 overflow-hidden rounded-full bg-stone-200"
      >
        <div className="h-full rounded-full bg-ember-600 transition-all" style={{ width: `${percent}%` }} />
      </div>
    </div>
  );
}

/**
 * The focus board: members propose items toward the purpose, upvote them (one vote each), answer each in its
 * own thread; moderators accept an answer. Items sit in vote order; the top `target` count toward the goal.
 */
export function FocusBoard({
  board,
  communitySlug,
  communityId,
}: {
  board: Board;
  communitySlug: string;
  communityId: string;
}) {
  const router = useRouter();
  const { run: vote, pending, error } = useServerAction(setFocusVoteAction, { onSuccess: () => router.refresh() });
  return (
    <div className="space-y-4">
      <section
        aria-labelledby="focus-goal"
        className="rounded-2xl bg-gradient-to-br from-ember-50 to-white p-4 shadow-sm ring-1 ring-ember-200 sm:p-5"
      >
        <h2 id="focus-goal" className="flex items-start gap-2 text-base font-semibold text-stone-900">
          <Target className="mt-0.5 size-5 shrink-0 text-ember-700" aria-hidden="true" /> {board.goal}
        </h2>
        {board.success && <p className="mt-1 text-sm text-stone-700">Success: {board.success}</p>}
        <div className="mt-3">
          <FocusProgress progress={board.progress} />
        </div>
      </section>
      {board.canPropose && <ProposeForm communityId={communityId} />}
      {error && (
        <p role="alert" className="text-sm text-red-700">
          {error}
        </p>
      )}
      {board.items.length === 0 ? (
        <p className="rounded-2xl border border-dashed border-stone-300 bg-white/60 px-6 py-8 text-center text-sm text-stone-600">
          No items yet. Propose the first one.
        </p>
      ) : (
        <ol aria-label="Focus items" className="space-y-3">
          {board.items.map((item, index) => {
            const counts = board.target !== null && index < board.target;
            return (
              <li
                key={item.id}
                data-testid="focus-item"
                className={clsx(
                  "flex gap-3 rounded-2xl bg-white p-4 shadow-sm ring-1",
                  counts ? "ring-ember-200" : "ring-stone-200",
                )}
              >
                <button
                  type="button"
                  aria-pressed={item.hasMyVote}
                  aria-label={`${item.hasMyVote ? "Remove your vote from" : "Upvote"} “${item.title}” (${item.voteCount} ${item.voteCount === 1 ? "vote" : "votes"})`}
                  disabled={pending || !board.canPropose}
                  onClick={() => vote(item.id, !item.hasMyVote)}
                  className={clsx(
                    "flex h-14 w-12 shrink-0 flex-col items-center justify-center rounded-xl text-sm font-semibold ring-1 focus-visible:ring-2 focus-visible:ring-ember-600 focus-visible:outline-none disabled:cursor-not-allowed",
                    item.hasMyVote
                      ? "bg-ember-700 text-white ring-ember-700"
                      : "bg-white text-stone-800 ring-stone-300 hover:bg-stone-50",
                  )}
                >
                  <ChevronUp className="size-4" aria-hidden="true" />
                  <span className="tabular-nums">{item.voteCount}</span>
                </button>
                <div className="min-w-0 flex-1">
                  <h3 className="text-sm font-semibold text-stone-900">
                    {counts && <span className="mr-1.5 text-xs font-bold text-ember-700">#{index + 1}</span>}
                    <Link href={`/communities/${communitySlug}/focus/${item.id}`} className="hover:underline">
                      {item.title}
                    </Link>
                  </h3>
                  <p className="text-xs text-stone-600">Proposed by {item.author.name}</p>
                  {item.acceptedAnswer ? (
                    <p className="mt-2 flex gap-1.5 rounded-lg bg-emerald-50 p-2 text-sm text-emerald-900 ring-1 ring-emerald-200">
                      <CheckCircle2 className="mt-0.5 size-4 shrink-0" aria-hidden="true" />
                      <span>
                        <span className="font-medium">Accepted answer</span> by {item.acceptedAnswer.author.name}:{" "}
                        {item.acceptedAnswer.excerpt}
                      </span>
                    </p>
                  ) : null}
                  <Link
                    href={`/communities/${communitySlug}/focus/${item.id}`}
                    className="mt-2 inline-flex items-center gap-1 text-xs font-medium text-ember-800 hover:underline"
                  >
                    <MessageSquare className="size-3.5" aria-hidden="true" />
                    {item.answerCount === 0
                      ? "Answer it"
                      : `${item.answerCount} ${item.answerCount === 1 ? "answer" : "answers"}`}
                  </Link>
                </div>
              </li>
            );
          })}
        </ol>
      )}
    </div>
  );
}

function ProposeForm({ communityId }: { communityId: string }) {
  const router = useRouter();
  const [title, setTitle] = useState("");
  const [body, setBody] = useState("");
  const propose = useServerAction(proposeFocusItemAction, {
    onSuccess: () => {
      setTitle("");
      setBody("");
      router.refresh();
    },
  });
  // A refusal without field messages shows under the title.
  const errors =
    propose.error && Object.keys(propose.fieldErrors).length === 0 ? { title: propose.error } : propose.fieldErrors;
  return (
    <form
      aria-label="New focus item"
      noValidate
      className="space-y-3 rounded-2xl bg-white p-4 shadow-sm ring-1 ring-stone-200"
      onSubmit={(event) => {
        event.preventDefault();
        propose.run(communityId, title, body);
      }}
    >
      <TextField
        label="Propose an item"
        name="title"
        value={title}
        onChange={(event) => setTitle(event.target.value)}
        error={errors.title}
        hint={`e.g. one buyer objection you hear. ${title.length}/${FOCUS_TITLE_MAX}`}
      />
      {title.length > 0 && (
        <TextAreaField
          label="Details (optional)"
          name="body"
          value={body}
          onChange={(event) => setBody(event.target.value)}
          error={errors.body}
          rows={2}
        />
      )}
      <div className="flex justify-end">
        <Button type="submit" size="sm" disabled={propose.pending || title.trim().length === 0}>
          {propose.pending ? "Proposing…" : "Propose"}
        </Button>
      </div>
    </form>
  );
}
