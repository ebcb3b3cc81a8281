import { describe, expect, it } from "vitest";
import { createComment } from "@/lib/comments/create-comment";
import { acceptFocusAnswer } from "@/lib/communities/accept-focus-answer";
import { answerFocusItem } from "@/lib/communities/answer-focus-item";
import { createCommunity } from "@/lib/communities/create-community";
import { decideJoinRequest } from "@/lib/communities/decide-join-request";
import { findFocusBoard } from "@/lib/communities/focus-board";
import { inviteMember } from "@/lib/communities/invite-member";
import { joinCommunity } from "@/lib/communities/join-community";
import { leaveCommunity } from "@/lib/communities/leave-community";
import { listMembers } from "@/lib/communities/list-members";
import { muteMember } from "@/lib/communities/mute-member";
import { proposeFocusItem } from "@/lib/communities/propose-focus-item";
import { remindCommunityReviews } from "@/lib/communities/remind-review-due";
import { removeMember } from "@/lib/communities/remove-member";
import { reviewCommunity } from "@/lib/communities/review-community";
import { setFocusVote } from "@/lib/communities/set-focus-vote";
import { setMemberRole } from "@/lib/communities/set-member-role";
import { addMemberRow, createCommunityRow } from "@/lib/communities/test-fixtures";
import { updateCommunity } from "@/lib/communities/update-community";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { createPost } from "@/lib/posts/create-post";
import { createUser } from "@/lib/test/factories";

const DAY = 86_400_000;

