import { renderMarkdown } from "@/lib/content/render-markdown";
import type { Tx } from "@/lib/db/client";
import { coldNudge } from "@/lib/health/cold-nudge";

// Moderation and community health demo: "Office plants", a friendly interest community that is going
// cold (lively a month ago, fading since, its owner silent for weeks), open reports in the queues (one
// in that community, one on a company-wide post), and some audit history including a removal that is
// still restorable. Times are relative to the seed moment.

const DAY = 86_400_000;
const daysAgo = (days: number) => new Date(Date.now() - days * DAY);

type Contribution = {
  author: string;
  daysAgo: number;
  body: string;
  comments?: { author: string; afterHours: number; body: string }[];
};

// Weekly activity (posts + comments) falls 8 → 4 → 1 across the last three weeks; Hanna (the owner)
// last spoke 24 days ago, Lotte (moderator) not at all: the health check calls it going cold.
const PLANT_POSTS: Contribution[] = [
  {
    author: "hanna",
    daysAgo: 34,
    body: "Welcome to **Office plants**! Share your desk jungle, ask for rescue tips, swap cuttings.",
    comments: [{ author: "fatima", afterHours: 2, body: "Finally! My pothos says hi." }],
  },
  {
    author: "anouk",
    daysAgo: 29,
    body: "Who else has a monstera that refuses to split its leaves? Mine is two years old.",
    comments: [{ author: "hanna", afterHours: 1, body: "More light! Try the window by the coffee machine." }],
  },
  {
    author: "hanna",
    daysAgo: 24,
    body: "Cutting swap this Friday at the Rotterdam canteen, bring a jar.",
    comments: [{ author: "milan", afterHours: 3, body: "I will bring spider plant babies." }],
  },
  {
    author: "fatima",
    daysAgo: 19,
    body: "My snake plant flowered! Apparently that is rare.",
    comments: [
      { author: "lisa", afterHours: 4, body: "Wow, never seen that." },
      { author: "jonas", afterHours: 6, body: "Photos please!" },
    ],
  },
  {
    author: "milan",
    daysAgo: 18,
    body: "Spider plant babies are ready: who wants one?",
    comments: [{ author: "anouk", afterHours: 2, body: "Me please!" }],
  },
  { author: "lisa", daysAgo: 16, body: "Watering rota for the customer service plants while I am on holiday?" },
  {
    author: "jonas",
    daysAgo: 11,
    body: "Is it normal that my fern drops leaves in winter?",
    comments: [{ author: "fatima", afterHours: 8, body: "Mine too, it is the dry air." }],
  },
  { author: "anouk", daysAgo: 9, body: "The canteen basil did not survive the weekend." },
  { author: "milan", daysAgo: 3, body: "Anyone still here? The cactus on the 2nd floor needs a new home." },
];

const PLANT_MEMBERS = ["fatima", "anouk", "milan", "lisa", "jonas"];

