"use client";

import { ShieldCheck } from "lucide-react";
import { startTransition, useEffect, useState } from "react";
import { askQuestionAction } from "@/app/(app)/ask/actions";
import { MarkdownField } from "@/components/ui/markdown-field";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { QUESTION_DETAILS_MAX, QUESTION_TITLE_MAX } from "@/lib/questions/question-limits";
import type { PersonRef } from "@/lib/people/person-ref";
import { useFormAction } from "@/components/ui/use-server-action";

/**
 * Asks leadership a question: to the team or a named leader (or, in an AMA or a live show, to its host),
 * under your name or anonymously. Every field is state, so a refused question keeps what was typed.
 */
export function AskForm({
  leaders,
  amaSessionId,
  liveShowId,
  onAsked,
  heading = "Ask leadership a question",
}: {
  leaders: PersonRef[];
  amaSessionId?: string;
  liveShowId?: string;
  onAsked?: (id: string) => void;
  heading?: string;
}) {
  const [title, setTitle] = useState("");
  const [details, setDetails] = useState("");
  const [target, setTarget] = useState("leadership");
  const [anonymous, setAnonymous] = useState(false);
  const { state, action, pending, fieldErrors: errors } = useFormAction(askQuestionAction);

  useEffect(() => {
    if (state.status !== "ok" || !state.id) return;
    onAsked?.(state.id);
    // Clearing happens in response to the server's answer, which is what an effect is for.
    /* eslint-disable react-hooks/set-state-in-effect */
    setTitle("");
    setDetails("");
    setTarget("leadership");
    setAnonymous(false);
    /* eslint-enable react-hooks/set-state-in-effect */
  }, [state, onAsked]);

  const titleOver = title.length > QUESTION_TITLE_MAX;
  return (
    <form
      // Submitted by hand rather than through `action`: React resets a form after an action, and a reset select
      // or checkbox would silently send "leadership team" or a NAMED question on the next try.
      onSubmit={(event) => {
        event.preventDefault();
        const data = new FormData(event.currentTarget);
        startTransition(() => action(data));
      }}
      aria-label={heading}
      noValidate
      className="space-y-4 rounded-2xl bg-white p-4 shadow-sm ring-1 ring-stone-200 sm:p-5"
    >
      <h2 className="text-base font-semibold text-stone-900">{heading}</h2>
      <TextField
        label="Your question"
        name="title"
        value={title}
        onChange={(event) => setTitle(event.target.value)}
        placeholder="What would you like to know?"
        error={errors.title ?? (titleOver ? `Questions can be at most ${QUESTION_TITLE_MAX} characters` : undefined)}
        hint={`One clear question reads best. ${title.length}/${QUESTION_TITLE_MAX}`}
        autoComplete="off"
        required
      />
      <MarkdownField
        label="Details (optional)"
        name="details"
        value={details}
        onValueChange={setDetails}
        max={QUESTION_DETAILS_MAX}
        error={errors.details}
        rows={3}
        placeholder="Context that helps leaders give a real answer."
      />
      {liveShowId ? (
        <input type="hidden" name="liveShowId" value={liveShowId} />
      ) : amaSessionId ? (
        <input type="hidden" name="amaSessionId" value={amaSessionId} />
      ) : (
        <SelectField
          label="Who should answer?"
          name="targetLeaderId"
          value={target}
          onChange={(event) => setTarget(event.target.value)}
          error={errors.targetLeaderId}
        >
          <option value="leadership">The leadership team</option>
          {leaders.map((leader) => (
            <option key={leader.id} value={leader.id}>
              {leader.name}, {leader.title}
            </option>
          ))}
        </SelectField>
      )}
      <div className="rounded-xl bg-stone-50 p-3 ring-1 ring-stone-200">
        <label className="flex items-start gap-2.5 text-sm font-medium text-stone-900">
          <input
            type="checkbox"
            name="anonymous"
            checked={anonymous}
            onChange={(event) => setAnonymous(event.target.checked)}
            aria-describedby="anonymous-explained"
            className="mt-0.5 size-4 accent-ember-700"
          />
          Ask anonymously
        </label>
        <p id="anonymous-explained" className="mt-1 flex gap-1.5 pl-6.5 text-xs text-stone-600">
          <ShieldCheck className="size-4 shrink-0 text-emerald-700" aria-hidden="true" />
          <span>
            Nobody — leaders and admins included — can see who asked. Only you see &lsquo;You asked this&rsquo;. You
            still get notified of answers, and can edit or withdraw it.
          </span>
        </p>
      </div>
      {state.status !== "idle" && <FormMessage status={state.status} message={state.message} />}
      <div className="flex justify-end">
        <Button type="submit" disabled={pending}>
          {pending ? "Asking…" : anonymous ? "Ask anonymously" : "Ask"}
        </Button>
      </div>
    </form>
  );
}
