import { Mic, Plus } from "lucide-react";
import Link from "next/link";
import { AmaWhen } from "@/components/questions/ama-when";
import { Avatar } from "@/components/ui/avatar";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import type { AmaSummary } from "@/lib/ama/list-ama-sessions";

/** Current and upcoming "ask me anything" sessions, and a way in for leaders to host one. */
export function AmaList({ current, canHost }: { current: AmaSummary[]; canHost: boolean }) {
  return (
    <Card className="p-4! sm:p-5!">
      <h2 id="ama-heading" className="flex items-center gap-2 font-semibold">
        <Mic className="size-5 text-ember-700" aria-hidden="true" /> Ask me anything
      </h2>
      {current.length === 0 ? (
        <p className="mt-2 text-sm text-stone-600">No AMA sessions are running or planned right now.</p>
      ) : (
        <ul aria-labelledby="ama-heading" className="mt-3 space-y-3">
          {current.map((session) => (
            <li key={session.id}>
              <Link
                href={`/ask/ama/${session.id}`}
                className="flex gap-3 rounded-xl p-2 ring-1 ring-stone-200 hover:bg-stone-50 hover:ring-ember-300"
              >
                <Avatar name={session.host.name} src={session.host.avatarUrl} size="sm" />
                <span className="min-w-0">
                  <span className="block text-sm font-medium text-stone-900">{session.title}</span>
                  <span className="block text-xs text-stone-600">
                    {session.host.name} · {session.questionCount}{" "}
                    {session.questionCount === 1 ? "question" : "questions"}
                  </span>
                  <AmaWhen phase={session.phase} startsAt={session.startsAt} endsAt={session.endsAt} className="mt-1" />
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
      {canHost && (
        <ButtonLink href="/ask/ama/new" variant="secondary" size="sm" className="mt-3 w-full">
          <Plus className="size-4" aria-hidden="true" /> Host an AMA
        </ButtonLink>
      )}
    </Card>
  );
}