export async function seedModeration(tx: Tx, ids: Map<string, string>) {
  const id = (key: string) => ids.get(key)!;
  const html = (body: string) => renderMarkdown(body);

  const plants = await tx.community.create({
    data: {
      slug: "office-plants",
      name: "Office plants",
      description: "Desk jungles, rescue tips and cutting swaps across our offices and warehouses.",
      descriptionHtml: html("Desk jungles, rescue tips and cutting swaps across our offices and warehouses."),
      kind: "INTEREST",
      category: "Home & garden",
      createdById: id("hanna"),
      createdAt: daysAgo(35),
      memberCount: 2 + PLANT_MEMBERS.length,
      members: {
        create: [
          { userId: id("hanna"), role: "OWNER", joinedAt: daysAgo(35) },
          { userId: id("lotte"), role: "MODERATOR", joinedAt: daysAgo(35) },
          ...PLANT_MEMBERS.map((member, index) => ({
            userId: id(member),
            role: "MEMBER" as const,
            joinedAt: daysAgo(34 - index),
          })),
        ],
      },
    },
    select: { id: true },
  });

  const posts = new Map<string, string>();
  for (const post of PLANT_POSTS) {
    const created = await tx.post.create({
      data: {
        authorId: id(post.author),
        communityId: plants.id,
        body: post.body,
        bodyHtml: html(post.body),
        createdAt: daysAgo(post.daysAgo),
        commentCount: post.comments?.length ?? 0,
      },
      select: { id: true },
    });
    posts.set(post.body, created.id);
    for (const comment of post.comments ?? []) {
      await tx.comment.create({
        data: {
          postId: created.id,
          authorId: id(comment.author),
          body: comment.body,
          bodyHtml: html(comment.body),
          createdAt: new Date(daysAgo(post.daysAgo).getTime() + comment.afterHours * 3_600_000),
        },
      });
    }
  }
  const coldSince = daysAgo(1);
  await tx.community.update({
    where: { id: plants.id },
    data: { postCount: PLANT_POSTS.length, lastActivityAt: daysAgo(3), coldSince, coldNotifiedAt: coldSince },
  });
  await tx.notification.create({
    data: {
      recipientId: id("hanna"),
      type: "COMMUNITY_GOING_COLD",
      communityId: plants.id,
      detail: coldNudge(["Milan Kovač", "Anouk Vos", "Jonas Weber"]),
      groupKey: `cold:${plants.id}:${coldSince.toISOString()}`,
      createdAt: coldSince,
    },
  });

  // An open report in the community: a grumpy comment about the basil, for Hanna and Lotte's queue.
  const basil = posts.get("The canteen basil did not survive the weekend.")!;
  const grumpy = "Maybe if SOME people in customer service stopped pouring cold coffee in it. Lisa.";
  const grumpyComment = await tx.comment.create({
    data: { postId: basil, authorId: id("jonas"), body: grumpy, bodyHtml: html(grumpy), createdAt: daysAgo(8.5) },
  });
  await tx.post.update({ where: { id: basil }, data: { commentCount: { increment: 1 } } });
  await tx.report.create({
    data: {
      reporterId: id("lisa"),
      target: "COMMENT",
      commentId: grumpyComment.id,
      communityId: plants.id,
      reason: "HARASSMENT",
      details: "Naming me in front of everyone over a plant. Not okay.",
      createdAt: daysAgo(0.5),
    },
  });

  // An open report on a company-wide post: only admins see it.
  const spam =
    "Selling my old road bike 🚲 and **20% off** everything at my brother's shop with code NORTHWIND. DM me!";
  const spamPost = await tx.post.create({
    data: { authorId: id("felix"), body: spam, bodyHtml: html(spam), createdAt: daysAgo(0.3) },
    select: { id: true },
  });
  await tx.report.create({
    data: {
      reporterId: id("pieter"),
      target: "POST",
      postId: spamPost.id,
      reason: "SPAM",
      details: "Advertising a private shop.",
      createdAt: daysAgo(0.2),
    },
  });

  // History: a dismissed report, and a removal Noah can still restore (the author was told why).
  const rant = "Honestly the new expense tool is garbage and whoever picked it should be fired.";
  const rantPost = await tx.post.create({
    data: {
      authorId: id("oskar"),
      body: rant,
      bodyHtml: html(rant),
      createdAt: daysAgo(6),
      removedAt: daysAgo(5),
      removedById: id("noah"),
      removedReason: "Criticise the tool, not a colleague: please repost without the last part.",
    },
    select: { id: true },
  });
  const rantReport = await tx.report.create({
    data: {
      reporterId: id("amir"),
      target: "POST",
      postId: rantPost.id,
      reason: "HARASSMENT",
      status: "ACTIONED",
      resolvedById: id("noah"),
      resolvedAt: daysAgo(5),
      resolution: "Removed: Criticise the tool, not a colleague",
      createdAt: daysAgo(5.5),
    },
  });
  await tx.notification.create({
    data: {
      recipientId: id("oskar"),
      type: "CONTENT_REMOVED",
      postId: rantPost.id,
      detail:
        "Your post was removed by a moderator. Reason: Criticise the tool, not a colleague: please repost without the last part.",
      groupKey: `removed:${rantPost.id}`,
      createdAt: daysAgo(5),
    },
  });
  const cactus = posts.get("Anyone still here? The cactus on the 2nd floor needs a new home.")!;
  const dismissed = await tx.report.create({
    data: {
      reporterId: id("anouk"),
      target: "POST",
      postId: cactus,
      communityId: plants.id,
      reason: "OTHER",
      details: "Off-topic?",
      status: "DISMISSED",
      resolvedById: id("lotte"),
      resolvedAt: daysAgo(2),
      resolution: "Dismissed: A cactus is a plant.",
      createdAt: daysAgo(2.5),
    },
  });
  await tx.auditEntry.createMany({
    data: [
      {
        actorId: id("noah"),
        action: "post.removed",
        targetType: "Post",
        targetId: rantPost.id,
        reason: "Criticise the tool, not a colleague: please repost without the last part.",
        data: { authorId: id("oskar"), postId: rantPost.id, reportId: rantReport.id },
        createdAt: daysAgo(5),
      },
      {
        actorId: id("lotte"),
        action: "report.dismissed",
        targetType: "Report",
        targetId: dismissed.id,
        communityId: plants.id,
        reason: "A cactus is a plant.",
        createdAt: daysAgo(2),
      },
    ],
  });
}
