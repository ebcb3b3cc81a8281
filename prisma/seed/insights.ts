import { renderMarkdown } from "@/lib/content/render-markdown";
import type { Tx } from "@/lib/db/client";
import type { ReactionKind } from "@/lib/generated/prisma/enums";
import { PEOPLE } from "./organisation";
import { askerKeyOf } from "@/lib/privacy/asker-key";

// Twelve weeks of history so /insights is alive on first start: the days people opened Hearth, and older feed
// posts with comments, reactions and a few moments of pride (31–83 days ago, below everything else in the feed).
// Deterministic: a seeded generator, the same rows (relative to today) on every fresh start.

const DAY = 86_400_000;
const WEEKS = 12;

/** mulberry32: a small, well-known deterministic generator. */
function generator(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const HISTORY_POSTS = [
  "Quarterly numbers are in: the Copper Line sold out in three Benelux stores. Thanks to everyone who pushed it.",
  "Tip for the Monday stand-up: start with one customer story. It sets the tone for the week.",
  "The new returns process saves us two days per order. Questions? Ask below.",
  "Welcome to everyone who joined this month! Say hi and tell us your favourite pan.",
  "Safety reminder: the Rotterdam loading dock is closed for maintenance on Thursday morning.",
  "We tried a four-day sprint on the webshop. Shorter meetings, same output. Doing it again.",
  "Who has a good book on negotiation? Looking for something practical, not theory.",
  "Big thanks to IT for moving the whole Hamburg office to the new laptops in one weekend.",
];
const HISTORY_COMMENTS = ["Great news!", "Thanks for sharing.", "Count me in.", "Love this.", "Good point, agreed."];
const PRIDE_MOMENTS = [
  "The Nordics team closed the biggest garden-centre deal in our history, together with marketing's new display.",
  "Customer service answered every holiday question within a day, all December long.",
  "Operations shipped 12,000 orders in the peak week without a single late delivery.",
  "The people team ran onboarding for 14 new colleagues in three countries in one week.",
];
const HISTORY_QUESTIONS = [
  "Will we open a second warehouse in the Nordics?",
  "Can we get a budget for team offsites next year?",
  "How do we decide which products go into the autumn catalogue?",
  "Is hybrid working here to stay?",
  "What is the plan for the webshop relaunch?",
];
const KINDS: ReactionKind[] = ["LIKE", "CELEBRATE", "LOVE", "INSIGHTFUL", "FUNNY"];

export async function seedInsights(tx: Tx, ids: Map<string, string>) {
  const random = generator(15);
  const keys = PEOPLE.map((person) => person.key);
  const id = (key: string) => ids.get(key)!;
  const today = Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth(), new Date().getUTCDate());
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;

  // Visits: each person has a habit (some daily, some now and then); weekends are quiet; use grew over the weeks.
  const habit = new Map(keys.map((key, index) => [key, 0.08 + ((index * 37) % 55) / 100]));
  const visits: { userId: string; day: Date }[] = [];
  for (let back = WEEKS * 7 - 1; back >= 0; back--) {
    const day = new Date(today - back * DAY);
    const weekend = day.getUTCDay() === 0 || day.getUTCDay() === 6;
    const growth = 0.55 + 0.45 * (1 - back / (WEEKS * 7));
    for (const key of keys) {
      if (random() < habit.get(key)! * growth * (weekend ? 0.15 : 1)) visits.push({ userId: id(key), day });
    }
  }
  await tx.userActivityDay.createMany({ data: visits, skipDuplicates: true });

  // Older feed posts: about two a week between 31 and 83 days ago, each with a few comments and reactions.
  for (let back = 83; back >= 31; back -= 3) {
    const author = pick(keys);
    const createdAt = new Date(today - back * DAY + (9 + Math.floor(random() * 8)) * 3_600_000);
    const commenters = [...new Set([pick(keys), pick(keys)])].filter((key) => key !== author);
    const reactors = [...new Set(Array.from({ length: 2 + Math.floor(random() * 6) }, () => pick(keys)))];
    const body = pick(HISTORY_POSTS);
    const post = await tx.post.create({
      data: {
        authorId: id(author),
        body,
        bodyHtml: renderMarkdown(body),
        createdAt,
        commentCount: commenters.length,
      },
      select: { id: true },
    });
    await tx.comment.createMany({
      data: commenters.map((key, index) => {
        const text = pick(HISTORY_COMMENTS);
        return {
          postId: post.id,
          authorId: id(key),
          body: text,
          bodyHtml: renderMarkdown(text),
          createdAt: new Date(createdAt.getTime() + (index + 1) * 3_600_000),
        };
      }),
    });
    await tx.reaction.createMany({
      data: reactors.map((key, index) => ({
        postId: post.id,
        userId: id(key),
        kind: pick(KINDS),
        createdAt: new Date(createdAt.getTime() + (index + 2) * 1_800_000),
      })),
    });
  }

  // Older community life: a post every four days in a community (by one of its members) and a reaction to it.
  const seeded = keys.map(id);
  const communities = await tx.community.findMany({
    where: { visibility: { not: "SECRET" }, members: { some: { userId: { in: seeded } } } },
    orderBy: { slug: "asc" },
    select: {
      id: true,
      members: { where: { userId: { in: seeded } }, orderBy: { joinedAt: "asc" }, select: { userId: true } },
    },
  });
  // Members joined in one statement share a joinedAt: order them by the seed's own list, so a run repeats exactly.
  for (const community of communities)
    community.members.sort((a, b) => seeded.indexOf(a.userId) - seeded.indexOf(b.userId));
  for (let back = 82; back >= 31 && communities.length > 0; back -= 4) {
    const community = pick(communities);
    const [author, reactor] = [pick(community.members).userId, pick(community.members).userId];
    const body = pick(HISTORY_POSTS);
    const createdAt = new Date(today - back * DAY + 13 * 3_600_000);
    const post = await tx.post.create({
      data: { authorId: author, communityId: community.id, body, bodyHtml: renderMarkdown(body), createdAt },
      select: { id: true },
    });
    await tx.reaction.create({
      data: { postId: post.id, userId: reactor, kind: pick(KINDS), createdAt: new Date(createdAt.getTime() + DAY / 4) },
    });
    await tx.community.update({ where: { id: community.id }, data: { postCount: { increment: 1 } } });
  }

  // Questions leaders answered in the older weeks, one or two a week (named askers, like most questions).
  const leaders = ["maria", "jan", "sanne", "thomas", "emma"];
  for (let back = 83; back >= 31; back -= 5) {
    const leader = pick(leaders);
    const asker = pick(keys.filter((key) => !leaders.includes(key)));
    const createdAt = new Date(today - back * DAY + 10 * 3_600_000);
    const firstAnsweredAt = new Date(createdAt.getTime() + (2 + Math.floor(random() * 70)) * 3_600_000);
    const question = await tx.question.create({
      data: {
        askerKey: askerKeyOf(id(asker)),
        publicAskerId: id(asker),
        targetLeaderId: id(leader),
        title: pick(HISTORY_QUESTIONS),
        status: "ANSWERED",
        firstAnsweredAt,
        firstAnswererId: id(leader),
        createdAt,
      },
      select: { id: true },
    });
    const answer = "Good question. Short answer: yes, and we will share the details at the next town hall.";
    await tx.answer.create({
      data: {
        questionId: question.id,
        authorId: id(leader),
        body: answer,
        bodyHtml: renderMarkdown(answer),
        createdAt: firstAnsweredAt,
      },
    });
  }

  // A moment of pride every other week in the older weeks, crediting two or three colleagues.
  for (const [index, back] of [80, 66, 52, 38].entries()) {
    const author = pick(["maria", "jan", "sanne", "thomas"]);
    const credited = [...new Set([pick(keys), pick(keys), pick(keys)])].filter((key) => key !== author);
    const body = PRIDE_MOMENTS[index]!;
    const createdAt = new Date(today - back * DAY + 11 * 3_600_000);
    const post = await tx.post.create({
      data: { authorId: id(author), kind: "PRIDE", body, bodyHtml: renderMarkdown(body), createdAt },
      select: { id: true },
    });
    await tx.prideTag.createMany({ data: credited.map((key) => ({ postId: post.id, userId: id(key), createdAt })) });
  }

  // Whoever posted, commented, reacted or took part anywhere in the demo was there that day.
  await tx.$executeRaw`
    insert into "UserActivityDay" ("userId", "day")
    select distinct uid, at::date from (
      select "authorId" as uid, "createdAt" as at from "Post"
      union all select "authorId", "createdAt" from "Comment"
      union all select "userId", "createdAt" from "Reaction"
      union all select "authorId", "createdAt" from "FocusItem"
      union all select "authorId", "createdAt" from "FocusAnswer"
      union all select "userId", "createdAt" from "FocusVote"
      union all select "authorId", "createdAt" from "LiveComment"
      union all select "userId", "firstSeenAt" from "LiveAttendance"
      union all select "authorId", "createdAt" from "Answer"
    ) did
    where uid = any(${seeded}::text[]) and at >= ${new Date(today - (WEEKS * 7 - 1) * DAY)} and at <= now()
    on conflict do nothing`;
}
