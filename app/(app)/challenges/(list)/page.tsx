import { Plus, Trophy } from "lucide-react";
import type { Metadata } from "next";
import { ChallengeCard } from "@/components/challenges/challenge-card";
import { LiveRefresh } from "@/components/ui/live-refresh";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { currentActor } from "@/lib/auth/current-user";
import { listChallengeCommunities } from "@/lib/challenges/list-challenge-communities";
import { listChallenges } from "@/lib/challenges/list-challenges";
import { pageRefusal } from "@/lib/http";

export const metadata: Metadata = { title: "Challenges" };

export default async function ChallengesPage() {
  const actor = await currentActor();
  const [challenges, where] = await Promise.all([listChallenges(actor, {}), listChallengeCommunities(actor, {})]).catch(
    (error: unknown) => pageRefusal(error, "/challenges"),
  );
  const running = challenges.filter((challenge) => challenge.phase !== "closed");
  const closed = challenges.filter((challenge) => challenge.phase === "closed");
  return (
    <>
      <LiveRefresh types={["challenge.updated"]} />
      <PageHeader
        title="Challenges"
        description="Friendly contests with photo and video entries: enter while entries are open, vote for your favourites, and cheer the winners."
        actions={
          where.canCreate && (
            <ButtonLink href="/challenges/new">
              <Plus className="size-4" aria-hidden="true" /> Start a challenge
            </ButtonLink>
          )
        }
      />
      {challenges.length === 0 ? (
        <EmptyState icon={<Trophy className="size-8" aria-hidden="true" />} title="No challenges yet">
          {where.canCreate
            ? "Start the first one: a cook-off, a photo contest, the best desk plant."
            : "When a leader or a community owner starts a challenge, it shows up here."}
        </EmptyState>
      ) : (
        <div className="space-y-8">
          <section aria-labelledby="running-challenges" className="space-y-3">
            <h2 id="running-challenges" className="text-sm font-semibold uppercase tracking-wide text-stone-600">
              Running and upcoming
            </h2>
            {running.length === 0 ? (
              <p className="text-sm text-stone-600">Nothing is running right now.</p>
            ) : (
              <div className="grid gap-3 lg:grid-cols-2">
                {running.map((challenge) => (
                  <ChallengeCard key={challenge.id} challenge={challenge} />
                ))}
              </div>
            )}
          </section>
          {closed.length > 0 && (
            <section aria-labelledby="closed-challenges" className="space-y-3">
              <h2 id="closed-challenges" className="text-sm font-semibold uppercase tracking-wide text-stone-600">
                Closed
              </h2>
              <div className="grid gap-3 lg:grid-cols-2">
                {closed.map((challenge) => (
                  <ChallengeCard key={challenge.id} challenge={challenge} />
                ))}
              </div>
            </section>
          )}
        </div>
      )}
    </>
  );
}
