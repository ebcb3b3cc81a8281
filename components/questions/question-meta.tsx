import { EyeOff, GitMerge, Mic, UserRound } from "lucide-react";
import Link from "next/link";
import { Avatar } from "@/components/ui/avatar";
import { Badge } from "@/components/ui/card";
import { RelativeTime } from "@/components/ui/relative-time";
import type { QuestionView } from "@/lib/questions/question-view";

/** "Anonymous → Maria van den Berg · 2 hours ago", with the asker linked when the question is named. */
export function QuestionByline({ question }: { question: QuestionView }) {
  return (
    <p className="flex flex-wrap items-center gap-x-1.5 gap-y-1 text-sm text-stone-600">
      {question.asker ? (
        <Link
          href={`/people/${question.asker.handle}`}
          className="inline-flex items-center gap-1.5 font-medium text-stone-800 hover:underline"
        >
          <Avatar
            name={question.asker.name}
            src={question.asker.avatarUrl}
            size="sm"
            className="size-6! text-[0.6rem]!"
          />
          {question.asker.name}
        </Link>
      ) : (
        <span className="inline-flex items-center gap-1.5 font-medium text-stone-800">
          <span
            className="inline-flex size-6 items-center justify-center rounded-full bg-stone-200 text-stone-600"
            aria-hidden="true"
          >
            <UserRound className="size-3.5" />
          </span>
          Anonymous
        </span>
      )}
      <span aria-hidden="true">→</span>
      <span className="sr-only">asked</span>
      {question.target ? (
        <Link href={`/people/${question.target.handle}`} className="font-medium text-stone-800 hover:underline">
          {question.target.name}
        </Link>
      ) : (
        <span className="font-medium text-stone-800">the leadership team</span>
      )}
      <span aria-hidden="true">·</span>
      <RelativeTime iso={question.createdAt} />
      {question.editedAt && <span title={`Edited ${new Date(question.editedAt).toUTCString()}`}>· edited</span>}
    </p>
  );
}

/** A reason as one sentence, whether or not its writer ended it with a full stop. */
export function asSentence(text: string): string {
  const trimmed = text.trim();
  return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

/** The badges only some people see, and the ones that say where a question stands. */
export function QuestionFlags({ question, showAma = true }: { question: QuestionView; showAma?: boolean }) {
  return (
    <>
      {question.isMine && <Badge className="bg-violet-100 text-violet-900">You asked this</Badge>}
      {showAma && question.ama && (
        <Link href={`/ask/ama/${question.ama.id}`} className="inline-flex">
          <Badge className="bg-amber-100 text-amber-900 hover:bg-amber-200">
            <Mic className="mr-1 size-3" aria-hidden="true" />
            AMA: {question.ama.title}
          </Badge>
        </Link>
      )}
      {question.hidden && (
        <Badge className="bg-red-100 text-red-900">
          <EyeOff className="mr-1 size-3" aria-hidden="true" />
          {question.isMine ? "Hidden by a moderator" : "Hidden"}
        </Badge>
      )}
      {question.mergedInto && (
        <Link href={`/ask/${question.mergedInto.id}`} className="inline-flex">
          <Badge className="bg-stone-200 text-stone-800 hover:bg-stone-300">
            <GitMerge className="mr-1 size-3" aria-hidden="true" />
            Merged into “{question.mergedInto.title}”
          </Badge>
        </Link>
      )}
    </>
  );
}
