"use client";

import { MessageSquareText } from "lucide-react";
import Link from "next/link";
import { FollowQuestionButton } from "@/components/questions/follow-question-button";
import { asSentence, QuestionByline, QuestionFlags } from "@/components/questions/question-meta";
import { QuestionStatusBadge } from "@/components/questions/status-badge";
import { VoteButton } from "@/components/questions/vote-button";
import { RelativeTime } from "@/components/ui/relative-time";
import type { QuestionView } from "@/lib/questions/question-view";

export function canVoteOn(question: QuestionView): boolean {
  return !question.isMine && !question.hidden && !question.mergedInto && question.status !== "CLOSED";
}

/** A question in a list: votes on the left, then what was asked, by whom, of whom, and where it stands. */
export function QuestionCard({
  question,
  onChanged,
  headingLevel = 2,
  showAma = true,
}: {
  question: QuestionView;
  onChanged?: (id: string) => void;
  headingLevel?: 2 | 3;
  showAma?: boolean;
}) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <article
      aria-labelledby={`question-${question.id}-title`}
      data-testid="question-card"
      className="flex gap-3 rounded-2xl bg-white p-4 shadow-sm ring-1 ring-stone-200 sm:gap-4 sm:p-5"
    >
      <VoteButton
        key={`${question.voteCount}-${question.hasVoted}`}
        questionId={question.id}
        voteCount={question.voteCount}
        hasVoted={question.hasVoted}
        canVote={canVoteOn(question)}
        isMine={question.isMine}
        onChanged={() => onChanged?.(question.id)}
      />
      <div className="min-w-0 flex-1">
        <div className="flex flex-wrap items-center gap-1.5">
          <QuestionStatusBadge status={question.status} />
          <QuestionFlags question={question} showAma={showAma} />
        </div>
        <Heading
          id={`question-${question.id}-title`}
          className="mt-1.5 text-base font-semibold leading-snug text-stone-900"
        >
          <Link href={`/ask/${question.id}`} className="hover:underline">
            {question.title}
          </Link>
        </Heading>
        {question.excerpt && <p className="mt-1 line-clamp-2 text-sm text-stone-700">{question.excerpt}</p>}
        <div className="mt-2">
          <QuestionByline question={question} />
        </div>
        {question.hidden && (
          <p className="mt-2 text-sm text-red-800">
            {question.isMine ? "A moderator hid it" : "Hidden"}: {asSentence(question.hidden.reason)}
          </p>
        )}
        {question.status === "CLOSED" && question.closedReason && (
          <p className="mt-2 text-sm text-stone-600">Closed: {asSentence(question.closedReason)}</p>
        )}
        <div className="mt-3 flex flex-wrap items-center gap-x-4 gap-y-2 text-sm">
          <Link
            href={`/ask/${question.id}#answers`}
            className="inline-flex items-center gap-1.5 text-stone-700 hover:text-stone-900"
          >
            <MessageSquareText className="size-4" aria-hidden="true" />
            {question.answerCount === 0
              ? "No answers yet"
              : `${question.answerCount} answer${question.answerCount === 1 ? "" : "s"}`}
          </Link>
          {question.firstAnswer?.by && (
            <span className="text-stone-600">
              First answered by {question.firstAnswer.by.name} <RelativeTime iso={question.firstAnswer.at} />
            </span>
          )}
          {!question.mergedInto && !question.hidden && (
            <span className="ml-auto">
              <FollowQuestionButton
                key={String(question.isFollowing)}
                questionId={question.id}
                isFollowing={question.isFollowing}
              />
            </span>
          )}
        </div>
      </div>
    </article>
  );
}
