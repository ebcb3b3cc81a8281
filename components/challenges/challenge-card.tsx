import { Trophy, Users } from "lucide-react";
import Link from "next/link";
import { ChallengeWhen } from "@/components/challenges/challenge-when";
import type { ChallengeListItem } from "@/lib/challenges/list-challenges";

export function ChallengeCard({ challenge }: { challenge: ChallengeListItem }) {
  return (
    <article
      aria-labelledby={`challenge-${challenge.id}`}
      data-testid="challenge-card"
      className="rounded-2xl bg-white p-4 shadow-sm ring-1 ring-stone-200 sm:p-5"
    >
      <div className="flex items-start gap-3">
        <span className="mt-0.5 rounded-xl bg-ember-50 p-2 text-ember-700 ring-1 ring-ember-100" aria-hidden="true">
          <Trophy className="size-5" />
        </span>
        <div className="min-w-0 flex-1">
          <h2 id={`challenge-${challenge.id}`} className="text-base font-semibold text-stone-900">
            <Link href={`/challenges/${challenge.slug}`} className="hover:underline">
              {challenge.title}
            </Link>
          </h2>
          <p className="mt-0.5 text-xs text-stone-600">
            by {challenge.creator.name}
            {challenge.community ? ` · in ${challenge.community.name}` : " · everyone"}
          </p>
          <ChallengeWhen challenge={challenge} className="mt-2" />
        </div>
      </div>
      <div className="mt-3 flex flex-wrap items-center gap-x-4 gap-y-1 text-sm text-stone-700">
        <span className="inline-flex items-center gap-1.5">
          <Users className="size-4 text-stone-500" aria-hidden="true" />
          {challenge.entryCount === 1 ? "1 entry" : `${challenge.entryCount} entries`}
        </span>
        <span>{challenge.votesPerPerson === 1 ? "1 vote each" : `${challenge.votesPerPerson} votes each`}</span>
        {challenge.winners.length > 0 && (
          <span className="inline-flex items-center gap-1.5 font-medium text-amber-900">
            <Trophy className="size-4" aria-hidden="true" /> Won by{" "}
            {challenge.winners.map((winner) => winner.name).join(" and ")}
          </span>
        )}
      </div>
    </article>
  );
}