async function appErrorOf(promise: Promise<unknown>): Promise<AppError> {
  const error: unknown = await promise.then(
    () => new Error("expected the call to be refused, but it succeeded"),
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

async function countsOf(communityId: string) {
  const [community, rows] = await Promise.all([
    db.community.findUniqueOrThrow({ where: { id: communityId } }),
    db.communityMember.count({ where: { communityId } }),
  ]);
  return { stored: community.memberCount, rows };
}

const validFields = {
  name: "Sourdough bakers",
  description: "Starters and crumb shots",
  kind: "INTEREST",
  category: "Cooking",
  visibility: "PUBLIC",
};

describe("[COMMUNITIES] create", () => {
  it("[COMMUNITIES] an employee creates an interest community and owns it; the action is audited", async () => {
    const { actor } = await createUser();
    const { id, slug } = await createCommunity(actor, validFields);
    expect(slug).toMatch(/^sourdough-bakers/);
    expect(await countsOf(id)).toEqual({ stored: 1, rows: 1 });
    expect((await db.communityMember.findFirstOrThrow({ where: { communityId: id } })).role).toBe("OWNER");
    expect(
      await db.auditEntry.count({ where: { communityId: id, action: "community.created", actorId: actor.id } }),
    ).toBe(1);
  });

  it("[COMMUNITIES] bidirectional override and isolate characters are stripped from the name on create and update", async () => {
    const { actor } = await createUser();
    const { id } = await createCommunity(actor, { ...validFields, name: "Sour\u202Edough\u202C bakers\u2066" });
    expect((await db.community.findUniqueOrThrow({ where: { id } })).name).toBe("Sourdough bakers");
    await updateCommunity(actor, { communityId: id, ...validFields, name: "\u2068Rye\u2069 bakers\u202D" });
    expect((await db.community.findUniqueOrThrow({ where: { id } })).name).toBe("Rye bakers");
  });

  it("[COMMUNITIES] bad input names the field; a purpose needs a goal and a future review date", async () => {
    const { actor } = await createUser();
    expect((await appErrorOf(createCommunity(actor, { ...validFields, name: "x" }))).fieldErrors).toMatchObject({
      name: "Name needs at least 3 characters",
    });
    const purpose = await appErrorOf(
      createCommunity(actor, {
        ...validFields,
        purposeTarget: "3",
        purposeReviewAt: new Date(Date.now() - DAY).toISOString(),
      }),
    );
    expect(purpose.fieldErrors).toMatchObject({
      purposeGoal: expect.stringContaining("Goal"),
      purposeReviewAt: "Review date must be in the future",
    });
  });

  it("[COMMUNITIES] mass assignment: role, counts or archiving cannot be set from the form", async () => {
    const { actor } = await createUser();
    for (const extra of [
      { role: "OWNER" },
      { memberCount: 999 },
      { archivedAt: new Date().toISOString() },
      { createdById: "someone" },
    ]) {
      expect((await appErrorOf(createCommunity(actor, { ...validFields, ...extra }))).code).toBe("BAD_INPUT");
    }
  });
});

describe("[COMMUNITIES] joining", () => {
  it("[COMMUNITIES] 50 parallel joins of one person leave one membership and an exact count", async () => {
    const community = await createCommunityRow("PUBLIC");
    const { actor } = await createUser();
    const results = await Promise.allSettled(
      Array.from({ length: 50 }, () => joinCommunity(actor, { communityId: community.id })),
    );
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(50);
    expect(await countsOf(community.id)).toEqual({ stored: 1, rows: 1 });
  });

  it("[COMMUNITIES] 30 people joining at once are all counted", async () => {
    const community = await createCommunityRow("PUBLIC");
    const people = await Promise.all(Array.from({ length: 30 }, () => createUser()));
    await Promise.all(people.map(({ actor }) => joinCommunity(actor, { communityId: community.id })));
    expect(await countsOf(community.id)).toEqual({ stored: 30, rows: 30 });
  });

  it("[COMMUNITIES] a member cannot make themselves owner by sending a role when joining", async () => {
    const community = await createCommunityRow("PUBLIC");
    const { actor } = await createUser();
    await joinCommunity(actor, { communityId: community.id, role: "OWNER" });
    expect(
      (await db.communityMember.findFirstOrThrow({ where: { communityId: community.id, userId: actor.id } })).role,
    ).toBe("MEMBER");
  });

  it("[COMMUNITIES] a private community takes a request; one approval among 20 parallel ones adds the member once", async () => {
    const community = await createCommunityRow("PRIVATE");
    const { actor: owner } = await createUser();
    const { actor: moderator } = await createUser();
    await addMemberRow(community.id, owner, "OWNER");
    await addMemberRow(community.id, moderator, "MODERATOR");
    const { actor: asker } = await createUser();
    expect(await joinCommunity(asker, { communityId: community.id, message: "I sell to retail" })).toMatchObject({
      status: "requested",
    });
    expect(await db.notification.count({ where: { type: "COMMUNITY_JOIN_REQUEST", communityId: community.id } })).toBe(
      2,
    );
    const request = await db.communityJoinRequest.findFirstOrThrow({
      where: { communityId: community.id, userId: asker.id },
    });
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        decideJoinRequest(i % 2 ? owner : moderator, { requestId: request.id, approve: true }),
      ),
    );
    expect(await countsOf(community.id)).toEqual({ stored: 3, rows: 3 });
    expect(
      await db.auditEntry.count({ where: { communityId: community.id, action: "community.request.approved" } }),
    ).toBe(1);
    expect(await db.notification.count({ where: { recipientId: asker.id, type: "COMMUNITY_JOIN_APPROVED" } })).toBe(1);
  });

  it("[COMMUNITIES] a plain member cannot approve requests", async () => {
    const community = await createCommunityRow("PRIVATE");
    const { actor: member } = await createUser();
    await addMemberRow(community.id, member);
    const { actor: asker } = await createUser();
    await joinCommunity(asker, { communityId: community.id });
    const request = await db.communityJoinRequest.findFirstOrThrow({
      where: { communityId: community.id, userId: asker.id },
    });
    expect((await appErrorOf(decideJoinRequest(member, { requestId: request.id, approve: true }))).code).toBe(
      "FORBIDDEN",
    );
  });

  it("[COMMUNITIES] a secret community is joined only by invitation", async () => {
    const community = await createCommunityRow("SECRET");
    const { actor: moderator } = await createUser();
    await addMemberRow(community.id, moderator, "MODERATOR");
    const { user: guest, actor: guestActor } = await createUser();
    expect((await appErrorOf(joinCommunity(guestActor, { communityId: community.id }))).code).toBe("NOT_FOUND");
    await inviteMember(moderator, { communityId: community.id, handle: `@${guest.handle}` });
    expect(await db.auditEntry.count({ where: { communityId: community.id, action: "community.invited" } })).toBe(1);
    expect(await joinCommunity(guestActor, { communityId: community.id })).toMatchObject({
      status: "member",
      role: "MEMBER",
    });
    expect(await countsOf(community.id)).toEqual({ stored: 2, rows: 2 });
  });
});

