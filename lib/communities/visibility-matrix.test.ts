import { rm } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { createComment } from "@/lib/comments/create-comment";
import { listComments } from "@/lib/comments/list-comments";
import { decideJoinRequest } from "@/lib/communities/decide-join-request";
import { findCommunity } from "@/lib/communities/find-community";
import { findFocusItem } from "@/lib/communities/find-focus-item";
import { listCommunities } from "@/lib/communities/list-communities";
import { listCommunityPosts } from "@/lib/communities/list-community-posts";
import { listMembers } from "@/lib/communities/list-members";
import { pinCommunityPost } from "@/lib/communities/pin-post";
import { setFocusVote } from "@/lib/communities/set-focus-vote";
import { addMemberRow, createCommunityRow } from "@/lib/communities/test-fixtures";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { countUnreadNotifications } from "@/lib/notifications/count-unread";
import { listNotifications } from "@/lib/notifications/list-notifications";
import { findFeed } from "@/lib/posts/find-feed";
import { findPost } from "@/lib/posts/find-post";
import { listAuthorPosts } from "@/lib/posts/list-author-posts";
import { postAudienceRooms } from "@/lib/posts/visibility";
import { setReaction } from "@/lib/reactions/set-reaction";
import { createPost, createUser } from "@/lib/test/factories";
import { findPostImage } from "@/lib/uploads/find-post-image";
import { getUploadStorage } from "@/lib/uploads/storage";

// Image bytes go under a temporary HEARTH_DATA_DIR (set before lib/env.ts caches the environment).
const dataDir = await vi.hoisted(async () => {
  const { mkdtemp } = await import("node:fs/promises");
  const { tmpdir } = await import("node:os");
  const { join } = await import("node:path");
  const dir = await mkdtemp(join(tmpdir(), "hearth-community-test-"));
  process.env.HEARTH_DATA_DIR = dir;
  return dir;
});
afterAll(() => rm(dataDir, { recursive: true, force: true }));

async function outcome(promise: Promise<unknown>): Promise<string> {
  return promise.then(
    () => "ok",
    (error: unknown) => (error instanceof AppError ? error.code : `unexpected: ${String(error)}`),
  );
}

type RoleName = "nonMember" | "member" | "moderator" | "owner" | "admin" | "moderatorOfOther";
const ROLES: RoleName[] = ["nonMember", "member", "moderator", "owner", "admin", "moderatorOfOther"];
const INSIDE: Record<RoleName, boolean> = {
  nonMember: false,
  member: true,
  moderator: true,
  owner: true,
  admin: true,
  moderatorOfOther: false,
};

type World = {
  actors: Record<RoleName, Actor>;
  author: Actor;
  community: { id: string; slug: string };
  postId: string;
  imageId: string;
  focusItemId: string;
  publicPostId: string;
};

/** One community of the given visibility with a post (image, comment), a focus item, and one person per role. */
async function buildWorld(visibility: "PRIVATE" | "SECRET"): Promise<World> {
  const community = await createCommunityRow(visibility, {
    purposeGoal: "Rebut the top 3 objections",
    purposeTarget: 3,
  });
  const other = await createCommunityRow(visibility);
  const publicCommunity = await createCommunityRow("PUBLIC");
  const roles = {} as Record<RoleName, Actor>;
  for (const role of ROLES) roles[role] = (await createUser({ role: role === "admin" ? "ADMIN" : "EMPLOYEE" })).actor;
  const author = (await createUser()).actor;
  await addMemberRow(community.id, author);
  await addMemberRow(community.id, roles.member);
  await addMemberRow(community.id, roles.moderator, "MODERATOR");
  await addMemberRow(community.id, roles.owner, "OWNER");
  await addMemberRow(other.id, roles.moderatorOfOther, "MODERATOR");
  // Non-members follow the author: following never opens a private community's posts.
  for (const role of ROLES) await db.follow.create({ data: { followerId: roles[role].id, followeeId: author.id } });

  const post = await createPost(author.id, { communityId: community.id });
  const publicPost = await createPost(author.id, { communityId: publicCommunity.id });
  const storageKey = `images/test/${post.id}.webp`;
  await getUploadStorage().put(storageKey, Buffer.from("RIFF-not-really-webp"), "image/webp");
  const image = await db.postImage.create({
    data: {
      uploaderId: author.id,
      postId: post.id,
      storageKey,
      contentType: "image/webp",
      width: 1,
      height: 1,
      bytes: 20,
    },
  });
  const item = await db.focusItem.create({
    data: { communityId: community.id, authorId: author.id, title: "Too expensive" },
  });
  // A mention of everyone in the post: only those who may read it see the notification.
  for (const role of ROLES) {
    await db.notification.create({
      data: {
        recipientId: roles[role].id,
        type: "MENTION",
        actorId: author.id,
        postId: post.id,
        groupKey: `mention:${post.id}`,
      },
    });
  }
  return {
    actors: roles,
    author,
    community,
    postId: post.id,
    imageId: image.id,
    focusItemId: item.id,
    publicPostId: publicPost.id,
  };
}

