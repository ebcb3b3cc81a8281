import "server-only";
// Community health as numbers. Runs both in Next (the health page) and in server.ts's process (the cold
// check, loaded after its server-only hook): the database client is passed in.
import { MODERATING_ROLES } from "@/lib/communities/community-roles";
import type { Db, Tx } from "@/lib/db/client";
import { shownContentWhere } from "@/lib/posts/visibility";

export const HEALTH_WEEKS = 8;
const WEEK_MS = 7 * 86_400_000;

export type WeekActivity = {
  weekStart: string; // the start of a rolling 7-day window ending at `now` (the last one is "this week")
  posts: number;
  comments: number;
  activeMembers: number; // distinct people who posted or commented
  stewardReplies: number; // comments by the community's owners and moderators
  leaderReplies: number; // comments by leaders (User.role LEADER)
  stewardVoices: number; // posts and comments by owners, moderators or leaders: someone tending the place
};

export type CommunityHealth = {
  weeks: WeekActivity[];
  medianFirstReplyMinutes: number | null;
  topThreeShare: number | null; // 0..1 of all posts and comments, carried by the three most active people
  topContributors: { name: string; count: number }[];
  isGoingCold: boolean;
};

/**
 * Going cold: activity (posts + comments) fell two weeks running, and in those two weeks no owner,
 * moderator or leader posted or replied. `weeks` is oldest first; the last entry is the current week.
 */
export function detectGoingCold(weeks: Pick<WeekActivity, "posts" | "comments" | "stewardVoices">[]): boolean {
  if (weeks.length < 3) return false;
  const [before, previous, current] = weeks
    .slice(-3)
    .map((week) => ({ activity: week.posts + week.comments, voices: week.stewardVoices }));
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

/** Eight rolling weeks of a community's shown posts and comments (three queries), measured. */
export async function measureCommunityHealth(
  client: Db | Tx,
  communityId: string,
  now = new Date(),
): Promise<CommunityHealth> {
  const start = new Date(now.getTime() - HEALTH_WEEKS * WEEK_MS);
  const shown = shownContentWhere;
  const author = { select: { name: true, role: true } } as const;
  const [posts, comments, stewards] = await Promise.all([
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
  ]);
  const stewardIds = new Set(stewards.map((steward) => steward.userId));
  const flatten = (row: {
    authorId: string;
    createdAt: Date;
    author: { name: string; role: string };
  }): Contribution => ({ authorId: row.authorId, createdAt: row.createdAt, ...row.author });
  const postRows = posts.map(flatten);
  const commentRows = comments.map(flatten);
  const weekOf = (date: Date) => Math.min(HEALTH_WEEKS - 1, Math.floor((date.getTime() - start.getTime()) / WEEK_MS));
  const tends = (row: Contribution) => stewardIds.has(row.authorId) || row.role === "LEADER";

  const weeks: WeekActivity[] = Array.from({ length: HEALTH_WEEKS }, (_, index) => {
    const inWeek = (row: Contribution) => weekOf(row.createdAt) === index;
    const weekPosts = postRows.filter(inWeek);
    const weekComments = commentRows.filter(inWeek);
    return {
      weekStart: new Date(start.getTime() + index * WEEK_MS).toISOString(),
      posts: weekPosts.length,
      comments: weekComments.length,
      activeMembers: new Set([...weekPosts, ...weekComments].map((row) => row.authorId)).size,
      stewardReplies: weekComments.filter((row) => stewardIds.has(row.authorId)).length,
      leaderReplies: weekComments.filter((row) => row.role === "LEADER").length,
      stewardVoices: [...weekPosts, ...weekComments].filter(tends).length,
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

  const perPerson = new Map<string, { name: string; count: number }>();
  for (const row of [...postRows, ...commentRows]) {
    const entry = perPerson.get(row.authorId) ?? { name: row.name, count: 0 };
    entry.count += 1;
    perPerson.set(row.authorId, entry);
  }
  const ranked = [...perPerson.values()].sort((a, b) => b.count - a.count);
  const total = postRows.length + commentRows.length;
  const topThree = ranked.slice(0, 3);

  return {
    weeks,
    medianFirstReplyMinutes: median([...firstReply.values()]),
    topThreeShare: total === 0 ? null : topThree.reduce((sum, person) => sum + person.count, 0) / total,
    topContributors: topThree,
    isGoingCold: detectGoingCold(weeks),
  };
}
