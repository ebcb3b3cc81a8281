"use client";

import clsx from "clsx";
import { useState } from "react";
import { setReactionAction } from "@/app/(app)/posts/actions";
import { REACTIONS } from "@/components/feed/reactions";
import { useServerAction } from "@/components/ui/use-server-action";
import type { ReactionKind } from "@/lib/generated/prisma/enums";
import type { PostView } from "@/lib/posts/post-view";

type Reactors = { kind: ReactionKind; user: { handle: string; name: string } }[];

/** One toggle per reaction kind, optimistic, corrected by the server's answer and by live refetches. */
export function ReactionBar({ post, onError }: { post: PostView; onError: (message: string) => void }) {
  const [optimistic, setOptimistic] = useState<{ mine: ReactionKind[]; counts: Map<ReactionKind, number> } | null>(
    null,
  );
  // Either way the refetched post is the truth from here.
  const { run } = useServerAction(setReactionAction, {
    onSuccess: () => setOptimistic(null),
    onError: (failure) => (onError(failure.error), setOptimistic(null)),
  });
  const [reactors, setReactors] = useState<Reactors | null>(null);
  const [showWho, setShowWho] = useState(false);

  const mine = optimistic?.mine ?? post.myReactions;
  const countOf = (kind: ReactionKind) =>
    optimistic?.counts.get(kind) ?? post.reactions.find((r) => r.kind === kind)?.count ?? 0;

  function toggle(kind: ReactionKind) {
    const active = !mine.includes(kind);
    const counts = new Map(REACTIONS.map((r) => [r.kind, countOf(r.kind)]));
    counts.set(kind, Math.max(0, (counts.get(kind) ?? 0) + (active ? 1 : -1)));
    setOptimistic({ mine: active ? [...mine, kind] : mine.filter((k) => k !== kind), counts });
    run(post.id, kind, active);
  }

  async function toggleWho() {
    setShowWho((value) => !value);
    if (!showWho) {
      const response = await fetch(`/api/posts/${post.id}/reactions`);
      if (response.ok) setReactors(((await response.json()) as { items: Reactors }).items);
    }
  }

  const total = REACTIONS.reduce((sum, r) => sum + countOf(r.kind), 0);
  return (
    <div className="relative">
      <div className="flex flex-wrap items-center gap-1.5" role="group" aria-label="Reactions">
        {REACTIONS.map(({ kind, emoji, label }) => {
          const count = countOf(kind);
          const pressed = mine.includes(kind);
          return (
            <button
              key={kind}
              type="button"
              aria-pressed={pressed}
              aria-label={`${label}${count ? ` (${count})` : ""}`}
              title={label}
              onClick={() => toggle(kind)}
              className={clsx(
                "inline-flex h-8 items-center gap-1 rounded-full px-2.5 text-sm tabular-nums ring-1 transition-colors",
                pressed
                  ? "bg-ember-50 text-ember-900 ring-ember-300"
                  : "bg-white text-stone-700 ring-stone-200 hover:bg-stone-50",
              )}
            >
              {/* Text only, no inner elements: the label above is what is read (a feed has many of these). */}
              {count > 0 ? `${emoji} ${count}` : emoji}
            </button>
          );
        })}
        {total > 0 && (
          <button
            type="button"
            onClick={toggleWho}
            aria-expanded={showWho}
            className="ml-1 text-xs font-medium text-stone-600 underline-offset-2 hover:underline"
          >
            Who reacted
          </button>
        )}
      </div>
      {showWho && (
        <div className="mt-2 rounded-xl bg-stone-50 p-3 text-sm ring-1 ring-stone-200">
          {reactors === null ? (
            <p className="text-stone-500">Loading…</p>
          ) : reactors.length === 0 ? (
            <p className="text-stone-500">No reactions yet.</p>
          ) : (
            <ul className="grid gap-1 sm:grid-cols-2">
              {reactors.map((reactor) => (
                <li key={`${reactor.kind}-${reactor.user.handle}`}>
                  <span aria-hidden="true">{REACTIONS.find((r) => r.kind === reactor.kind)?.emoji}</span>{" "}
                  <a href={`/people/${reactor.user.handle}`} className="text-stone-800 hover:underline">
                    {reactor.user.name}
                  </a>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
