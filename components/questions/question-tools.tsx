"use client";

import { EyeOff, GitMerge, Lock, Pencil, Share2, Trash2, Unlock, Eye } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import {
  closeQuestionAction,
  handOverQuestionAction,
  hideQuestionAction,
  mergeQuestionAction,
  reopenQuestionAction,
  unhideQuestionAction,
  withdrawQuestionAction,
} from "@/app/(app)/ask/actions";
import { EditQuestionForm } from "@/components/questions/edit-question-form";
import { Button } from "@/components/ui/button";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { callAction, useServerAction } from "@/components/ui/use-server-action";
import type { QuestionAbilities } from "@/lib/questions/question-abilities";
import type { QuestionView } from "@/lib/questions/question-view";
import type { PersonRef } from "@/lib/people/person-ref";

type Panel = "edit" | "withdraw" | "handover" | "close" | "hide" | "merge";

/**
 * What the asker (edit, withdraw), leaders (hand over, close, reopen) and moderators (hide, unhide,
 * merge) can do with a question. Each opens a small form; the server checks everything again.
 */
export function QuestionTools({
  question,
  abilities,
  leaders,
  meId,
}: {
  question: QuestionView;
  abilities: QuestionAbilities;
  leaders: PersonRef[];
  meId: string;
}) {
  const [panel, setPanel] = useState<Panel | null>(null);
  const [reason, setReason] = useState("");
  const [leaderId, setLeaderId] = useState("");
  const [into, setInto] = useState("");
  const router = useRouter();

  const action = useServerAction(callAction, {
    onSuccess: () => {
      setPanel(null);
      setReason("");
      setInto("");
      router.refresh();
    },
  });
  // Withdrawing leaves the page, so it has its own success path.
  const withdraw = useServerAction(withdrawQuestionAction, { onSuccess: () => router.push("/ask?withdrawn=1") });
  const { run } = action;
  const pending = action.pending || withdraw.pending;
  const error = action.error ?? withdraw.error;
  const fields = action.fieldErrors;
  function open(next: Panel) {
    action.reset();
    withdraw.reset();
    setPanel((current) => (current === next ? null : next));
  }

  const colleagues = leaders.filter((leader) => leader.id !== meId && leader.id !== question.target?.id);
  const buttons: { panel?: Panel; label: string; icon: typeof Pencil; onClick?: () => void; show: boolean }[] = [
    { panel: "edit", label: "Edit", icon: Pencil, show: abilities.canEdit },
    { panel: "withdraw", label: "Withdraw", icon: Trash2, show: abilities.canWithdraw },
    { panel: "handover", label: "Hand over", icon: Share2, show: abilities.canHandOver && colleagues.length > 0 },
    { panel: "close", label: "Close", icon: Lock, show: abilities.canClose },
    {
      label: "Reopen",
      icon: Unlock,
      show: abilities.canReopen,
      onClick: () => run(() => reopenQuestionAction(question.id)),
    },
    { panel: "hide", label: "Hide", icon: EyeOff, show: abilities.canModerate && !question.hidden },
    {
      label: "Unhide",
      icon: Eye,
      show: abilities.canModerate && Boolean(question.hidden),
      onClick: () => run(() => unhideQuestionAction(question.id)),
    },
    { panel: "merge", label: "Merge into…", icon: GitMerge, show: abilities.canModerate && !question.mergedInto },
  ];
  const visible = buttons.filter((button) => button.show);
  if (visible.length === 0) return null;

  return (
    <div className="mt-4 border-t border-stone-100 pt-3">
      <div className="flex flex-wrap gap-2" role="group" aria-label="Question actions">
        {visible.map(({ panel: name, label, icon: Icon, onClick }) => (
          <Button
            key={label}
            type="button"
            variant="secondary"
            size="sm"
            disabled={pending}
            aria-expanded={name ? panel === name : undefined}
            onClick={onClick ?? (() => name && open(name))}
          >
            <Icon className="size-4" aria-hidden="true" /> {label}
          </Button>
        ))}
      </div>

      {panel === "edit" && question.body !== null && (
        <EditQuestionForm
          questionId={question.id}
          initialTitle={question.title}
          initialDetails={question.body}
          onDone={() => (setPanel(null), router.refresh())}
          onCancel={() => setPanel(null)}
        />
      )}
      {panel === "withdraw" && (
        <div className="mt-3 space-y-3 rounded-xl bg-red-50 p-3 ring-1 ring-red-200">
          <p className="text-sm text-red-900">
            Withdraw this question? It disappears for everyone, votes included. This cannot be undone.
          </p>
          <div className="flex gap-2">
            <Button
              type="button"
              variant="danger"
              size="sm"
              disabled={pending}
              onClick={() => withdraw.run(question.id)}
            >
              Withdraw question
            </Button>
            <Button type="button" variant="ghost" size="sm" onClick={() => setPanel(null)}>
              Keep it
            </Button>
          </div>
        </div>
      )}
      {panel === "handover" && (
        <PanelForm onSubmit={() => run(() => handOverQuestionAction(question.id, leaderId))}>
          <SelectField
            label="Ask a colleague to take this question"
            name="leaderId"
            value={leaderId}
            onChange={(event) => setLeaderId(event.target.value)}
            error={fields.leaderId}
          >
            <option value="">Choose a leader…</option>
            {colleagues.map((leader) => (
              <option key={leader.id} value={leader.id}>
                {leader.name}, {leader.title}
              </option>
            ))}
          </SelectField>
          <Button type="submit" size="sm" disabled={pending}>
            Hand over
          </Button>
        </PanelForm>
      )}
      {(panel === "close" || panel === "hide") && (
        <PanelForm
          onSubmit={() =>
            run(() =>
              panel === "close" ? closeQuestionAction(question.id, reason) : hideQuestionAction(question.id, reason),
            )
          }
        >
          <TextAreaField
            label={
              panel === "close"
                ? "Why are you closing it? Everyone will see this."
                : "Why are you hiding it? Only the asker and moderators will see this."
            }
            name="reason"
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            error={fields.reason}
            hint={panel === "hide" ? "The asker is told, without you learning who they are." : undefined}
            rows={2}
          />
          <Button type="submit" size="sm" variant={panel === "hide" ? "danger" : "primary"} disabled={pending}>
            {panel === "close" ? "Close question" : "Hide question"}
          </Button>
        </PanelForm>
      )}
      {panel === "merge" && (
        <PanelForm onSubmit={() => run(() => mergeQuestionAction(question.id, into))}>
          <TextField
            label="Merge into (link of the other question)"
            name="into"
            value={into}
            onChange={(event) => setInto(event.target.value)}
            error={fields.into}
            hint="Votes and followers move over; this question will point there."
            placeholder="https://…/ask/…"
          />
          <Button type="submit" size="sm" disabled={pending}>
            Merge
          </Button>
        </PanelForm>
      )}
      {error && Object.keys(fields).length === 0 && (
        <div className="mt-3">
          <FormMessage status="error" message={error} />
        </div>
      )}
    </div>
  );
}

/** One of the tools' small forms (hand over, close or hide, merge), opened under the question. */
function PanelForm({ onSubmit, children }: { onSubmit: () => void; children: React.ReactNode }) {
  return (
    <form
      className="mt-3 space-y-3 rounded-xl bg-stone-50 p-3 ring-1 ring-stone-200"
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      {children}
    </form>
  );
}
