// No "server-only": the demo seed (run outside the server) writes sample digests with it.
import type { Actor } from "@/lib/auth/permissions";
import type { Tx } from "@/lib/db/client";
import { plainTextExcerpt } from "@/lib/content/extract";
import { formatDate } from "@/lib/format/dates";
import { appUrl } from "@/lib/mail/app-url";
import { MAIL_STRINGS } from "@/lib/mail/mail-strings";
import type { MailSection } from "@/lib/mail/render-mail";
import { visiblePostWhere } from "@/lib/posts/visibility";
import { liveQuestionWhere } from "@/lib/questions/visibility";

const PER_SECTION = 5;
const UPCOMING_SHOW_DAYS = 14;

export type DigestReader = Actor & { departmentId: string | null; timeZone: string; locale: string };

/**
 * The activity summary for one reader since `since`, ranked for them and filtered by what they may see: every
 * post goes through visiblePostWhere (a secret community they are not in never appears), questions that are
 * hidden or withdrawn never do. Sections with nothing in them are left out; no sections, no digest.
 */
export async function buildDigestSections(
  db: Tx,
  reader: DigestReader,
  since: Date,
  now: Date,
): Promise<MailSection[]> {
  const s = MAIL_STRINGS.digest;
  const when = (date: Date, style: "dayMonth" | "weekdayTime") =>
    formatDate(date, style, { timeZone: reader.timeZone });
  const myCommunities = { community: { members: { some: { userId: reader.id } } } };
  const [pride, answers, items, popular, shows] = await Promise.all([
    db.post.findMany({
      where: {
        AND: [
          visiblePostWhere(reader),
          { kind: "PRIDE", createdAt: { gte: since } },
          {
            OR: [
              myCommunities,
              ...(reader.departmentId
                ? [
                    { author: { departmentId: reader.departmentId } },
                    { prideTags: { some: { user: { departmentId: reader.departmentId } } } },
                  ]
                : []),
              { prideTags: { some: { userId: reader.id } } },
            ],
          },
        ],
      },
      orderBy: [{ reactionCount: "desc" }, { createdAt: "desc" }],
      take: PER_SECTION,
      select: {
        id: true,
        body: true,
        author: { select: { name: true } },
        prideTags: { select: { user: { select: { name: true } } }, take: 3 },
      },
    }),
    db.answer.findMany({
      where: {
        createdAt: { gte: since },
        question: liveQuestionWhere,
      },
      // Questions the reader follows or voted for come first, then the most wanted.
      orderBy: [{ question: { voteCount: "desc" } }, { createdAt: "desc" }],
      take: 20,
      select: {
        id: true,
        createdAt: true,
        author: { select: { name: true } },
        question: {
          select: {
            id: true,
            title: true,
            follows: { where: { userId: reader.id }, select: { userId: true } },
            votes: { where: { userId: reader.id }, select: { userId: true } },
          },
        },
      },
    }),
    db.actionItem.findMany({
      where: { status: { in: ["OPEN", "IN_PROGRESS"] }, assignees: { some: { userId: reader.id } } },
      orderBy: [{ dueDate: { sort: "asc", nulls: "last" } }, { createdAt: "asc" }],
      take: PER_SECTION,
      select: { id: true, title: true, dueDate: true },
    }),
    db.post.findMany({
      where: {
        AND: [
          visiblePostWhere(reader),
          myCommunities,
          { kind: { not: "PRIDE" }, createdAt: { gte: since }, reactionCount: { gt: 0 } },
        ],
      },
      orderBy: [{ reactionCount: "desc" }, { commentCount: "desc" }, { createdAt: "desc" }],
      take: PER_SECTION,
      select: {
        id: true,
        body: true,
        reactionCount: true,
        commentCount: true,
        community: { select: { name: true } },
      },
    }),
    db.liveShow.findMany({
      where: {
        status: "SCHEDULED",
        startsAt: { gte: now, lte: new Date(now.getTime() + UPCOMING_SHOW_DAYS * 86_400_000) },
      },
      orderBy: { startsAt: "asc" },
      take: 3,
      select: { slug: true, title: true, startsAt: true, host: { select: { name: true } } },
    }),
  ]);

  const mine = (answer: (typeof answers)[number]) =>
    answer.question.follows.length + answer.question.votes.length > 0 ? 0 : 1;
  const rankedAnswers = [...answers].sort((a, b) => mine(a) - mine(b)).slice(0, 3);
  const sections: MailSection[] = [
    {
      heading: s.pride,
      items: pride.map((post) => ({
        title: plainTextExcerpt(post.body, 120),
        meta: [
          post.author.name,
          post.prideTags.length > 0 && s.credited(post.prideTags.map((tag) => tag.user.name).join(", ")),
        ]
          .filter(Boolean)
          .join(" "),
        href: appUrl(`/posts/${post.id}`),
      })),
    },
    {
      heading: s.answers,
      items: rankedAnswers.map((answer) => ({
        title: answer.question.title,
        meta: s.answeredBy(answer.author.name),
        href: appUrl(`/ask/${answer.question.id}`),
      })),
    },
    {
      heading: s.actionItems,
      items: items.map((item) => ({
        title: item.title,
        meta: !item.dueDate
          ? s.noDue
          : item.dueDate < now
            ? s.overdue(when(item.dueDate, "dayMonth"))
            : s.due(when(item.dueDate, "dayMonth")),
        href: appUrl(`/actions/${item.id}`),
      })),
    },
    {
      heading: s.popular,
      items: popular.map((post) => ({
        title: plainTextExcerpt(post.body, 120),
        meta: [post.community?.name, s.reactions(post.reactionCount), s.comments(post.commentCount)]
          .filter(Boolean)
          .join(" · "),
        href: appUrl(`/posts/${post.id}`),
      })),
    },
    {
      heading: s.liveShows,
      items: shows.map((show) => ({
        title: show.title,
        meta: s.hostedBy(show.host.name, when(show.startsAt, "weekdayTime")),
        href: appUrl(`/events/${show.slug}`),
      })),
    },
  ];
  return sections.filter((section) => section.items.length > 0);
}