describe("[COMMUNITIES] roles and moderation", () => {
  async function communityWithRoles() {
    const community = await createCommunityRow("PUBLIC", { purposeGoal: "Top 3 objections", purposeTarget: 3 });
    const owner = (await createUser()).actor;
    const moderator = (await createUser()).actor;
    const member = (await createUser()).actor;
    await addMemberRow(community.id, owner, "OWNER");
    await addMemberRow(community.id, moderator, "MODERATOR");
    await addMemberRow(community.id, member);
    return { community, owner, moderator, member };
  }

  it("[COMMUNITIES] members and moderators cannot change roles or settings; owners can, and it is audited", async () => {
    const { community, owner, moderator, member } = await communityWithRoles();
    expect(
      (await appErrorOf(setMemberRole(member, { communityId: community.id, userId: member.id, role: "OWNER" }))).code,
    ).toBe("FORBIDDEN");
    expect(
      (await appErrorOf(setMemberRole(moderator, { communityId: community.id, userId: moderator.id, role: "OWNER" })))
        .code,
    ).toBe("FORBIDDEN");
    expect(
      (await appErrorOf(updateCommunity(member, { communityId: community.id, ...validFields, visibility: "SECRET" })))
        .code,
    ).toBe("FORBIDDEN");
    expect(
      (await appErrorOf(updateCommunity(owner, { communityId: community.id, ...validFields, memberCount: 1 }))).code,
    ).toBe("BAD_INPUT");
    await setMemberRole(owner, { communityId: community.id, userId: member.id, role: "MODERATOR" });
    await updateCommunity(owner, { communityId: community.id, ...validFields, visibility: "PRIVATE" });
    expect((await db.community.findUniqueOrThrow({ where: { id: community.id } })).visibility).toBe("PRIVATE");
    expect(
      await db.auditEntry.count({
        where: { communityId: community.id, action: { in: ["community.role.changed", "community.settings.changed"] } },
      }),
    ).toBe(2);
  });

  it("[COMMUNITIES] the last owner can neither leave nor be demoted", async () => {
    const { community, owner } = await communityWithRoles();
    expect((await appErrorOf(leaveCommunity(owner, { communityId: community.id }))).code).toBe("CONFLICT");
    expect(
      (await appErrorOf(setMemberRole(owner, { communityId: community.id, userId: owner.id, role: "MEMBER" }))).code,
    ).toBe("CONFLICT");
  });

  it("[COMMUNITIES] a muted member reads but cannot post or comment; a moderator cannot mute another moderator", async () => {
    const { community, owner, moderator, member } = await communityWithRoles();
    const { id: postId } = await createPost(owner, { body: "Welcome", communityId: community.id });
    await muteMember(moderator, { communityId: community.id, userId: member.id, days: 3 });
    expect((await appErrorOf(createPost(member, { body: "Hi", communityId: community.id }))).code).toBe("FORBIDDEN");
    expect((await appErrorOf(createComment(member, { postId, body: "Hi" }))).code).toBe("FORBIDDEN");
    expect(
      (await appErrorOf(muteMember(moderator, { communityId: community.id, userId: owner.id, days: 3 }))).code,
    ).toBe("FORBIDDEN");
    expect(await db.auditEntry.count({ where: { communityId: community.id, action: "community.member.muted" } })).toBe(
      1,
    );
  });

  it("[COMMUNITIES] the member list carries what each reader may do to each member, computed on the server", async () => {
    const { community, owner, moderator, member } = await communityWithRoles();
    const { actor: admin } = await createUser({ role: "ADMIN" });
    const names = new Map([
      [owner.id, "owner"],
      [moderator.id, "moderator"],
      [member.id, "member"],
    ]);
    const abilitiesSeenBy = async (reader: typeof owner) =>
      Object.fromEntries(
        (await listMembers(reader, { communityId: community.id })).map((row) => [
          names.get(row.userId),
          Object.entries(row.abilities)
            .filter(([, allowed]) => allowed)
            .map(([ability]) => ability)
            .join(","),
        ]),
      );
    expect(await abilitiesSeenBy(owner)).toEqual({
      owner: "",
      moderator: "canMute,canRemove,canChangeRole",
      member: "canMute,canRemove,canChangeRole",
    });
    expect(await abilitiesSeenBy(moderator)).toEqual({ owner: "", moderator: "", member: "canMute,canRemove" });
    expect(await abilitiesSeenBy(member)).toEqual({ owner: "", moderator: "", member: "" });
    expect(await abilitiesSeenBy(admin)).toEqual({
      owner: "canMute,canRemove,canChangeRole",
      moderator: "canMute,canRemove,canChangeRole",
      member: "canMute,canRemove,canChangeRole",
    });
  });

  it("[COMMUNITIES] non-members cannot post into a community; removed members lose access; archived communities are read-only", async () => {
    const { community, owner, moderator, member } = await communityWithRoles();
    const { actor: outsider } = await createUser();
    expect((await appErrorOf(createPost(outsider, { body: "Hi", communityId: community.id }))).code).toBe("FORBIDDEN");
    await createPost(member, { body: "Hi all", communityId: community.id });
    expect((await db.community.findUniqueOrThrow({ where: { id: community.id } })).postCount).toBe(1);
    await removeMember(moderator, { communityId: community.id, userId: member.id, reason: "Spam" });
    expect(await countsOf(community.id)).toEqual({ stored: 2, rows: 2 });
    expect((await appErrorOf(createPost(member, { body: "Back", communityId: community.id }))).code).toBe("FORBIDDEN");
    await reviewCommunity(owner, { communityId: community.id, decision: "close" });
    expect((await appErrorOf(createPost(owner, { body: "Still here?", communityId: community.id }))).code).toBe(
      "FORBIDDEN",
    );
    expect(
      await db.auditEntry.count({
        where: { communityId: community.id, action: { in: ["community.member.removed", "community.archived"] } },
      }),
    ).toBe(2);
  });
});

