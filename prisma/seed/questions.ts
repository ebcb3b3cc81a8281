import { randomUUID } from "node:crypto";
import { renderMarkdown } from "@/lib/content/render-markdown";
import type { Tx } from "@/lib/db/client";
import type { NotificationType } from "@/lib/generated/prisma/enums";
import { askerKeyOf } from "@/lib/privacy/asker-key";

// Demo questions to leadership: answered, open, anonymous and closed ones, and a running AMA, told with
// the votes, follows and notifications they would have caused. Times are relative to the seed moment,
// so the responsiveness figures stay believable: Maria answers within a day, Thomas within hours, Jan
// has one waiting three days, Emma once took longer than 48 hours. Deterministic apart from "now".

const HOUR = 3_600_000;

type DemoAnswer = { by: string; afterHours: number; body: string };
type DemoQuestion = {
  asker: string;
  anonymous?: boolean;
  /** A leader's key; none: the leadership team. */
  to?: string;
  title: string;
  details?: string;
  hoursAgo: number;
  votes?: string[];
  followers?: string[];
  answers?: DemoAnswer[];
  closedReason?: string;
};

const QUESTIONS: DemoQuestion[] = [
  {
    asker: "milan",
    to: "maria",
    title: "Can we get a fairer weekend rota in Rotterdam?",
    details:
      "In the warehouse the same handful of people end up working most weekends. Could we rotate Saturdays and Sundays across both shifts, and make swapping shifts easier?",
    hoursAgo: 96,
    votes: ["anouk", "fatima", "kees", "mats", "ruben", "daan"],
    followers: ["anouk"],
    answers: [
      {
        by: "maria",
        afterHours: 20,
        body: "Thank you for asking this in the open, Milan. You are right: over the last three months the same people covered **most** weekends.\n\nI have asked Kees to draft a fairer rota with both shift leads, spreading weekends across everyone who wants them, and to share it here. You will see the action item below, with its progress.",
      },
    ],
  },
  {
    asker: "lisa",
    anonymous: true,
    title: "Will the Antwerp office stay open after the lease ends?",
    details:
      "The lease runs out next year and there are rumours. Many of us live close to the office and chose Northwind partly for that. Could leadership say what the plan is?",
    hoursAgo: 30,
    votes: ["julia", "tim", "bram", "ruben", "zoe", "victor"],
  },
  {
    asker: "sophie",
    to: "jan",
    title: "Will the new CRM be ready before the spring buyer meetings?",
    details:
      "We plan the spring meetings in February. If the new CRM is not live by then, should we keep the old account notes up to date?",
    hoursAgo: 70,
    votes: ["daan", "noor", "bram"],
  },
  {
    asker: "anouk",
    to: "thomas",
    title: "Can we get a second forklift charger in Rotterdam?",
    details:
      "Both day-shift forklifts queue for the one charger around noon, and we lose about half an hour every day.",
    hoursAgo: 140,
    votes: ["milan", "kees", "fatima"],
    answers: [
      {
        by: "thomas",
        afterHours: 6,
        body: "Good catch, Anouk. Half an hour a day adds up quickly. A second charger is ordered and will be installed next week, next to the loading dock.",
      },
    ],
  },
  {
    asker: "daan",
    title: "Could we have a company-wide bike lease scheme?",
    hoursAgo: 200,
    votes: ["sophie", "elif"],
    closedReason:
      "Answered in last week's benefits update: the bike lease scheme starts in March for everyone. Details are on the HR page.",
  },
  {
    asker: "freja",
    to: "emma",
    title: "Will marketing share the spring campaign calendar with the Nordic sales team?",
    hoursAgo: 160,
    votes: ["astrid", "oskar"],
    answers: [
      {
        by: "emma",
        afterHours: 50,
        body: "Sorry this took me a while, Freja. The calendar is now shared with all sales teams, and from now on we publish it a month ahead.",
      },
    ],
  },
  {
    asker: "eva",
    anonymous: true,
    to: "maria",
    title: "How do we decide which products get discontinued?",
    hoursAgo: 50,
    votes: ["youssef", "ines"],
    answers: [
      {
        by: "maria",
        afterHours: 3,
        body: "Fair question. Three things: margin over the last year, whether customers still ask for it, and whether it fits where the range is going. Product, sales and I decide together each quarter; from now on we will post the list here *before* it is final.",
      },
    ],
  },
  {
    asker: "lukas",
    to: "jan",
    title: "Can DACH reps get the same travel budget as Benelux?",
    hoursAgo: 120,
    votes: ["mila", "felix"],
    answers: [
      {
        by: "jan",
        afterHours: 30,
        body: "Yes. The difference was historical, not deliberate. From next month all sales regions have the same travel budget per rep.",
      },
    ],
  },
];

const AMA_QUESTIONS: DemoQuestion[] = [
  {
    asker: "hanna",
    title: "Can the learning budget be used for language courses?",
    hoursAgo: 3,
    votes: ["oskar", "astrid", "elif"],
    answers: [
      {
        by: "sanne",
        afterHours: 1,
        body: "Yes! Any course that helps you in your work counts, **languages included**. Book it and send the invoice to HR.",
      },
    ],
  },
  {
    asker: "jonas",
    anonymous: true,
    title: "Will there be a vegetarian round in the next cook-off?",
    hoursAgo: 1,
    votes: ["lisa", "fatima"],
  },
];

