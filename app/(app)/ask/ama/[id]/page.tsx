import { ArrowLeft, Clock, MessagesSquare } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { AmaWhen } from "@/components/questions/ama-when";
import { AnswerList } from "@/components/questions/answer-list";
import { AskForm } from "@/components/questions/ask-form";
import { EndAmaButton } from "@/components/questions/end-ama-button";
import { LiveRefresh } from "@/components/ui/live-refresh";
import { QuestionCard } from "@/components/questions/question-card";
import { Avatar } from "@/components/ui/avatar";
import { Card, EmptyState } from "@/components/ui/card";
import { amaClosedMessage } from "@/lib/ama/ama-window";
import { findAmaSession } from "@/lib/ama/find-ama-session";
import { currentActor } from "@/lib/auth/current-user";
import { pageRefusal } from "@/lib/http";

type Props = { params: Promise<{ id: string }> };

async function load(amaSessionId: string) {
  try {
    return await findAmaSession(await currentActor(), { amaSessionId });
  } catch (error) {
    pageRefusal(error, `/ask/ama/${amaSessionId}`);
  }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  // Metadata must not throw: the page (and the layout) decide between sign-in and 404.
  try {
    const { session } = await load((await params).id);
    return { title: session.title };
  } catch {
    return {};
  }
}

export default async function AmaPage({ params }: Props) {
  const actor = (await currentActor())!;
  const { session, questions } = await load((await params).id);
  const closed = amaClosedMessage(session);
  const isHost = session.host.id === actor.id;
  const firstName = session.host.name.split(" ")[0];

  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <LiveRefresh types={["ama.changed"]} ids={[session.id]} />
      <Link
        href="/ask"
        className="inline-flex items-center gap-1.5 text-sm font-medium text-stone-600 hover:text-stone-900"
      >
        <ArrowLeft className="size-4" aria-hidden="true" /> Ask leadership
      </Link>
      <Card>
        <div className="flex flex-wrap items-start gap-4">
          <Avatar name={session.host.name} src={session.host.avatarUrl} size="lg" />
          <div className="min-w-0 flex-1">
            <p className="text-xs font-semibold uppercase tracking-wide text-ember-800">Ask me anything</p>
            <h1 className="mt-1 text-2xl font-semibold tracking-tight text-stone-900">{session.title}</h1>
            <p className="mt-1 text-sm text-stone-700">
              Hosted by{" "}
              <Link href={`/people/${session.host.handle}`} className="font-medium hover:underline">
                {session.host.name}
              </Link>
              , {session.host.title}
            </p>
            <AmaWhen phase={session.phase} startsAt={session.startsAt} endsAt={session.endsAt} className="mt-2" />
          </div>
          {session.canEnd && <EndAmaButton amaSessionId={session.id} upcoming={session.phase === "upcoming"} />}
        </div>
        {session.description && (
          <p className="mt-4 whitespace-pre-line text-sm leading-6 text-stone-700">{session.description}</p>
        )}
      </Card>

      {closed ? (
        <p
          role="status"
          className="flex items-start gap-2 rounded-xl bg-amber-50 px-4 py-3 text-sm text-amber-900 ring-1 ring-amber-200"
        >
          <Clock className="mt-0.5 size-4 shrink-0" aria-hidden="true" />
          {closed}
        </p>
      ) : isHost ? (
        <p className="rounded-xl bg-emerald-50 px-4 py-3 text-sm text-emerald-900 ring-1 ring-emerald-200">
          Your AMA is live. Open a question to answer it; the most upvoted are on top.
        </p>
      ) : (
        <AskForm leaders={[]} amaSessionId={session.id} heading={`Ask ${firstName} a question`} />
      )}

      <section aria-labelledby="ama-questions" className="space-y-4">
        <h2 id="ama-questions" className="flex items-center gap-2 text-base font-semibold">
          <MessagesSquare className="size-5 text-stone-500" aria-hidden="true" />
          {questions.length === 0
            ? "Questions"
            : `${questions.length} ${questions.length === 1 ? "question" : "questions"}, most upvoted first`}
        </h2>
        {questions.length === 0 ? (
          <EmptyState icon={<MessagesSquare className="size-8" aria-hidden="true" />} title="No questions yet">
            {session.phase === "upcoming"
              ? "Questions open when the AMA starts."
              : session.phase === "open"
                ? "Be the first to ask."
                : "Nobody asked a question in this AMA."}
          </EmptyState>
        ) : (
          <ol className="space-y-5">
            {questions.map((question) => (
              <li key={question.id} className="space-y-3">
                <QuestionCard question={question} headingLevel={3} showAma={false} />
                {question.answers.length > 0 && (
                  <div className="border-l-2 border-emerald-200 pl-3 sm:ml-8 sm:pl-4">
                    <AnswerList answers={question.answers} headingLevel={4} />
                  </div>
                )}
              </li>
            ))}
          </ol>
        )}
      </section>
    </div>
  );
}
