import "server-only";
import { randomBytes } from "node:crypto";
import { can, type Actor } from "@/lib/auth/permissions";
import { defineUseCase } from "@/lib/auth/use-case";
import { ZCreateChallengeInput } from "@/lib/challenges/challenge-input";
import { challengeAudienceRooms } from "@/lib/challenges/visibility";
import { canOwnCommunity, communityRoleOf } from "@/lib/communities/access";
import { renderMarkdown } from "@/lib/content/render-markdown";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { createNotifications, publishNotifications } from "@/lib/notifications/notify";
import { handleFromName } from "@/lib/people/handle";
import { enforceWriteLimit } from "@/lib/rate-limit-guard";

const FORBIDDEN = "Only leaders, admins and a community's owners can start a challenge.";

/**
 * A leader or admin starts a challenge for everyone or for a community they can see; a community owner
 * only for their own community. Community members hear about it (CHALLENGE_OPENED); a company-wide
 * challenge notifies nobody, so that the whole company is not pinged for every contest.
 */
export const createChallenge = defineUseCase({
  input: ZCreateChallengeInput,
  permission: "challenges.read",
  run: async ({ actor, input, afterCommit }) => {
    const community = input.communityId ? await loadCommunity(actor, input.communityId) : null;
    if (!can(actor, "challenges.create") && !(community && canOwnCommunity(actor, community.role)))
      throw new AppError("FORBIDDEN", FORBIDDEN);
    await enforceWriteLimit("post", actor.id);

    const { challenge, recipients } = await db.$transaction(async (tx) => {
      const challenge = await tx.challenge.create({
        data: {
          slug: await freeSlug(input.title),
          title: input.title,
          rules: input.rules,
          rulesHtml: renderMarkdown(input.rules),
          communityId: community?.id ?? null,
          creatorId: actor.id,
          submissionStartsAt: input.submissionStartsAt,
          submissionEndsAt: input.submissionEndsAt,
          votingStartsAt: input.votingStartsAt,
          votingEndsAt: input.votingEndsAt,
          votesPerPerson: input.votesPerPerson,
          showVotesLive: input.showVotesLive,
        },
        select: { id: true, slug: true },
      });
      const members = community
        ? await tx.communityMember.findMany({ where: { communityId: community.id }, select: { userId: true } })
        : [];
      const recipients = await createNotifications(
        tx,
        members.map((member) => ({
          recipientId: member.userId,
          type: "CHALLENGE_OPENED",
          actorId: actor.id,
          challengeId: challenge.id,
          communityId: community!.id,
          groupKey: `challenge-opened:${challenge.id}`,
        })),
      );
      return { challenge, recipients };
    });

    afterCommit.publish(
      await challengeAudienceRooms(db, {
        communityId: community?.id ?? null,
        communityVisibility: community?.visibility ?? null,
      }),
      { type: "challenge.updated", challengeId: challenge.id },
    );
    afterCommit(() => publishNotifications(recipients));
    return challenge;
  },
});

/** The community, if the actor may see it (a wrong or hidden id finds nothing), with the actor's role in it. */
async function loadCommunity(actor: Actor, communityId: string) {
  const community = await db.community.findFirst({
    where: {
      id: communityId,
      archivedAt: null,
      ...(can(actor, "communities.moderateAny")
        ? {}
        : { OR: [{ visibility: "PUBLIC" }, { members: { some: { userId: actor.id } } }] }),
    },
    select: { id: true, visibility: true },
  });
  if (!community)
    throw new AppError("BAD_INPUT", "That community does not exist.", {
      communityId: "Choose a community you can see",
    });
  return { ...community, role: await communityRoleOf(actor.id, community.id) };
}

/** "cook-off-with-our-products", or with a short random tail when that is taken. */
async function freeSlug(title: string): Promise<string> {
  const base = handleFromName(title) || "challenge";
  const taken = await db.challenge.findUnique({ where: { slug: base }, select: { id: true } });
  return taken ? `${base}-${randomBytes(3).toString("hex")}` : base;
}
