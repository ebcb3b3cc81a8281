import "server-only";
import { z } from "zod";
import { visibleChallengeWhere } from "@/lib/challenges/visibility";
import { phaseOf } from "@/lib/challenges/challenge-phase";
import { defineUseCase } from "@/lib/auth/use-case";
import { plainTextExcerpt } from "@/lib/content/extract";
import { db } from "@/lib/db";
import type { NowView } from "@/lib/home/now-view";
import { visiblePostWhere } from "@/lib/posts/visibility";
import { liveQuestionWhere, visibleQuestionWhere } from "@/lib/questions/visibility";

const WEEK_MS = 7 * 86_400_000;
const OPEN_STATUSES = ["OPEN", "IN_PROGRESS"] as const;

/**
 * The home page's "Now" column: the live show on now (or next), leadership's answers this week and the question the
 * reader upvoted, their open action items, the running challenge, this week's moments of pride and a community to
 * join. On the busiest page, so: a fixed number of small queries run at once (no per-item queries), each on an index,
 * with each part's own visibility in its where clause.
 */
export const findNow = defineUseCase({
  input: z.object({}),
  permission: "posts.read",
  run: async ({ actor }): Promise<NowView> => {
    const now = new Date();
    const weekAgo = new Date(now.getTime() - WEEK_MS);
    const questionWhere = { AND: [visibleQuestionWhere(actor), liveQuestionWhere] };
    const answeredThisWeek = { AND: [questionWhere, { firstAnsweredAt: { gte: weekAgo } }] };
    const mine = { status: { in: [...OPEN_STATUSES] }, assignees: { some: { userId: actor.id } } };
    const prideThisWeek = { AND: [visiblePostWhere(actor), { kind: "PRIDE" as const, createdAt: { gte: weekAgo } }] };
    const firstAnswer = {
      answers: { orderBy: { createdAt: "asc" as const }, take: 1, select: { author: { select: { name: true } } } },
    };

    const [live, next, answerCount, answered, vote, actionCount, actionItems, challenge, prideCount, pride, community] =
      await Promise.all([
        db.liveShow.findFirst({
          where: { status: "LIVE" },
          orderBy: [{ startedAt: "desc" }, { id: "asc" }],
          select: showSelect,
        }),
        db.liveShow.findFirst({
          where: { status: "SCHEDULED" },
          orderBy: [{ startsAt: "asc" }, { id: "asc" }],
          select: showSelect,
        }),
        db.question.count({ where: answeredThisWeek }),
        db.question.findMany({
          where: answeredThisWeek,
          orderBy: [{ firstAnsweredAt: "desc" }, { id: "asc" }],
          take: 2,
          select: { id: true, title: true, firstAnsweredAt: true, ...firstAnswer },
        }),
        db.questionVote.findFirst({
          where: { userId: actor.id, question: questionWhere },
          orderBy: { createdAt: "desc" },
          select: {
            question: { select: { id: true, title: true, firstAnsweredAt: true, voteCount: true, ...firstAnswer } },
          },
        }),
        db.actionItem.count({ where: mine }),
        db.actionItem.findMany({
          where: mine,
          orderBy: [{ dueDate: { sort: "asc", nulls: "last" } }, { createdAt: "desc" }],
          take: 3,
          select: { id: true, title: true, dueDate: true, assigner: { select: { name: true } } },
        }),
        db.challenge.findFirst({
          where: {
            AND: [
              visibleChallengeWhere(actor),
              { closedAt: null, submissionStartsAt: { lte: now }, votingEndsAt: { gt: now } },
            ],
          },
          orderBy: [{ votingEndsAt: "asc" }, { id: "asc" }],
          select: {
            slug: true,
            title: true,
            entryCount: true,
            submissionStartsAt: true,
            submissionEndsAt: true,
            votingStartsAt: true,
            votingEndsAt: true,
            closedAt: true,
            showVotesLive: true,
          },
        }),
        db.post.count({ where: prideThisWeek }),
        db.post.findMany({
          where: prideThisWeek,
          orderBy: [{ createdAt: "desc" }, { id: "desc" }],
          take: 6,
          select: { author: { select: { name: true, handle: true } } },
        }),
        db.community.findFirst({
          where: {
            visibility: "PUBLIC",
            archivedAt: null,
            members: { none: { userId: actor.id } },
            bans: { none: { userId: actor.id } },
          },
          orderBy: [{ lastActivityAt: "desc" }, { id: "asc" }],
          select: { slug: true, name: true, memberCount: true, description: true, purposeGoal: true },
        }),
      ]);

    const show = live ?? next;
    const phase = challenge ? phaseOf(challenge, now) : null;
    const toQuestion = (q: {
      id: string;
      title: string;
      firstAnsweredAt: Date | null;
      answers: { author: { name: string } }[];
    }) => ({
      id: q.id,
      title: q.title,
      answeredAt: q.firstAnsweredAt?.toISOString() ?? null,
      answeredBy: q.answers[0]?.author.name ?? null,
    });
    const authors = new Map(pride.map((post) => [post.author.handle, post.author]));

    return {
      show: show && {
        slug: show.slug,
        title: show.title,
        status: show.status === "LIVE" ? "LIVE" : "SCHEDULED",
        startsAt: show.startsAt.toISOString(),
        startedAt: show.startedAt?.toISOString() ?? null,
        host: show.host,
      },
      answers: {
        countThisWeek: answerCount,
        latest: answered.map(toQuestion),
        upvoted: vote && { ...toQuestion(vote.question), voteCount: vote.question.voteCount },
      },
      actions: {
        openCount: actionCount,
        items: actionItems.map((item) => ({
          id: item.id,
          title: item.title,
          dueDate: item.dueDate?.toISOString() ?? null,
          assignedBy: item.assigner.name,
        })),
      },
      challenge:
        challenge && (phase === "entries" || phase === "voting")
          ? {
              slug: challenge.slug,
              title: challenge.title,
              phase,
              endsAt: (phase === "entries" ? challenge.submissionEndsAt : challenge.votingEndsAt).toISOString(),
              entryCount: challenge.entryCount,
            }
          : null,
      pride: { countThisWeek: prideCount, authors: [...authors.values()].slice(0, 3) },
      suggestion: community && {
        slug: community.slug,
        name: community.name,
        memberCount: community.memberCount,
        blurb: plainTextExcerpt(community.purposeGoal || community.description, 90),
      },
    };
  },
});

const showSelect = {
  slug: true,
  title: true,
  status: true,
  startsAt: true,
  startedAt: true,
  host: { select: { name: true, handle: true } },
} as const;
