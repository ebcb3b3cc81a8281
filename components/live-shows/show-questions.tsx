"use client";

import { useCallback, useState } from "react";
import { QuestionCard } from "@/components/questions/question-card";
import { AskForm } from "@/components/questions/ask-form";
import { useRealtimeEvent } from "@/components/realtime/realtime-provider";
import type { QuestionView } from "@/lib/questions/question-view";

/**
 * Questions for the host, collected before and during the show and upvoted: the leadership Q&A, scoped
 * to this show (same anonymity, same votes). Sorted by votes; refetched when any question changes.
 */
export function ShowQuestions({
  showId,
  hostName,
  initial,
  canAsk,
  isOver,
}: {
  showId: string;
  hostName: string;
  initial: QuestionView[];
  canAsk: boolean;
  isOver: boolean;
}) {
  const [questions, setQuestions] = useState(initial);
  const reload = useCallback(async () => {
    const response = await fetch(`/api/questions?liveShowId=${encodeURIComponent(showId)}&sort=votes&limit=50`, {
      cache: "no-store",
    }).catch(() => null);
    if (response?.ok) setQuestions(((await response.json()) as { items: QuestionView[] }).items);
  }, [showId]);
  useRealtimeEvent(["question.created", "question.updated", "question.answered"], () => void reload());

  return (
    <section aria-labelledby="show-questions" className="space-y-3">
      <h2 id="show-questions" className="text-lg font-semibold text-stone-900">
        Questions for {hostName} <span className="text-sm font-normal text-stone-600">({questions.length})</span>
      </h2>
      {canAsk && (
        <AskForm
          leaders={[]}
          liveShowId={showId}
          onAsked={() => void reload()}
          heading={`Ask ${hostName} a question for the show`}
        />
      )}
      {questions.length === 0 ? (
        <p className="rounded-2xl border border-dashed border-stone-300 bg-white/60 px-4 py-6 text-center text-sm text-stone-600">
          {isOver
            ? "No questions were asked for this show."
            : "No questions yet. The most upvoted ones get answered on air."}
        </p>
      ) : (
        <div className="space-y-3">
          {questions.map((question) => (
            <QuestionCard key={question.id} question={question} headingLevel={3} onChanged={() => void reload()} />
          ))}
        </div>
      )}
    </section>
  );
}
