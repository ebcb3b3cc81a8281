import "server-only";
import { can, type Actor } from "@/lib/auth/permissions";
import { areResultsVisible, phaseOf, type ChallengePhase } from "@/lib/challenges/challenge-phase";
import type { Prisma } from "@/lib/generated/prisma/client";
import { personRefSelect, type PersonRef } from "@/lib/people/person-ref";

export const challengeSummarySelect = {
  id: true,
  slug: true,
  title: true,
  rulesHtml: true,
  communityId: true,
  creatorId: true,
  submissionStartsAt: true,
  submissionEndsAt: true,
  votingStartsAt: true,
  votingEndsAt: true,
  votesPerPerson: true,
  showVotesLive: true,
  entryCount: true,
  closedAt: true,
  announcementPostId: true,
  community: { select: { slug: true, name: true, visibility: true } },
  creator: { select: personRefSelect },
} satisfies Prisma.ChallengeSelect;

type SummaryRow = Prisma.ChallengeGetPayload<{ select: typeof challengeSummarySelect }>;

export type ChallengeSummary = {
  id: string;
  slug: string;
  title: string;
  rulesHtml: string;
  phase: ChallengePhase;
  submissionStartsAt: string;
  submissionEndsAt: string;
  votingStartsAt: string;
  votingEndsAt: string;
  votesPerPerson: number;
  showVotesLive: boolean;
  resultsVisible: boolean;
  entryCount: number;
  announced: boolean;
  announcementPostId: string | null;
  community: { slug: string; name: string } | null;
  creator: PersonRef;
  /** The creator or an admin may end voting early. */
  canClose: boolean;
};

/** Its creator, or an admin, may end voting early (the winners are then announced at once). */
export function canCloseChallenge(actor: Actor, creatorId: string): boolean {
  return actor.id === creatorId || can(actor, "challenges.closeAny");
}

export function toChallengeSummary(actor: Actor, row: SummaryRow, now = new Date()): ChallengeSummary {
  const phase = phaseOf(row, now);
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    rulesHtml: row.rulesHtml,
    phase,
    submissionStartsAt: row.submissionStartsAt.toISOString(),
    submissionEndsAt: row.submissionEndsAt.toISOString(),
    votingStartsAt: row.votingStartsAt.toISOString(),
    votingEndsAt: row.votingEndsAt.toISOString(),
    votesPerPerson: row.votesPerPerson,
    showVotesLive: row.showVotesLive,
    resultsVisible: areResultsVisible(row, now),
    entryCount: row.entryCount,
    announced: row.closedAt !== null,
    announcementPostId: row.announcementPostId,
    community: row.community ? { slug: row.community.slug, name: row.community.name } : null,
    creator: row.creator,
    canClose: row.closedAt === null && now >= row.votingStartsAt && canCloseChallenge(actor, row.creatorId),
  };
}
