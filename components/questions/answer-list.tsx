import Link from "next/link";
import { RichText } from "@/components/content/rich-text";
import { RoleBadge } from "@/components/people/role-badge";
import { Avatar } from "@/components/ui/avatar";
import { RelativeTime } from "@/components/ui/relative-time";
import type { AnswerView } from "@/lib/questions/answer-view";

/** What a footer under an answer gets to work with (the action-items slot uses it). */
export type AnswerFooterInput = { id: string; authorName: string; body: string };

/**
 * A question's answers, oldest first: who answered (leaders look like people, not a press office), when,
 * and what they said. `renderAnswerFooter` puts something under each answer, such as the action items
 * assigned from it. Server-safe (no hooks), so the footer may be a server or a client component.
 */
export function AnswerList({
  answers,
  renderAnswerFooter,
  headingLevel = 3,
}: {
  answers: AnswerView[];
  renderAnswerFooter?: (answer: AnswerFooterInput) => React.ReactNode;
  headingLevel?: 3 | 4;
}) {
  const Heading = headingLevel === 3 ? "h3" : "h4";
  return (
    <ol className="space-y-4">
      {answers.map((answer, index) => (
        <li key={answer.id} id={`answer-${answer.id}`} className="scroll-mt-24">
          <article
            aria-labelledby={`answer-${answer.id}-by`}
            data-testid="answer"
            className="rounded-2xl bg-white p-4 shadow-sm ring-1 ring-emerald-200 sm:p-5"
          >
            <header className="flex items-start gap-3">
              <Link href={`/people/${answer.author.handle}`} tabIndex={-1} aria-hidden="true">
                <Avatar name={answer.author.name} src={answer.author.avatarUrl} />
              </Link>
              <div className="min-w-0 flex-1">
                <Heading
                  id={`answer-${answer.id}-by`}
                  className="flex flex-wrap items-center gap-2 text-sm font-semibold text-stone-900"
                >
                  <Link href={`/people/${answer.author.handle}`} className="hover:underline">
                    {answer.author.name}
                  </Link>
                  <RoleBadge role={answer.author.role as "EMPLOYEE" | "LEADER" | "ADMIN"} />
                  {index === 0 && <span className="text-xs font-medium text-emerald-800">First answer</span>}
                </Heading>
                <p className="truncate text-xs text-stone-600">
                  {answer.author.title} · <RelativeTime iso={answer.createdAt} />
                  {answer.editedAt && " · edited"}
                </p>
              </div>
            </header>
            <RichText html={answer.bodyHtml} className="mt-3 text-sm leading-6" />
            {renderAnswerFooter?.({ id: answer.id, authorName: answer.author.name, body: answer.body })}
          </article>
        </li>
      ))}
    </ol>
  );
}
