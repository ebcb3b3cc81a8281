import "server-only";
import { strToU8, zipSync, type Zippable } from "fflate";
import { db } from "@/lib/db";
import { askedBy } from "@/lib/privacy/asker-key";
import { createUploadKey, getUploadStorage } from "@/lib/uploads/storage";

/** How long a finished export can be downloaded. */
export const EXPORT_TTL_MS = 7 * 24 * 3_600_000;

// Everything Hearth holds about one person, one JSON file per kind, plus the files they uploaded. What others wrote
// is included only where it is the person's own record (the action items assigned to them, their notifications).
// Anonymous questions are theirs, found through the keyed asker hash (lib/privacy/asker-key.ts).
async function collect(userId: string) {
  const [
    profile,
    posts,
    postRevisions,
    comments,
    reactions,
    questions,
    questionVotes,
    questionFollows,
    answers,
    actionItemsAssigned,
    actionItemAssignments,
    actionItemUpdates,
    pollVotes,
    challengeEntries,
    challengeVotes,
    focusItems,
    focusAnswers,
    focusVotes,
    follows,
    memberships,
    prideTags,
    appreciationsGiven,
    liveComments,
    liveShowRsvps,
    reportsFiled,
    notifications,
    images,
    videos,
  ] = await Promise.all([
    db.user.findUniqueOrThrow({
      where: { id: userId },
      select: {
        id: true,
        email: true,
        handle: true,
        name: true,
        role: true,
        title: true,
        location: true,
        bio: true,
        pronouns: true,
        interests: true,
        avatarUrl: true,
        locale: true,
        timeZone: true,
        department: { select: { name: true } },
        manager: { select: { handle: true, name: true } },
        accounts: { select: { provider: true, providerAccountId: true } },
        createdAt: true,
        updatedAt: true,
        deactivatedAt: true,
      },
    }),
    db.post.findMany({
      where: { authorId: userId },
      select: {
        id: true,
        kind: true,
        communityId: true,
        body: true,
        linkUrl: true,
        createdAt: true,
        editedAt: true,
        deletedAt: true,
        removedAt: true,
        removedReason: true,
      },
      orderBy: { createdAt: "asc" },
    }),
    db.postRevision.findMany({
      where: { editorId: userId },
      select: { postId: true, body: true, createdAt: true },
      orderBy: { createdAt: "asc" },
    }),
    db.comment.findMany({
      where: { authorId: userId },
      select: {
        id: true,
        postId: true,
        parentId: true,
        body: true,
        createdAt: true,
        editedAt: true,
        deletedAt: true,
        removedAt: true,
        removedReason: true,
      },
      orderBy: { createdAt: "asc" },
    }),
    db.reaction.findMany({
      where: { userId },
      select: { postId: true, kind: true, createdAt: true },
      orderBy: { createdAt: "asc" },
    }),
    db.question.findMany({
      where: askedBy(userId),
      select: {
        id: true,
        isAnonymous: true,
        title: true,
        body: true,
        status: true,
        targetLeaderId: true,
        createdAt: true,
        editedAt: true,
        withdrawnAt: true,
        hiddenAt: true,
        hiddenReason: true,
        answers: { select: { body: true, createdAt: true }, orderBy: { createdAt: "asc" } },
      },
      orderBy: { createdAt: "asc" },
    }),
    db.questionVote.findMany({ where: { userId }, select: { questionId: true, createdAt: true } }),
    db.questionFollow.findMany({ where: { userId }, select: { questionId: true, createdAt: true } }),
    db.answer.findMany({
      where: { authorId: userId },
      select: { id: true, questionId: true, body: true, createdAt: true, editedAt: true },
      orderBy: { createdAt: "asc" },
    }),
    db.actionItem.findMany({
      where: { assignerId: userId },
      select: { id: true, title: true, description: true, status: true, dueDate: true, createdAt: true },
      orderBy: { createdAt: "asc" },
    }),
    db.actionItemAssignee.findMany({
      where: { userId },
      select: {
        actionItem: {
          select: { id: true, title: true, description: true, status: true, dueDate: true, createdAt: true },
        },
      },
    }),
    db.actionItemUpdate.findMany({
      where: { authorId: userId },
      select: { actionItemId: true, body: true, createdAt: true },
      orderBy: { createdAt: "asc" },
    }),
    db.pollVote.findMany({ where: { userId }, select: { pollId: true, optionId: true, createdAt: true } }),
    db.challengeEntry.findMany({
      where: { authorId: userId },
      select: { challengeId: true, postId: true, createdAt: true },
    }),
    db.challengeVote.findMany({ where: { userId }, select: { challengeId: true, entryId: true, createdAt: true } }),
    db.focusItem.findMany({
      where: { authorId: userId },
      select: { id: true, communityId: true, title: true, body: true, createdAt: true },
    }),
    db.focusAnswer.findMany({ where: { authorId: userId }, select: { itemId: true, body: true, createdAt: true } }),
    db.focusVote.findMany({ where: { userId }, select: { itemId: true, createdAt: true } }),
    db.follow.findMany({
      where: { followerId: userId },
      select: { followee: { select: { handle: true } }, createdAt: true },
    }),
    db.communityMember.findMany({
      where: { userId },
      select: { community: { select: { slug: true, name: true } }, role: true, joinedAt: true },
    }),
    db.prideTag.findMany({ where: { userId }, select: { postId: true, createdAt: true } }),
    db.appreciation.findMany({
      where: { leaderId: userId },
      select: { postId: true, commentId: true, message: true, createdAt: true },
    }),
    db.liveComment.findMany({ where: { authorId: userId }, select: { showId: true, body: true, createdAt: true } }),
    db.liveShowRsvp.findMany({ where: { userId }, select: { showId: true, createdAt: true } }),
    db.report.findMany({
      where: { reporterId: userId },
      select: { postId: true, commentId: true, reason: true, details: true, createdAt: true },
    }),
    db.notification.findMany({
      where: { recipientId: userId },
      select: {
        type: true,
        postId: true,
        commentId: true,
        questionId: true,
        actionItemId: true,
        detail: true,
        readAt: true,
        createdAt: true,
      },
      orderBy: { createdAt: "asc" },
    }),
    db.postImage.findMany({
      where: { uploaderId: userId },
      select: { id: true, postId: true, storageKey: true, alt: true, createdAt: true },
    }),
    db.postVideo.findMany({
      where: { uploaderId: userId },
      select: { id: true, postId: true, storageKey: true, createdAt: true },
    }),
  ]);
  return {
    files: {
      "profile.json": { ...profile, follows, memberships },
      "posts.json": { posts, revisions: postRevisions, challengeEntries, prideTags, appreciationsGiven },
      "comments.json": comments,
      "reactions.json": reactions,
      "questions.json": { asked: questions, followed: questionFollows },
      "answers.json": answers,
      "action-items.json": {
        assignedByYou: actionItemsAssigned,
        assignedToYou: actionItemAssignments.map((row) => row.actionItem),
        updates: actionItemUpdates,
      },
      "votes.json": { questions: questionVotes, polls: pollVotes, challenges: challengeVotes, focus: focusVotes },
      "communities.json": { focusItems, focusAnswers, reportsFiled },
      "live-shows.json": { comments: liveComments, rsvps: liveShowRsvps },
      "notifications.json": notifications,
      "uploads.json": { images, videos },
    },
    uploads: [...images, ...videos].map((upload) => upload.storageKey),
  };
}

