import { Timer } from "lucide-react";
import Link from "next/link";
import { Card } from "@/components/ui/card";
import { RelativeTime } from "@/components/ui/relative-time";
import type { LeaderResponsiveness } from "@/lib/questions/find-leader-responsiveness";
import { formatShare, formatWait } from "@/lib/questions/format-responsiveness";

/** On a leader's profile: how quickly they answer, in public, and what is still waiting for them. */
export function LeaderResponsivenessCard({ name, data }: { name: string; data: LeaderResponsiveness }) {
  const { figures, waiting } = data;
  const firstName = name.split(" ")[0];
  return (
    <Card aria-labelledby="leader-responsiveness">
      <h2 id="leader-responsiveness" className="flex items-center gap-2 font-semibold">
        <Timer className="size-5 text-ember-700" aria-hidden="true" /> How {firstName} answers
      </h2>
      <dl className="mt-3 grid grid-cols-3 gap-2 text-center">
        <div className="rounded-xl bg-stone-50 px-2 py-3 ring-1 ring-stone-200">
          <dt className="text-xs text-stone-600">Median first answer</dt>
          <dd className="mt-1 text-lg font-semibold text-stone-900">
            {figures.medianSeconds === null ? "—" : formatWait(figures.medianSeconds)}
          </dd>
        </div>
        <div className="rounded-xl bg-stone-50 px-2 py-3 ring-1 ring-stone-200">
          <dt className="text-xs text-stone-600">Within 48 hours</dt>
          <dd className="mt-1 text-lg font-semibold text-stone-900">{formatShare(figures.within48hShare)}</dd>
        </div>
        <div className="rounded-xl bg-stone-50 px-2 py-3 ring-1 ring-stone-200">
          <dt className="text-xs text-stone-600">Open now</dt>
          <dd className="mt-1 text-lg font-semibold text-stone-900">{figures.openCount}</dd>
        </div>
      </dl>
      <p className="mt-2 text-xs text-stone-600">
        {figures.questionCount === 0
          ? `Nobody has asked ${firstName} a question in the last 90 days.`
          : `${figures.answeredCount} of ${figures.questionCount} questions from the last 90 days answered.`}
      </p>
      {waiting.length > 0 && (
        <>
          <h3 className="mt-4 text-sm font-semibold text-stone-900">Waiting longest</h3>
          <ol className="mt-2 space-y-2">
            {waiting.map((question) => (
              <li key={question.id} className="text-sm">
                <Link href={`/ask/${question.id}`} className="font-medium text-stone-900 hover:underline">
                  {question.title}
                </Link>
                <span className="block text-xs text-stone-600">
                  Asked <RelativeTime iso={question.createdAt} />
                </span>
              </li>
            ))}
          </ol>
        </>
      )}
      <Link
        href={`/ask?leader=${encodeURIComponent(data.figures.leaderId)}`}
        className="mt-4 inline-block text-sm font-medium text-ember-700 hover:underline"
      >
        See questions for {firstName}
      </Link>
    </Card>
  );
}
