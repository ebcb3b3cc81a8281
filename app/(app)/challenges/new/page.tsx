import { ArrowLeft } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { ChallengeForm } from "@/components/challenges/challenge-form";
import { PageHeader } from "@/components/ui/card";
import { currentActor } from "@/lib/auth/current-user";
import { listChallengeCommunities } from "@/lib/challenges/list-challenge-communities";
import { pageRefusal, roleRefusal } from "@/lib/http";

export const metadata: Metadata = { title: "Start a challenge" };

// Navigation only: createChallenge checks the role or community ownership again on the server.
export default async function NewChallengePage() {
  const where = await listChallengeCommunities(await currentActor(), {}).catch((error: unknown) =>
    pageRefusal(error, "/challenges/new"),
  );
  if (!where.canCreate) roleRefusal();
  return (
    <div className="mx-auto max-w-2xl">
      <Link
        href="/challenges"
        className="mb-4 inline-flex items-center gap-1.5 text-sm font-medium text-stone-600 hover:text-stone-900"
      >
        <ArrowLeft className="size-4" aria-hidden="true" /> Challenges
      </Link>
      <PageHeader
        title="Start a challenge"
        description="A friendly contest with photo or video entries, a time to enter, a time to vote, and winners announced as a moment of pride."
      />
      <ChallengeForm companyWide={where.companyWide} communities={where.communities} />
    </div>
  );
}
