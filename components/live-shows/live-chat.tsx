"use client";

import { Eye, Send } from "lucide-react";
import { useEffect, useRef, useState } from "react";
import { postLiveCommentAction, sendLiveReactionAction } from "@/app/(app)/events/actions";
import { REACTIONS } from "@/components/feed/reactions";
import { CommentItems } from "@/components/live-shows/comment-tools";
import { useShowStream } from "@/components/live-shows/use-show-stream";
import { Button } from "@/components/ui/button";
import { useServerAction } from "@/components/ui/use-server-action";
import type { LiveCommentView } from "@/lib/live-shows/comment-view";
import type { ShowPulse } from "@/lib/live-shows/find-show-pulse";
import { LIVE_COMMENT_MAX } from "@/lib/live-shows/show-limits";

type Props = {
  showId: string;
  startedAt: string | null;
  meId: string;
  canManage: boolean;
  canThank: boolean;
  initial: { comments: LiveCommentView[]; pulse: ShowPulse };
};

/** The chat beside a live stream: viewers now, reactions, the comment stream (newest at the bottom) and the composer. */
export function LiveChat({ showId, startedAt, meId, canManage, canThank, initial }: Props) {
  const { comments, pulse, catchUp, refreshComments, refreshPulse } = useShowStream(showId, initial);
  const [body, setBody] = useState("");
  const reaction = useServerAction(sendLiveReactionAction, { onSuccess: () => refreshPulse() });
  const comment = useServerAction(postLiveCommentAction, {
    onSuccess: () => {
      reaction.reset();
      setBody("");
      catchUp();
    },
  });
  const pending = comment.pending || reaction.pending;
  const error = (comment.error && (comment.fieldErrors.body ?? comment.error)) ?? reaction.error;
  const list = useRef<HTMLOListElement>(null);
  const pinnedToBottom = useRef(true);

  // Follow the conversation unless the reader scrolled up to read something.
  useEffect(() => {
    const node = list.current;
    if (node && pinnedToBottom.current) node.scrollTop = node.scrollHeight;
  }, [comments]);

  const over = body.length > LIVE_COMMENT_MAX;
  function send() {
    if (!body.trim() || over)
      return comment.fail(
        over ? `Live comments can be at most ${LIVE_COMMENT_MAX} characters` : "Write a comment first",
      );
    pinnedToBottom.current = true; // whoever sends wants to see their comment arrive (any scroll resets this)
    comment.run(showId, body);
  }

  function react(kind: string) {
    reaction.run(showId, kind);
  }

  return (
    <section
      aria-label="Live comments"
      className="flex h-[min(28rem,60dvh)] flex-col rounded-2xl bg-white shadow-sm ring-1 ring-stone-200 lg:h-[calc(100vh-9rem)] lg:max-h-[46rem]"
    >
      <header className="flex items-center justify-between gap-2 border-b border-stone-200 px-4 py-3">
        <h2 className="text-sm font-semibold text-stone-900">Live comments</h2>
        <p className="inline-flex items-center gap-1.5 text-xs font-medium text-stone-700" aria-live="polite">
          <Eye className="size-4" aria-hidden="true" />
          <span data-testid="viewer-count">{pulse.viewers}</span> watching
        </p>
      </header>
      <ol
        ref={list}
        data-testid="live-comments"
        aria-live="polite"
        aria-relevant="additions"
        onScroll={(event) => {
          const node = event.currentTarget;
          pinnedToBottom.current = node.scrollHeight - node.scrollTop - node.clientHeight < 40;
        }}
        className="relative flex-1 space-y-0.5 overflow-y-auto px-2 py-2"
      >
        {comments.length === 0 && (
          <li className="px-2 py-6 text-center text-sm text-stone-600">No comments yet. Say hello!</li>
        )}
        <CommentItems
          comments={comments}
          startedAt={startedAt}
          meId={meId}
          canManage={canManage}
          canThank={canThank}
          onChanged={(id) => void refreshComments([id])}
        />
      </ol>
      {/* On a phone the reactions and the comment box stay at the bottom of the screen, under the thumb. */}
      <div
        data-testid="live-composer"
        className="border-t border-stone-200 p-3 max-lg:fixed max-lg:inset-x-0 max-lg:bottom-0 max-lg:z-30 max-lg:bg-white max-lg:pb-[max(0.75rem,env(safe-area-inset-bottom))] max-lg:shadow-[0_-4px_16px_rgba(28,25,23,0.08)]"
      >
        <div className="mb-2 flex flex-wrap gap-1" role="group" aria-label="React">
          {REACTIONS.map(({ kind, emoji, label }) => (
            <button
              key={kind}
              type="button"
              onClick={() => react(kind)}
              aria-label={`${label} (${pulse.reactions[kind]})`}
              className="inline-flex items-center gap-1 rounded-full bg-stone-100 px-2 py-1 text-sm tabular-nums text-stone-800 hover:bg-ember-50 focus-visible:outline-2 focus-visible:outline-ember-600"
            >
              <span aria-hidden="true">{emoji}</span>
              <span className="text-xs">{pulse.reactions[kind]}</span>
            </button>
          ))}
        </div>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            send();
          }}
          className="flex items-end gap-2"
        >
          <div className="flex-1">
            <label htmlFor="live-comment-body" className="sr-only">
              Your comment
            </label>
            <textarea
              id="live-comment-body"
              value={body}
              rows={2}
              onChange={(event) => setBody(event.target.value)}
              onKeyDown={(event) => {
                if (event.key === "Enter" && !event.shiftKey) {
                  event.preventDefault();
                  send();
                }
              }}
              aria-invalid={error ? true : undefined}
              aria-describedby="live-comment-help"
              placeholder="Say something to the host and everyone watching"
              className="block w-full resize-none rounded-lg border-0 px-3 py-2 text-sm text-stone-900 ring-1 ring-inset ring-stone-300 placeholder:text-stone-400 focus:ring-2 focus:ring-inset focus:ring-ember-600 focus:outline-none"
            />
            <p
              id="live-comment-help"
              className={over || error ? "mt-1 text-xs text-red-700" : "mt-1 text-xs text-stone-500"}
              role={error ? "alert" : undefined}
            >
              {error ?? `Enter sends, Shift+Enter for a new line. ${body.length}/${LIVE_COMMENT_MAX}`}
            </p>
          </div>
          <Button type="submit" disabled={pending} className="mb-5">
            <Send className="size-4" aria-hidden="true" />
            <span className="sr-only sm:not-sr-only">Send</span>
          </Button>
        </form>
      </div>
    </section>
  );
}
