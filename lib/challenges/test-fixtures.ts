import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { createPost, randomKey } from "@/lib/test/factories";

const HOUR = 3_600_000;
const hoursFromNow = (hours: number) => new Date(Date.now() + hours * HOUR);

/** Window presets relative to now, for challenges written straight to the database. */
export const WINDOWS = {
  upcoming: {
    submissionStartsAt: hoursFromNow(1),
    submissionEndsAt: hoursFromNow(24),
    votingStartsAt: hoursFromNow(24),
    votingEndsAt: hoursFromNow(48),
  },
  entries: {
    submissionStartsAt: hoursFromNow(-1),
    submissionEndsAt: hoursFromNow(24),
    votingStartsAt: hoursFromNow(24),
    votingEndsAt: hoursFromNow(48),
  },
  voting: {
    submissionStartsAt: hoursFromNow(-48),
    submissionEndsAt: hoursFromNow(-1),
    votingStartsAt: hoursFromNow(-1),
    votingEndsAt: hoursFromNow(24),
  },
  ended: {
    submissionStartsAt: hoursFromNow(-72),
    submissionEndsAt: hoursFromNow(-48),
    votingStartsAt: hoursFromNow(-48),
    votingEndsAt: hoursFromNow(-1),
  },
} as const;

export async function insertChallenge(
  creatorId: string,
  window: keyof typeof WINDOWS,
  overrides: Partial<Prisma.ChallengeUncheckedCreateInput> = {},
) {
  const key = randomKey();
  return db.challenge.create({
    data: { slug: `challenge-${key}`, title: `Challenge ${key}`, creatorId, ...WINDOWS[window], ...overrides },
  });
}

/** An entry written straight to the database: a post by the author and its ChallengeEntry. */
export async function insertEntry(
  challengeId: string,
  authorId: string,
  overrides: Partial<Prisma.ChallengeEntryUncheckedCreateInput> = {},
) {
  const post = await createPost(authorId);
  const entry = await db.challengeEntry.create({ data: { challengeId, postId: post.id, authorId, ...overrides } });
  await db.challenge.update({ where: { id: challengeId }, data: { entryCount: { increment: 1 } } });
  return entry;
}

export async function insertCommunity(overrides: Partial<Prisma.CommunityUncheckedCreateInput> = {}) {
  const key = randomKey();
  return db.community.create({ data: { slug: `community-${key}`, name: `Community ${key}`, ...overrides } });
}
