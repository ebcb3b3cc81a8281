import "server-only";
// Community health as numbers. Runs both in Next (the health page) and in server.ts's process (the cold
// check, loaded after its server-only hook): the database client is passed in.
import { MODERATING_ROLES } from "@/lib/communities/community-roles";
import type { Db, Tx } from "@/lib/db/client";
import { shownContentWhere } from "@/lib/posts/visibility";
import { weekActivityTotal, type WeekActivity } from "@/lib/health/week-activity";

export { weekActivityTotal, type WeekActivity };

export const HEALTH_WEEKS = 8;
const WEEK_MS = 7 * 86_400_000;

export type CommunityHealth = {
  weeks: WeekActivity[];
  medianFirstReplyMinutes: number | null;
  topThreeShare: number | null; // 0..1 of all posts and comments, carried by the three most active people
  topContributors: { name: string; count: number }[];
  isGoingCold: boolean;
};

/** Everything people did in a week: posts, comments and focus-board work. */
/**
 * Going cold: activity (posts, comments and focus-board work) fell two weeks running, and in those two weeks
 * no owner, moderator or leader posted, replied or worked the board. `weeks` is oldest first; the last is now.
 */
export function detectGoingCold(
  weeks: (Pick<WeekActivity, "posts" | "comments" | "stewardVoices"> & { focusActions?: number })[],
): boolean {
  if (weeks.length < 3) return false;
  const [before, previous, current] = weeks
    .slice(-3)
    .map((week) => ({ activity: weekActivityTotal(week), voices: week.stewardVoices }));
  const fellTwice = before!.activity > previous!.activity && previous!.activity > current!.activity;
  return fellTwice && previous!.voices === 0 && current!.voices === 0;
}

export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

type Contribution = { authorId: string; name: string; role: string; createdAt: Date };