/** Questions, answers, votes, follows, AMAs (Sanne's running now, Thomas's next week) and their notifications. */
export async function seedQuestions(tx: Tx, ids: Map<string, string>): Promise<void> {
  const id = (key: string) => {
    const found = ids.get(key);
    if (!found) throw new Error(`seedQuestions: no person "${key}"`);
    return found;
  };
  const now = Date.now();
  const ago = (hours: number) => new Date(now - hours * HOUR);
  const leaders = (
    await tx.user.findMany({ where: { role: "LEADER", deactivatedAt: null }, select: { id: true } })
  ).map((leader) => leader.id);

  const sanneAma = await tx.amaSession.create({
    data: {
      leaderId: id("sanne"),
      title: "Ask Sanne anything: onboarding, learning and our Friday cook-offs",
      description:
        "Two days to ask me anything about how we welcome new colleagues, the learning budget, or the cook-offs. I answer every question before it closes.",
      startsAt: ago(4),
      endsAt: new Date(now + 48 * HOUR),
    },
  });
  await tx.amaSession.create({
    data: {
      leaderId: id("thomas"),
      title: "The warehouse of the future",
      description:
        "Automation, new shifts, the Rotterdam extension: ask me what is coming in operations, and what it means for you.",
      startsAt: new Date(now + 5 * 24 * HOUR),
      endsAt: new Date(now + 5 * 24 * HOUR + 2 * HOUR),
    },
  });

  const all = [
    ...QUESTIONS.map((question) => ({ question, amaSessionId: null as string | null })),
    ...AMA_QUESTIONS.map((question) => ({ question: { ...question, to: "sanne" }, amaSessionId: sanneAma.id })),
  ];
  for (const { question, amaSessionId } of all) {
    const askedAt = ago(question.hoursAgo);
    const askerId = id(question.asker);
    const answers = (question.answers ?? []).map((answer) => ({
      ...answer,
      at: new Date(askedAt.getTime() + answer.afterHours * HOUR),
    }));
    const first = answers[0];
    const created = await tx.question.create({
      data: {
        askerKey: askerKeyOf(askerId),
        publicAskerId: question.anonymous ? null : askerId,
        isAnonymous: question.anonymous ?? false,
        targetLeaderId: question.to ? id(question.to) : null,
        amaSessionId,
        title: question.title,
        body: question.details ?? "",
        bodyHtml: question.details ? renderMarkdown(question.details) : "",
        status: question.closedReason ? "CLOSED" : first ? "ANSWERED" : "OPEN",
        closedReason: question.closedReason ?? "",
        voteCount: question.votes?.length ?? 0,
        firstAnsweredAt: first?.at ?? null,
        firstAnswererId: first ? id(first.by) : null,
        createdAt: askedAt,
      },
      select: { id: true },
    });
    const voters = (question.votes ?? []).map(id);
    // An anonymous asker has no follow row (it would name them); they hear of answers by a notification without the
    // question's id, as lib/questions/private-asker.ts writes it.
    const followers = [
      ...new Set([...(question.anonymous ? [] : [askerId]), ...(question.followers ?? []).map(id)]),
    ].filter((person) => !(question.anonymous && person === askerId));
    await tx.questionVote.createMany({
      data: voters.map((userId, index) => ({
        questionId: created.id,
        userId,
        createdAt: new Date(askedAt.getTime() + (index + 1) * 0.2 * HOUR),
      })),
    });
    await tx.questionFollow.createMany({
      data: followers.map((userId) => ({ questionId: created.id, userId, createdAt: askedAt })),
    });

    // Notifications older than a day are read already; the bell shows what is fresh.
    const notify = async (type: NotificationType, actorId: string | null, recipients: string[], at: Date) => {
      const groupKey = `${type.toLowerCase().replaceAll("_", "-")}:${created.id}`;
      const readAt = now - at.getTime() > 24 * HOUR ? new Date(at.getTime() + HOUR) : null;
      await tx.notification.createMany({
        data: [...new Set(recipients)].map((recipientId) => ({
          recipientId,
          type,
          actorId,
          questionId: created.id,
          groupKey,
          createdAt: at,
          readAt,
        })),
      });
    };
    const targets = question.to ? [id(question.to)] : leaders;
    await notify(
      "QUESTION_ASKED",
      question.anonymous ? null : askerId,
      question.anonymous ? targets : targets.filter((leader) => leader !== askerId),
      askedAt,
    );
    for (const answer of answers) {
      const authorId = id(answer.by);
      await tx.answer.create({
        data: {
          questionId: created.id,
          authorId,
          body: answer.body,
          bodyHtml: renderMarkdown(answer.body),
          createdAt: answer.at,
        },
      });
      await notify(
        "QUESTION_ANSWERED",
        authorId,
        [...followers, ...voters].filter((person) => person !== authorId),
        answer.at,
      );
      if (question.anonymous && askerId !== authorId) {
        await tx.notification.create({
          data: {
            recipientId: askerId,
            type: "QUESTION_ANSWERED",
            actorId: authorId,
            groupKey: `question-answered:anonymous:${randomUUID()}`,
            detail:
              "One of your anonymous questions has a new answer. On Ask leadership it is marked “You asked this”.",
            createdAt: answer.at,
            readAt: now - answer.at.getTime() > 24 * HOUR ? new Date(answer.at.getTime() + HOUR) : null,
          },
        });
      }
    }
  }
}
