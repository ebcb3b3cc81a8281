"use client";

import clsx from "clsx";
import { MessagesSquare } from "lucide-react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useCallback } from "react";
import { LiveListEnd, NewItemsPill } from "@/components/live/live-list-parts";
import { useLiveList } from "@/components/live/use-live-list";
import { AskForm } from "@/components/questions/ask-form";
import { QuestionCard } from "@/components/questions/question-card";
import { useRealtimeEvent } from "@/components/realtime/realtime-provider";
import { EmptyState } from "@/components/ui/card";
import type { Page } from "@/lib/pagination";
import type { QuestionSort, QuestionStatusName } from "@/lib/questions/question-limits";
import type { QuestionView } from "@/lib/questions/question-view";
import type { PersonRef } from "@/lib/people/person-ref";

export type BoardFilters = { sort: QuestionSort; status?: QuestionStatusName; leaderId?: string };

const SORTS: { sort: QuestionSort; label: string }[] = [
  { sort: "votes", label: "Top voted" },
  { sort: "newest", label: "Newest" },
  { sort: "unanswered", label: "Unanswered" },
];

export function boardHref(filters: BoardFilters): string {
  const params = new URLSearchParams();
  if (filters.sort !== "votes") params.set("sort", filters.sort);
  if (filters.leaderId) params.set("leader", filters.leaderId);
  if (filters.status && filters.sort !== "unanswered") params.set("status", filters.status);
  const query = params.toString();
  return query ? `/ask?${query}` : "/ask";
}

function apiQuery(filters: BoardFilters, cursor: string): string {
  const params = new URLSearchParams({ sort: filters.sort, cursor });
  if (filters.leaderId) params.set("leaderId", filters.leaderId);
  if (filters.status) params.set("status", filters.status);
  return `/api/questions?${params}`;
}

async function fetchQuestions(ids: string[]): Promise<QuestionView[]> {
  if (ids.length === 0) return [];
  const response = await fetch(`/api/questions?ids=${ids.map(encodeURIComponent).join(",")}`, {
    cache: "no-store",
  }).catch(() => null);
  return response?.ok ? ((await response.json()) as { items: QuestionView[] }).items : [];
}

/** Does a question (as fetched) belong in this view of the list? */
function fits(question: QuestionView, filters: BoardFilters): boolean {
  if (question.mergedInto) return false;
  const status = filters.sort === "unanswered" ? "OPEN" : filters.status;
  if (status && question.status !== status) return false;
  return (
    !filters.leaderId || question.target?.id === filters.leaderId || question.firstAnswer?.by?.id === filters.leaderId
  );
}

/**
 * The questions list on /ask: the first page comes server-rendered, more load on scroll (or the button);
 * new questions wait behind a "N new questions" pill; votes, answers and status refresh in place; a
 * question that is withdrawn, hidden or merged disappears (for those who may no longer see it).
 */