const README = `This archive holds what Hearth stores about you, one JSON file per kind:
profile, posts, comments, reactions, questions (anonymous ones included: they are yours), answers, action items,
votes, communities, live shows and notifications. The files you uploaded are under uploads/.
Times are UTC (ISO 8601). Ids refer to other records in these files or in Hearth.
`;

/**
 * Builds one person's export: gathers their data, zips it with their uploads and stores the zip in upload storage.
 * A plain function (no request, no actor): a background job calls it. Returns the storage key and size.
 */
export async function buildExport(userId: string): Promise<{ storageKey: string; bytes: number }> {
  const { files, uploads } = await collect(userId);
  const storage = getUploadStorage();
  const zip: Zippable = { "README.txt": strToU8(README) };
  for (const [name, value] of Object.entries(files)) zip[name] = strToU8(JSON.stringify(value, null, 2));
  for (const key of uploads) {
    const file = await storage.get(key);
    // Media is compressed already: store it as it is.
    if (file) zip[`uploads/${key}`] = [new Uint8Array(file.data), { level: 0 }];
  }
  const data = Buffer.from(zipSync(zip, { level: 6 }));
  const storageKey = createUploadKey("exports", "zip");
  await storage.put(storageKey, data, "application/zip");
  return { storageKey, bytes: data.length };
}
