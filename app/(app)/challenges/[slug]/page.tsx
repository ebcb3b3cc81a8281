import { ArrowLeft, Clock, EyeOff, Image as ImageIcon, Sparkles } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { ChallengeSchedule, ChallengeWhen } from "@/components/challenges/challenge-when";
import { CloseChallengeButton } from "@/components/challenges/close-challenge-button";
import { EntryCard } from "@/components/challenges/entry-card";
import { EntryForm } from "@/components/challenges/entry-form";
import { Leaderboard } from "@/components/challenges/leaderboard";
import { RichText } from "@/components/content/rich-text";
import { LiveRefresh } from "@/components/ui/live-refresh";
import { Card, EmptyState } from "@/components/ui/card";
import { currentActor } from "@/lib/auth/current-user";
import { findChallenge, type ChallengeDetail } from "@/lib/challenges/find-challenge";
import { pageRefusal } from "@/lib/http";

type Props = { params: Promise<{ slug: string }> };

async function load(slug: string) {
  try {
    return await findChallenge(await currentActor(), { slug });
  } catch (error) {
    pageRefusal(error, `/challenges/${slug}`);
  }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  // Metadata must not throw: the page (and the layout) decide between sign-in and 404.
  try {
    return { title: (await load((await params).slug)).challenge.title };
  } catch {
    return {};
  }
}

function votingNote({ challenge, myVotesUsed }: ChallengeDetail): string | null {
  if (!challenge.isVotingOpen) return null;
  const left = challenge.votesPerPerson - myVotesUsed;
  const budget =
    left === 0
      ? "You have used all your votes; take one back to move it."
      : `You have ${left} of ${challenge.votesPerPerson} ${challenge.votesPerPerson === 1 ? "vote" : "votes"} left.`;
  return challenge.resultsVisible ? budget : `${budget} Counts stay hidden until voting closes.`;
}

export default async function ChallengePage({ params }: Props) {
  const detail = await load((await params).slug);
  const { challenge, entries, hasEntered } = detail;
  const note = votingNote(detail);

  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <LiveRefresh types={["challenge.updated"]} ids={[challenge.id]} />
      <Link
        href="/challenges"
        className="inline-flex items-center gap-1.5 text-sm font-medium text-stone-600 hover:text-stone-900"
      >
        <ArrowLeft className="size-4" aria-hidden="true" /> Challenges
      </Link>
      <Card>
        <div className="flex flex-wrap items-start justify-between gap-4">
          <div className="min-w-0 flex-1">
            <p className="text-xs font-semibold uppercase tracking-wide text-ember-800">
              {challenge.community ? `Challenge in ${challenge.community.name}` : "Challenge for everyone"}
            </p>
            <h1 className="mt-1 text-2xl font-semibold tracking-tight text-stone-900">{challenge.title}</h1>
            <p className="mt-1 text-sm text-stone-700">
              Started by{" "}
              <Link href={`/people/${challenge.creator.handle}`} className="font-medium hover:underline">
                {challenge.creator.name}
              </Link>
              , {challenge.creator.title}
            </p>
            <ChallengeWhen challenge={challenge} className="mt-2" />
          </div>
          {challenge.canClose && <CloseChallengeButton challengeId={challenge.id} />}
        </div>
        {challenge.rulesHtml && <RichText html={challenge.rulesHtml} className="mt-4" />}
        <div className="mt-4">
          <ChallengeSchedule challenge={challenge} />
        </div>
        <p className="mt-3 flex items-center gap-1.5 text-xs text-stone-600">
          {!challenge.showVotesLive && <EyeOff className="size-3.5" aria-hidden="true" />}
          {challenge.votesPerPerson === 1 ? "1 vote each" : `${challenge.votesPerPerson} votes each`}, one per entry,
          never for your own.{" "}
          {challenge.showVotesLive ? "Votes are shown live." : "Votes are hidden until voting closes."}
        </p>
      </Card>

      {challenge.announcementPostId && (
        <Link
          href={`/posts/${challenge.announcementPostId}`}
          className="flex items-center gap-2 rounded-xl bg-amber-50 px-4 py-3 text-sm font-medium text-amber-900 ring-1 ring-amber-200 hover:bg-amber-100"
        >
          <Sparkles className="size-4" aria-hidden="true" /> The winners were announced as a moment of pride. Read it
          and cheer them on.
        </Link>
      )}
      {challenge.phase === "closed" && !challenge.announcementPostId && challenge.announced && (
        <p role="status" className="rounded-xl bg-stone-100 px-4 py-3 text-sm text-stone-800">
          This challenge closed without votes, so there is no winner.
        </p>
      )}

      {challenge.isSubmissionOpen && !hasEntered && <EntryForm challengeId={challenge.id} />}
      {challenge.isSubmissionOpen && hasEntered && (
        <p className="rounded-xl bg-emerald-50 px-4 py-3 text-sm text-emerald-900 ring-1 ring-emerald-200">
          You have entered this challenge. Good luck!
        </p>
      )}
      {challenge.phase === "upcoming" && (
        <p
          role="status"
          className="flex items-start gap-2 rounded-xl bg-sky-50 px-4 py-3 text-sm text-sky-900 ring-1 ring-sky-200"
        >
          <Clock className="mt-0.5 size-4 shrink-0" aria-hidden="true" /> Entries open soon. Start planning yours!
        </p>
      )}
      {note && (
        <p
          role="status"
          data-testid="vote-budget"
          className="rounded-xl bg-amber-50 px-4 py-3 text-sm text-amber-900 ring-1 ring-amber-200"
        >
          {note}
        </p>
      )}

      {challenge.resultsVisible && <Leaderboard entries={entries} final={challenge.phase === "closed"} />}

      <section aria-labelledby="entries" className="space-y-4">
        <h2 id="entries" className="text-base font-semibold text-stone-900">
          {entries.length === 0
            ? "Entries"
            : `${entries.length} ${entries.length === 1 ? "entry" : "entries"}${challenge.resultsVisible ? ", most votes first" : ""}`}
        </h2>
        {entries.length === 0 ? (
          <EmptyState icon={<ImageIcon className="size-8" aria-hidden="true" />} title="No entries yet">
            {challenge.phase === "upcoming"
              ? "Entries open when the challenge starts."
              : challenge.isSubmissionOpen
                ? "Be the first to enter."
                : "Nobody entered this challenge."}
          </EmptyState>
        ) : (
          <ol className="space-y-6">
            {entries.map((entry) => (
              <EntryCard key={entry.id} entry={entry} canVote={challenge.isVotingOpen} />
            ))}
          </ol>
        )}
      </section>
    </div>
  );
}