export function QuestionBoard({
  initial,
  filters,
  leaders,
  meId,
  sidebar,
}: {
  initial: Page<QuestionView>;
  filters: BoardFilters;
  leaders: PersonRef[];
  meId: string;
  sidebar?: React.ReactNode;
}) {
  const router = useRouter();
  const fetchPage = useCallback(
    async (cursor: string) => {
      const response = await fetch(apiQuery(filters, cursor)).catch(() => null);
      return response?.ok ? ((await response.json()) as Page<QuestionView>) : null;
    },
    [filters],
  );
  // A question that is withdrawn, hidden from me or merged comes back missing or merged: it leaves the list.
  const keep = useCallback((question: QuestionView) => fits(question, filters), [filters]);
  const live = useLiveList({
    initial,
    fetchPage,
    fetchByIds: fetchQuestions,
    keep,
  });
  const { items: questions, refresh, hold, showWaiting, pill, isShown, shownIds } = live;

  useRealtimeEvent(["question.created", "question.updated", "question.answered"], (event) => {
    if (event.type === "resync") return refresh(shownIds());
    const id = event.questionId;
    if (event.type === "question.created") {
      // Only questions this view would show count towards the pill.
      if (!isShown(id)) void fetchQuestions([id]).then(([question]) => question && keep(question) && hold(id));
      return;
    }
    if (isShown(id)) refresh([id]);
  });

  const onAsked = useCallback((id: string) => void showWaiting([id]), [showWaiting]);

  // One grid: on wide screens the sidebar stands beside form and list; on phones it sits between them,
  // so it is never pushed below an endless list.
  return (
    <div className="grid gap-4 lg:grid-cols-[minmax(0,1fr)_20rem] lg:grid-rows-[auto_1fr] lg:items-start lg:gap-6">
      <div id="ask" className="scroll-mt-20 lg:col-start-1">
        <AskForm leaders={leaders.filter((leader) => leader.id !== meId)} onAsked={onAsked} />
      </div>
      {sidebar && (
        <aside
          aria-label="AMA sessions and leadership responsiveness"
          className="space-y-4 lg:col-start-2 lg:row-span-2 lg:row-start-1"
        >
          {sidebar}
        </aside>
      )}
      <section aria-label="Questions to leadership" className="min-w-0 space-y-4 lg:col-start-1">
        <nav aria-label="Order of questions" className="flex gap-1 overflow-x-auto border-b border-stone-200">
          {SORTS.map(({ sort, label }) => (
            <Link
              key={sort}
              href={boardHref({ ...filters, sort })}
              aria-current={filters.sort === sort ? "page" : undefined}
              className={clsx(
                "-mb-px shrink-0 border-b-2 px-3 py-2 text-sm font-medium",
                filters.sort === sort
                  ? "border-ember-700 text-ember-800"
                  : "border-transparent text-stone-600 hover:text-stone-900",
              )}
            >
              {label}
            </Link>
          ))}
        </nav>
        <div className="flex flex-wrap gap-3" role="group" aria-label="Filter questions">
          <label className="flex items-center gap-2 text-sm text-stone-700">
            Leader
            <select
              value={filters.leaderId ?? ""}
              onChange={(event) => router.push(boardHref({ ...filters, leaderId: event.target.value || undefined }))}
              className="rounded-lg border-0 bg-white py-1.5 pl-2 pr-8 text-sm ring-1 ring-inset ring-stone-300 focus:ring-2 focus:ring-ember-600"
            >
              <option value="">Everyone</option>
              {leaders.map((leader) => (
                <option key={leader.id} value={leader.id}>
                  {leader.name}
                </option>
              ))}
            </select>
          </label>
          {filters.sort !== "unanswered" && (
            <label className="flex items-center gap-2 text-sm text-stone-700">
              Status
              <select
                value={filters.status ?? ""}
                onChange={(event) =>
                  router.push(
                    boardHref({
                      ...filters,
                      status: (event.target.value || undefined) as QuestionStatusName | undefined,
                    }),
                  )
                }
                className="rounded-lg border-0 bg-white py-1.5 pl-2 pr-8 text-sm ring-1 ring-inset ring-stone-300 focus:ring-2 focus:ring-ember-600"
              >
                <option value="">Any status</option>
                <option value="OPEN">Open</option>
                <option value="ANSWERED">Answered</option>
                <option value="CLOSED">Closed</option>
              </select>
            </label>
          )}
        </div>
        <NewItemsPill count={pill.length} noun={["question", "questions"]} onShow={() => void showWaiting(pill)} />
        {questions.length === 0 ? (
          <EmptyState
            icon={<MessagesSquare className="size-8" aria-hidden="true" />}
            title={
              filters.leaderId || filters.status || filters.sort === "unanswered"
                ? "No questions match"
                : "No questions yet"
            }
          >
            {filters.sort === "unanswered"
              ? "Every question has an answer or was closed. Leadership is all caught up."
              : filters.leaderId || filters.status
                ? "Try another leader or status, or ask the first one yourself."
                : "Be the first to ask: named or anonymously, to the whole team or one leader."}
          </EmptyState>
        ) : (
          <ul className="space-y-3" aria-label="Questions">
            {questions.map((question) => (
              <li key={question.id}>
                <QuestionCard question={question} onChanged={(id) => refresh([id])} />
              </li>
            ))}
          </ul>
        )}
        <LiveListEnd
          list={live}
          moreLabel="Load more questions"
          errorLabel="Could not load more questions. Try again."
          endLabel="That is every question."
        />
      </section>
    </div>
  );
}