/** Eight rolling weeks of a community's shown posts, comments and focus-board work (eight queries), measured. */
export async function measureCommunityHealth(
  client: Db | Tx,
  communityId: string,
  now = new Date(),
): Promise<CommunityHealth> {
  const start = new Date(now.getTime() - HEALTH_WEEKS * WEEK_MS);
  const shown = shownContentWhere;
  const author = { select: { name: true, role: true } } as const;
  const [posts, comments, stewards, focus] = await Promise.all([
    client.post.findMany({
      where: { communityId, createdAt: { gte: start, lt: now }, ...shown },
      select: { id: true, authorId: true, createdAt: true, author },
    }),
    client.comment.findMany({
      where: { post: { communityId, ...shown }, createdAt: { gte: start, lt: now }, ...shown },
      select: { postId: true, authorId: true, createdAt: true, author },
    }),
    client.communityMember.findMany({
      where: { communityId, role: { in: [...MODERATING_ROLES] } },
      select: { userId: true },
    }),
    loadFocusActivity(client, communityId, start, now),
  ]);
  const stewardIds = new Set(stewards.map((steward) => steward.userId));
  const flatten = (row: {
    authorId: string;
    createdAt: Date;
    author: { name: string; role: string };
  }): Contribution => ({ authorId: row.authorId, createdAt: row.createdAt, ...row.author });
  const postRows = posts.map(flatten);
  const commentRows = comments.map(flatten);
  const answerRows = focus.answers.map(flatten);
  const boardRows = [...focus.items.map(flatten), ...focus.votes.map(flatten), ...answerRows];
  const weekOf = (date: Date) => Math.min(HEALTH_WEEKS - 1, Math.floor((date.getTime() - start.getTime()) / WEEK_MS));
  const tends = (row: Contribution) => stewardIds.has(row.authorId) || row.role === "LEADER";

  const weeks: WeekActivity[] = Array.from({ length: HEALTH_WEEKS }, (_, index) => {
    const inWeek = (row: Contribution) => weekOf(row.createdAt) === index;
    const weekPosts = postRows.filter(inWeek);
    const weekComments = commentRows.filter(inWeek);
    const weekBoard = boardRows.filter(inWeek);
    const weekReplies = [...weekComments, ...answerRows.filter(inWeek)];
    const weekAcceptances = focus.acceptances.filter((date) => weekOf(date) === index).length;
    return {
      weekStart: new Date(start.getTime() + index * WEEK_MS).toISOString(),
      posts: weekPosts.length,
      comments: weekComments.length,
      focusActions: weekBoard.length + weekAcceptances,
      activeMembers: new Set([...weekPosts, ...weekComments, ...weekBoard].map((row) => row.authorId)).size,
      stewardReplies: weekReplies.filter((row) => stewardIds.has(row.authorId)).length,
      leaderReplies: weekReplies.filter((row) => row.role === "LEADER").length,
      // Only owners, moderators and admins can accept an answer: an acceptance is always someone tending the board.
      stewardVoices: [...weekPosts, ...weekComments, ...weekBoard].filter(tends).length + weekAcceptances,
    };
  });

  // Time to the first reply by someone other than the author, over the posts that got one.
  const firstReply = new Map<string, number>();
  const postById = new Map(posts.map((post) => [post.id, post]));
  for (const comment of comments) {
    const post = postById.get(comment.postId);
    if (!post || comment.authorId === post.authorId) continue;
    const minutes = (comment.createdAt.getTime() - post.createdAt.getTime()) / 60_000;
    firstReply.set(post.id, Math.min(firstReply.get(post.id) ?? Infinity, minutes));
  }
  // A focus item is a question to the community: its first answer by someone else is a reply too.
  for (const item of focus.items) {
    const answers = focus.answersByItem.get(item.id) ?? [];
    const first = answers.filter((answer) => answer.authorId !== item.authorId).map((answer) => answer.createdAt);
    if (first.length === 0) continue;
    const earliest = Math.min(...first.map((date) => date.getTime()));
    firstReply.set(`focus:${item.id}`, (earliest - item.createdAt.getTime()) / 60_000);
  }

  const perPerson = new Map<string, { name: string; count: number }>();
  for (const row of [...postRows, ...commentRows, ...boardRows]) {
    const entry = perPerson.get(row.authorId) ?? { name: row.name, count: 0 };
    entry.count += 1;
    perPerson.set(row.authorId, entry);
  }
  const ranked = [...perPerson.values()].sort((a, b) => b.count - a.count);
  const total = postRows.length + commentRows.length + boardRows.length;
  const topThree = ranked.slice(0, 3);

  return {
    weeks,
    medianFirstReplyMinutes: median([...firstReply.values()]),
    topThreeShare: total === 0 ? null : topThree.reduce((sum, person) => sum + person.count, 0) / total,
    topContributors: topThree,
    isGoingCold: detectGoingCold(weeks),
  };
}

/** The focus board's shown items, votes, answers and acceptances in the window (answers to items of any age). */
async function loadFocusActivity(client: Db | Tx, communityId: string, start: Date, now: Date) {
  const author = { select: { name: true, role: true } } as const;
  const inWindow = { gte: start, lt: now };
  const [items, votes, answers, accepted, allAnswers] = await Promise.all([
    client.focusItem.findMany({
      where: { communityId, removedAt: null, createdAt: inWindow },
      select: { id: true, authorId: true, createdAt: true, author },
    }),
    client.focusVote.findMany({
      where: { item: { communityId, removedAt: null }, createdAt: inWindow },
      select: { createdAt: true, userId: true, user: author },
    }),
    client.focusAnswer.findMany({
      where: { item: { communityId, removedAt: null }, removedAt: null, createdAt: inWindow },
      select: { itemId: true, authorId: true, createdAt: true, author },
    }),
    client.focusItem.findMany({
      where: { communityId, removedAt: null, acceptedAt: inWindow },
      select: { acceptedAt: true },
    }),
    client.focusAnswer.findMany({
      where: { item: { communityId, removedAt: null, createdAt: inWindow }, removedAt: null },
      select: { itemId: true, authorId: true, createdAt: true },
    }),
  ]);
  const answersByItem = new Map<string, { authorId: string; createdAt: Date }[]>();
  for (const answer of allAnswers)
    answersByItem.set(answer.itemId, [...(answersByItem.get(answer.itemId) ?? []), answer]);
  return {
    items,
    votes: votes.map((vote) => ({ authorId: vote.userId, createdAt: vote.createdAt, author: vote.user })),
    answers,
    acceptances: accepted.map((item) => item.acceptedAt!),
    answersByItem,
  };
}
