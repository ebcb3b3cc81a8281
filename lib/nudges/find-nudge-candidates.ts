// No "server-only": the demo seed (run outside the server) finds its first nudges with the same rules.
import { recognitionSql } from "@/lib/insights/recognition";
import type { Tx } from "@/lib/db/client";
import type { NudgeCandidate } from "@/lib/nudges/create-nudges";
import { firstNameOf, NUDGE_TEXT } from "@/lib/nudges/nudge-text";

export const UNRECOGNISED_DAYS = 90;
export const NEW_EMPLOYEE_DAYS = 7;
export const WAITING_HOURS = 48;
export const NUDGE_BATCH = 500;
/** Thank-you nudges per manager per week: the longest-unrecognised first, the rest in the weeks after. */
export const THANKS_PER_MANAGER = 2;

type ReportRow = {
  id: string;
  name: string;
  handle: string;
  managerId: string;
  managerTimeZone: string;
  lastRecognisedAt: Date | null;
};

/** Who is due which nudge now (before the once-a-week rule, which createNudges applies). */
export async function findNudgeCandidates(db: Tx, now: Date): Promise<NudgeCandidate[]> {
  const unrecognisedBefore = new Date(now.getTime() - UNRECOGNISED_DAYS * 86_400_000);
  const joinedAfter = new Date(now.getTime() - NEW_EMPLOYEE_DAYS * 86_400_000);
  const waitingBefore = new Date(now.getTime() - WAITING_HOURS * 3_600_000);
  const [unrecognised, newcomers, waiting] = await Promise.all([
    db.$queryRaw<ReportRow[]>`
      with report as (
        select r.id, r.name, r.handle, r."managerId", m."timeZone" as "managerTimeZone"
        from "User" r join "User" m on m.id = r."managerId" and m."deactivatedAt" is null
        where r."deactivatedAt" is null and r."createdAt" <= ${unrecognisedBefore}
      ), recognition as (${recognitionSql}
      )
      select * from (
        select report.*, last."lastRecognisedAt",
               row_number() over (partition by report."managerId" order by last."lastRecognisedAt" nulls first, report.id) as rank
        from report
        cross join lateral (select max(at) as "lastRecognisedAt" from recognition where uid = report.id) last
        where last."lastRecognisedAt" is null or last."lastRecognisedAt" < ${unrecognisedBefore}
      ) ranked
      where rank <= ${THANKS_PER_MANAGER}
      order by id
      limit ${NUDGE_BATCH}`,
    db.user.findMany({
      where: { deactivatedAt: null, createdAt: { gt: joinedAfter }, manager: { deactivatedAt: null } },
      orderBy: { id: "asc" },
      take: NUDGE_BATCH,
      select: { id: true, name: true, handle: true, managerId: true },
    }),
    db.question.groupBy({
      by: ["targetLeaderId"],
      where: {
        status: "OPEN",
        withdrawnAt: null,
        hiddenAt: null,
        mergedIntoId: null,
        firstAnsweredAt: null,
        createdAt: { lt: waitingBefore },
        targetLeader: { deactivatedAt: null },
      },
      _count: { _all: true },
    }),
  ]);

  return [
    ...unrecognised.map((report) => ({
      recipientId: report.managerId,
      kind: "THANK_REPORT" as const,
      subjectKey: report.id,
      subjectUserId: report.id,
      text: NUDGE_TEXT.thank(firstNameOf(report.name), report.lastRecognisedAt, report.managerTimeZone),
      actionLabel: NUDGE_TEXT.thankAction(firstNameOf(report.name)),
      href: `/pride?thank=${encodeURIComponent(report.handle)}`,
    })),
    ...newcomers.flatMap((person) =>
      person.managerId
        ? [
            {
              recipientId: person.managerId,
              kind: "WELCOME_REPORT" as const,
              subjectKey: person.id,
              subjectUserId: person.id,
              text: NUDGE_TEXT.welcome(firstNameOf(person.name)),
              actionLabel: NUDGE_TEXT.welcomeAction(firstNameOf(person.name)),
              href: `/posts/new?welcome=${encodeURIComponent(person.handle)}`,
              once: true,
            },
          ]
        : [],
    ),
    ...waiting.flatMap((group) =>
      group.targetLeaderId
        ? [
            {
              recipientId: group.targetLeaderId,
              kind: "QUESTIONS_WAITING" as const,
              subjectKey: "questions",
              text: NUDGE_TEXT.questions(group._count._all),
              actionLabel: NUDGE_TEXT.questionsAction,
              href: `/ask?sort=unanswered&leader=${group.targetLeaderId}`,
            },
          ]
        : [],
    ),
  ];
}
