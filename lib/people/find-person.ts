import "server-only";
import { z } from "zod";
import { canEditProfile } from "@/lib/auth/permissions";
import { defineUseCase } from "@/lib/auth/use-case";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { personCardSelect } from "@/lib/people/person-select";

export const ZFindPersonInput = z.object({ handle: z.string().trim().toLowerCase().max(60) });

export const findPerson = defineUseCase({
  input: ZFindPersonInput,
  permission: "people.read",
  run: async ({ actor, input }) => {
    const person = await db.user.findFirst({
      where: { handle: input.handle, deactivatedAt: null },
      select: {
        ...personCardSelect,
        bio: true,
        pronouns: true,
        interests: true,
        createdAt: true,
        manager: { select: personCardSelect },
        reports: { where: { deactivatedAt: null }, orderBy: { name: "asc" }, select: personCardSelect, take: 50 },
        _count: { select: { followers: true, following: true } },
        followers: { where: { followerId: actor.id }, select: { followerId: true } },
      },
    });
    if (!person) throw new AppError("NOT_FOUND", "There is nobody with that handle.");
    const { followers, _count, ...rest } = person;
    return {
      ...rest,
      followerCount: _count.followers,
      followingCount: _count.following,
      isFollowing: followers.length > 0,
      isMe: person.id === actor.id,
      canEdit: canEditProfile(actor, person.id),
    };
  },
});