describe.each(["SECRET", "PRIVATE"] as const)("[COMMUNITIES] a %s community's content, role by role", (visibility) => {
  let world: World;
  beforeAll(async () => {
    world = await buildWorld(visibility);
  });

  it.each(ROLES)("community page data for %s", async (role) => {
    const result = await outcome(findCommunity(world.actors[role], { slug: world.community.slug }));
    // Secret: invisible (404) to outsiders. Private: listed, the page opens, its content does not.
    expect(result).toBe(INSIDE[role] || visibility === "PRIVATE" ? "ok" : "NOT_FOUND");
    if (result === "ok")
      expect((await findCommunity(world.actors[role], { slug: world.community.slug })).canRead).toBe(INSIDE[role]);
    const feed = await outcome(listCommunityPosts(world.actors[role], { communityId: world.community.id }));
    expect(feed).toBe(INSIDE[role] ? "ok" : visibility === "SECRET" ? "NOT_FOUND" : "FORBIDDEN");
    const members = await outcome(listMembers(world.actors[role], { communityId: world.community.id }));
    expect(members).toBe(feed);
  });

  it.each(ROLES)("post by id, author posts, comments, reactions and image for %s", async (role) => {
    const actor = world.actors[role];
    const expected = INSIDE[role] ? "ok" : "NOT_FOUND";
    expect(await outcome(findPost(actor, { postId: world.postId }))).toBe(expected);
    expect(await outcome(listComments(actor, { postId: world.postId }))).toBe(expected);
    expect(await outcome(findPostImage(actor, { imageId: world.imageId }))).toBe(expected);
    const authorPosts = await listAuthorPosts(actor, { authorId: world.author.id, limit: 10 });
    expect(authorPosts.items.some((post) => post.id === world.postId)).toBe(INSIDE[role]);
    // The public community's post by the same author is there for everyone.
    expect(authorPosts.items.some((post) => post.id === world.publicPostId)).toBe(true);
    // Writing: members (and admins) comment and react; outsiders find nothing to write on.
    expect(await outcome(setReaction(actor, { postId: world.postId, kind: "LIKE", active: true }))).toBe(expected);
    expect(await outcome(createComment(actor, { postId: world.postId, body: `Hello from ${role}` }))).toBe(expected);
  });

  it.each(ROLES)("home feed and notifications for %s", async (role) => {
    const actor = world.actors[role];
    const latest = await findFeed(actor, { tab: "latest" });
    const top = await findFeed(actor, { tab: "top" });
    // Everyone follows the author; the home feed shows the post only where it is visible. Admins may see it,
    // and do, because they follow the author.
    expect(latest.items.some((post) => post.id === world.postId)).toBe(INSIDE[role]);
    expect(top.items.some((post) => post.id === world.postId)).toBe(INSIDE[role]);
    const notifications = await listNotifications(actor, {});
    expect(notifications.items.some((group) => group.groupKey === `mention:${world.postId}`)).toBe(INSIDE[role]);
    const { count } = await countUnreadNotifications(actor, {});
    expect(count > 0).toBe(INSIDE[role]);
  });

  it.each(ROLES)("focus board and moderator work, with guessed ids, for %s", async (role) => {
    const actor = world.actors[role];
    const thread = await outcome(findFocusItem(actor, { itemId: world.focusItemId }));
    expect(thread).toBe(INSIDE[role] ? "ok" : "NOT_FOUND");
    const vote = await outcome(setFocusVote(actor, { itemId: world.focusItemId, active: true }));
    expect(vote).toBe(INSIDE[role] ? "ok" : visibility === "SECRET" ? "NOT_FOUND" : "FORBIDDEN");
    const pin = await outcome(pinCommunityPost(actor, { postId: world.postId, pinned: true }));
    const mayModerate = role === "moderator" || role === "owner" || role === "admin";
    expect(pin).toBe(mayModerate ? "ok" : INSIDE[role] ? "FORBIDDEN" : "NOT_FOUND");
    // Ids that exist nowhere answer exactly like ids the actor may not see.
    expect(await outcome(findPost(actor, { postId: `${world.postId}x` }))).toBe("NOT_FOUND");
    expect(await outcome(findCommunity(actor, { slug: `${world.community.slug}-guess` }))).toBe("NOT_FOUND");
    expect(await outcome(findFocusItem(actor, { itemId: "guessed-id" }))).toBe("NOT_FOUND");
  });

  it("[COMMUNITIES] discovery lists a secret community only to its members and admins, a private one to everyone", async () => {
    for (const role of ROLES) {
      const { items } = await listCommunities(world.actors[role], { q: world.community.slug.replace("c-", "") });
      expect(items.some((card) => card.id === world.community.id)).toBe(visibility === "PRIVATE" || INSIDE[role]);
    }
  });

  it("[COMMUNITIES] events about the post go only to the community's room and admins", async () => {
    const post = await db.post.findUniqueOrThrow({
      where: { id: world.postId },
      select: { communityId: true, community: { select: { visibility: true } } },
    });
    expect(postAudienceRooms(post)).toEqual([`community:${world.community.id}`, "role:ADMIN"]);
  });
});

describe("[COMMUNITIES] company-wide and public community posts", () => {
  it("[COMMUNITIES] are seen by everyone; events about them go to everyone", async () => {
    const community = await createCommunityRow("PUBLIC");
    const { actor: author } = await createUser();
    const { actor: outsider } = await createUser();
    const post = await createPost(author.id, { communityId: community.id });
    expect(await outcome(findPost(outsider, { postId: post.id }))).toBe("ok");
    expect(postAudienceRooms({ communityId: community.id, community: { visibility: "PUBLIC" } })).toEqual(["everyone"]);
    expect(postAudienceRooms({ communityId: null, community: null })).toEqual(["everyone"]);
  });

  it("[COMMUNITIES] a moderator of another community cannot decide this community's join requests", async () => {
    const community = await createCommunityRow("PRIVATE");
    const other = await createCommunityRow("PRIVATE");
    const { actor: moderator } = await createUser();
    const { actor: asker } = await createUser();
    await addMemberRow(other.id, moderator, "MODERATOR");
    const request = await db.communityJoinRequest.create({ data: { communityId: community.id, userId: asker.id } });
    expect(await outcome(decideJoinRequest(moderator, { requestId: request.id, approve: true }))).toBe("FORBIDDEN");
    expect(await db.communityMember.count({ where: { communityId: community.id } })).toBe(0);
  });
});
