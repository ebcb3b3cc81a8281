"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { answerQuestionAction } from "@/app/(app)/ask/actions";
import { MarkdownField } from "@/components/ui/markdown-field";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { ANSWER_MAX } from "@/lib/questions/question-limits";
import { useServerAction } from "@/components/ui/use-server-action";

/** For leaders and admins: an answer everyone will read, with the asker, followers and upvoters notified. */
export function AnswerForm({ questionId, isFirst }: { questionId: string; isFirst: boolean }) {
  const [body, setBody] = useState("");
  const router = useRouter();
  const { run, pending, error, fieldErrors } = useServerAction(answerQuestionAction, {
    onSuccess: () => {
      setBody("");
      router.refresh();
    },
  });
  return (
    <form
      aria-label="Answer this question"
      noValidate
      className="space-y-3 rounded-2xl bg-white p-4 shadow-sm ring-1 ring-stone-200 sm:p-5"
      onSubmit={(event) => {
        event.preventDefault();
        run(questionId, body);
      }}
    >
      <h2 className="text-base font-semibold text-stone-900">
        {isFirst ? "Answer in the open" : "Add to the answers"}
      </h2>
      <MarkdownField
        label="Your answer"
        name="body"
        value={body}
        onValueChange={setBody}
        max={ANSWER_MAX}
        error={fieldErrors.body}
        rows={5}
        hint="Everyone can read it. The asker, followers and upvoters are notified."
      />
      {error && !fieldErrors.body && <FormMessage status="error" message={error} />}
      <div className="flex justify-end">
        <Button type="submit" disabled={pending}>
          {pending ? "Publishing…" : "Publish answer"}
        </Button>
      </div>
    </form>
  );
}
