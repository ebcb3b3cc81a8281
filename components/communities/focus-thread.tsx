"use client";

import { CheckCircle2 } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { acceptFocusAnswerAction, answerFocusItemAction } from "@/app/(app)/communities/actions";
import { RichText } from "@/components/content/rich-text";
import { Avatar } from "@/components/ui/avatar";
import { Button } from "@/components/ui/button";
import { TextAreaField } from "@/components/ui/field";
import { RelativeTime } from "@/components/ui/relative-time";
import { callAction, useServerAction } from "@/components/ui/use-server-action";
import { FOCUS_ANSWER_MAX } from "@/lib/communities/community-limits";
import type { FocusThread as Thread } from "@/lib/communities/find-focus-item";

/** A focus item's own thread: answers in order, the accepted one marked; moderators accept, members answer. */
export function FocusThread({ thread }: { thread: Thread }) {
  const router = useRouter();
  const [body, setBody] = useState("");
  const { run, pending, ...action } = useServerAction(callAction, { onSuccess: () => router.refresh() });
  const error = action.error && (action.fieldErrors.body ?? action.error);
  return (
    <div className="space-y-4">
      <ol aria-label="Answers" className="space-y-3">
        {thread.answers.map((answer) => {
          const accepted = answer.id === thread.acceptedAnswerId;
          return (
            <li
              key={answer.id}
              className={
                accepted
                  ? "rounded-2xl bg-emerald-50 p-4 ring-2 ring-emerald-300"
                  : "rounded-2xl bg-white p-4 shadow-sm ring-1 ring-stone-200"
              }
            >
              <div className="flex items-center gap-2">
                <Avatar name={answer.author.name} src={answer.author.avatarUrl} size="sm" />
                <p className="text-sm font-medium text-stone-900">
                  {answer.author.name}{" "}
                  <span className="font-normal text-stone-600">
                    · <RelativeTime iso={answer.createdAt} />
                  </span>
                </p>
                {accepted && (
                  <span className="ml-auto inline-flex items-center gap-1 text-xs font-semibold text-emerald-800">
                    <CheckCircle2 className="size-4" aria-hidden="true" /> Accepted answer
                  </span>
                )}
              </div>
              <RichText html={answer.bodyHtml} className="mt-2" />
              {thread.canAccept && (
                <div className="mt-2 flex justify-end">
                  <Button
                    size="sm"
                    variant={accepted ? "ghost" : "secondary"}
                    disabled={pending}
                    onClick={() => run(() => acceptFocusAnswerAction(answer.id, !accepted))}
                  >
                    {accepted ? "Unmark as accepted" : "Mark as accepted answer"}
                  </Button>
                </div>
              )}
            </li>
          );
        })}
      </ol>
      {thread.answers.length === 0 && <p className="text-sm text-stone-600">No answers yet.</p>}
      {error && (
        <p role="alert" className="text-sm text-red-700">
          {error}
        </p>
      )}
      {thread.canAnswer && (
        <form
          aria-label="Your answer"
          noValidate
          className="space-y-3 rounded-2xl bg-white p-4 shadow-sm ring-1 ring-stone-200"
          onSubmit={(event) => {
            event.preventDefault();
            run(async () => {
              const result = await answerFocusItemAction(thread.id, body);
              if (result.ok) setBody("");
              return result;
            });
          }}
        >
          <TextAreaField
            label="Your answer"
            name="body"
            value={body}
            onChange={(event) => setBody(event.target.value)}
            rows={4}
            hint={`Markdown works. ${body.length}/${FOCUS_ANSWER_MAX}`}
          />
          <div className="flex justify-end">
            <Button type="submit" disabled={pending || body.trim().length === 0}>
              {pending ? "Posting…" : "Post answer"}
            </Button>
          </div>
        </form>
      )}
    </div>
  );
}
