import { ArrowLeft, GitMerge, MessageSquareText } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { AnswerActionItems } from "@/components/action-items/answer-action-items";
import { RichText } from "@/components/content/rich-text";
import { AnswerForm } from "@/components/questions/answer-form";
import { AnswerList } from "@/components/questions/answer-list";
import { FollowQuestionButton } from "@/components/questions/follow-question-button";
import { LiveRefresh } from "@/components/ui/live-refresh";
import { asSentence, QuestionByline, QuestionFlags } from "@/components/questions/question-meta";
import { QuestionTools } from "@/components/questions/question-tools";
import { QuestionStatusBadge } from "@/components/questions/status-badge";
import { VoteButton } from "@/components/questions/vote-button";
import { currentActor } from "@/lib/auth/current-user";
import { pageRefusal } from "@/lib/http";
import { can } from "@/lib/auth/permissions";
import { findQuestion } from "@/lib/questions/find-question";
import { listLeaders } from "@/lib/questions/list-leaders";
import { suggestActionTitle } from "@/lib/action-items/suggest-action-title";

type Props = { params: Promise<{ id: string }> };

async function load(questionId: string) {
  try {
    return await findQuestion(await currentActor(), { questionId });
  } catch (error) {
    pageRefusal(error, `/ask/${questionId}`);
  }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  // Metadata must not throw: the page (and the layout) decide between sign-in and 404.
  try {
    const { question } = await load((await params).id);
    return { title: question.title };
  } catch {
    return {};
  }
}

export default async function QuestionPage({ params }: Props) {
  const actor = (await currentActor())!;
  const { question, answers, abilities } = await load((await params).id);
  const leaders = abilities.canHandOver ? await listLeaders(actor, {}) : [];
  const canAssign = can(actor, "actionItems.assign");
  const suggestedTitle = suggestActionTitle(question.title);

  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <LiveRefresh types={["question.updated", "question.answered"]} ids={[question.id]} />
      <Link
        href="/ask"
        className="inline-flex items-center gap-1.5 text-sm font-medium text-stone-600 hover:text-stone-900"
      >
        <ArrowLeft className="size-4" aria-hidden="true" /> All questions
      </Link>

      {question.mergedInto && (
        <p role="status" className="flex items-start gap-2 rounded-xl bg-stone-200/70 px-4 py-3 text-sm text-stone-800">
          <GitMerge className="mt-0.5 size-4 shrink-0" aria-hidden="true" />
          <span>
            This question was merged into{" "}
            <Link href={`/ask/${question.mergedInto.id}`} className="font-semibold underline underline-offset-2">
              {question.mergedInto.title}
            </Link>
            . Its votes and followers moved there; answers continue there.
          </span>
        </p>
      )}
      {question.hidden && (
        <p role="status" className="rounded-xl bg-red-50 px-4 py-3 text-sm text-red-900 ring-1 ring-red-200">
          {question.isMine
            ? `A moderator hid your question: ${asSentence(question.hidden.reason)} Nobody else sees it. You can withdraw it and ask again.`
            : `Hidden by a moderator: ${asSentence(question.hidden.reason)} Only moderators and the asker see it.`}
        </p>
      )}

      <article
        aria-labelledby="question-title"
        className="rounded-2xl bg-white p-4 shadow-sm ring-1 ring-stone-200 sm:p-6"
      >
        <div className="flex gap-4">
          <VoteButton
            key={`${question.voteCount}-${question.hasVoted}`}
            questionId={question.id}
            voteCount={question.voteCount}
            hasVoted={question.hasVoted}
            canVote={abilities.canVote}
            isMine={question.isMine}
            size="lg"
          />
          <div className="min-w-0 flex-1">
            <div className="flex flex-wrap items-center gap-1.5">
              <QuestionStatusBadge status={question.status} />
              <QuestionFlags question={question} />
            </div>
            <h1
              id="question-title"
              className="mt-2 text-xl font-semibold leading-snug tracking-tight text-stone-900 sm:text-2xl"
            >
              {question.title}
            </h1>
            <div className="mt-2">
              <QuestionByline question={question} />
            </div>
          </div>
        </div>
        {question.bodyHtml && <RichText html={question.bodyHtml} className="mt-4 text-sm leading-6" />}
        {question.status === "CLOSED" && (
          <p className="mt-4 rounded-lg bg-stone-100 px-3 py-2 text-sm text-stone-800">
            <span className="font-semibold">Closed:</span>{" "}
            {question.closedReason ? asSentence(question.closedReason) : "no reason given."}
          </p>
        )}
        {!question.mergedInto && !question.hidden && (
          <div className="mt-4 flex items-center gap-2 text-sm text-stone-600">
            <FollowQuestionButton
              key={String(question.isFollowing)}
              questionId={question.id}
              isFollowing={question.isFollowing}
            />
            <span>
              {question.isFollowing ? "You will be notified of answers." : "Follow to be notified of answers."}
            </span>
          </div>
        )}
        <QuestionTools
          key={`${question.status}-${question.hidden?.at ?? ""}-${question.editedAt ?? ""}`}
          question={question}
          abilities={abilities}
          leaders={leaders}
          meId={actor.id}
        />
      </article>

      <section id="answers" aria-labelledby="answers-heading" className="scroll-mt-20 space-y-4">
        <h2 id="answers-heading" className="flex items-center gap-2 text-base font-semibold">
          <MessageSquareText className="size-5 text-stone-500" aria-hidden="true" />
          {answers.length === 0 ? "Answers" : `${answers.length} ${answers.length === 1 ? "answer" : "answers"}`}
        </h2>
        {answers.length === 0 ? (
          <p className="rounded-2xl border border-dashed border-stone-300 bg-white/60 px-5 py-6 text-sm text-stone-600">
            {question.status === "CLOSED"
              ? "This question was closed without an answer."
              : question.target
                ? `No answer yet. ${question.target.name} has been notified; followers will hear as soon as there is an answer.`
                : "No answer yet. The leadership team has been notified; followers will hear as soon as there is an answer."}
          </p>
        ) : (
          <AnswerList
            answers={answers}
            // ACTION ITEMS: each answer carries the action items assigned from it (components/action-items/answer-action-items.tsx).
            renderAnswerFooter={(answer) => (
              <AnswerActionItems answerId={answer.id} canAssign={canAssign} suggestedTitle={suggestedTitle} />
            )}
          />
        )}
        {abilities.canAnswer && <AnswerForm questionId={question.id} isFirst={answers.length === 0} />}
      </section>
    </div>
  );
}