describe("[COMMUNITIES] focus board", () => {
  it("[COMMUNITIES] 50 parallel votes of one member leave one vote; the board shows progress toward the target", async () => {
    const community = await createCommunityRow("PRIVATE", {
      purposeGoal: "Rebut the top 3 buyer objections",
      purposeTarget: 3,
    });
    const { actor: owner } = await createUser();
    const { actor: member } = await createUser();
    await addMemberRow(community.id, owner, "OWNER");
    await addMemberRow(community.id, member);
    const items: { id: string }[] = [];
    for (const title of [
      "Too expensive",
      "We already have a supplier",
      "Shipping takes too long",
      "No budget this year",
    ]) {
      items.push(await proposeFocusItem(member, { communityId: community.id, title }));
    }
    await Promise.all(Array.from({ length: 50 }, () => setFocusVote(member, { itemId: items[1]!.id, active: true })));
    const item = await db.focusItem.findUniqueOrThrow({ where: { id: items[1]!.id } });
    expect({ stored: item.voteCount, rows: await db.focusVote.count({ where: { itemId: item.id } }) }).toEqual({
      stored: 1,
      rows: 1,
    });

    const answer = await answerFocusItem(member, {
      itemId: items[1]!.id,
      body: "Switching costs are one afternoon: we migrate your catalogue.",
    });
    expect((await appErrorOf(acceptFocusAnswer(member, { answerId: answer.id }))).code).toBe("FORBIDDEN");
    await acceptFocusAnswer(owner, { answerId: answer.id });
    const board = await findFocusBoard(member, { communityId: community.id });
    expect(board?.items[0]?.id).toBe(items[1]!.id); // most votes first
    expect(board?.progress).toEqual({ done: 1, of: 3 });
    expect(
      await db.auditEntry.count({ where: { communityId: community.id, action: "community.focus.accepted" } }),
    ).toBe(1);
  });

  it("[COMMUNITIES] at the review date the owners are asked once to renew, widen or close", async () => {
    const community = await createCommunityRow("PUBLIC", { purposeGoal: "Ship the recipe book", purposeTarget: 1 });
    await db.community.update({ where: { id: community.id }, data: { purposeReviewAt: new Date(Date.now() - 1000) } });
    const { actor: owner } = await createUser();
    await addMemberRow(community.id, owner, "OWNER");
    await remindCommunityReviews(db);
    await remindCommunityReviews(db);
    expect(
      await db.notification.count({
        where: { recipientId: owner.id, type: "COMMUNITY_REVIEW_DUE", communityId: community.id },
      }),
    ).toBe(1);
    await reviewCommunity(owner, {
      communityId: community.id,
      decision: "renew",
      reviewAt: new Date(Date.now() + 30 * DAY).toISOString(),
    });
    expect((await db.community.findUniqueOrThrow({ where: { id: community.id } })).reviewPromptedAt).toBeNull();
  });
});
