import "server-only";
// Runs in server.ts's process (loaded after its server-only hook); the database client is passed in.
import type { Db } from "@/lib/db/client";
import { Prisma, type DigestFrequency, type Role } from "@/lib/generated/prisma/client";
import { appUrl } from "@/lib/mail/app-url";
import { buildDigestSections } from "@/lib/mail/build-digest";
import { MAIL_STRINGS } from "@/lib/mail/mail-strings";
import { renderMail } from "@/lib/mail/render-mail";
import { unsubscribeToken } from "@/lib/mail/unsubscribe-token";
import { DEFAULT_PREFS, DIGEST_DAYS } from "@/lib/notifications/preferences";
import { isQuiet } from "@/lib/notifications/quiet-hours";

export const DIGEST_BATCH = 200;

type Candidate = {
  id: string;
  email: string;
  name: string;
  handle: string;
  role: Role;
  title: string;
  departmentId: string | null;
  timeZone: string;
  locale: string;
  digest: Exclude<DigestFrequency, "NEVER">;
  quietStart: number;
  quietEnd: number;
};

/**
 * Queues the activity summary (Discourse's "activity summary" is the model) for people who chose one and have
 * not opened Hearth within its period, nor had one within it, outside their quiet hours. Claiming (lastDigestAt)
 * and queueing (an OutboxMail under the key digest:<user>:<day>) are one transaction: two servers, two runs or
 * a restart queue one mail. An empty summary is not sent, but still counts as this period's.
 */
export async function queueDigests(
  db: Db,
  now = new Date(),
  { only }: { only?: string[] } = {}, // tests: these people only
): Promise<{ queued: number; empty: number }> {
  const onlyThese = only ? Prisma.sql`and u.id = any(${only})` : Prisma.empty;
  const candidates = await db.$queryRaw<Candidate[]>`
    with person as (
      select u.id, u.email, u.name, u.handle, u.role, u.title, u."departmentId", u."timeZone", u.locale,
             coalesce(s.digest, ${DEFAULT_PREFS.digest}::"DigestFrequency") as digest,
             coalesce(s."quietStart", ${DEFAULT_PREFS.quietStart}) as "quietStart",
             coalesce(s."quietEnd", ${DEFAULT_PREFS.quietEnd}) as "quietEnd",
             s."lastDigestAt"
      from "User" u left join "NotificationSettings" s on s."userId" = u.id
      where u."deactivatedAt" is null ${onlyThese}
    ), due as (
      select *, ${now}::timestamptz - make_interval(days => (case digest when 'DAILY' then ${DIGEST_DAYS.DAILY}
               when 'WEEKLY' then ${DIGEST_DAYS.WEEKLY} else ${DIGEST_DAYS.MONTHLY} end)::int) as since
      from person where digest <> 'NEVER'
    )
    select id, email, name, handle, role, title, "departmentId", "timeZone", locale, digest, "quietStart", "quietEnd"
    from due
    where ("lastDigestAt" is null or "lastDigestAt" <= since)
      and not exists (select 1 from "UserActivityDay" a where a."userId" = due.id and a.day >= (since at time zone 'UTC')::date)
    order by id
    limit ${DIGEST_BATCH}`;

  let queued = 0;
  let empty = 0;
  for (const person of candidates) {
    if (isQuiet(now, person)) continue;
    const days = DIGEST_DAYS[person.digest];
    const since = new Date(now.getTime() - days * 86_400_000);
    const sections = await buildDigestSections(db, person, since, now);
    const period = MAIL_STRINGS.digest.periodName[person.digest] ?? "week";
    const mail =
      sections.length === 0
        ? null
        : renderMail({
            greeting: MAIL_STRINGS.digest.greeting(person.name.split(" ")[0] ?? person.name),
            intro: MAIL_STRINGS.digest.intro(period),
            sections,
            preferencesUrl: appUrl("/settings#notifications"),
            unsubscribe: {
              label: MAIL_STRINGS.unsubscribeDigest,
              url: appUrl(`/unsubscribe?token=${unsubscribeToken(person.id, "digest")}`),
            },
          });
    const claimed = await db.$transaction(async (tx) => {
      const due = new Date(now.getTime() - days * 86_400_000);
      const { count } = await tx.notificationSettings.updateMany({
        where: { userId: person.id, OR: [{ lastDigestAt: null }, { lastDigestAt: { lte: due } }] },
        data: { lastDigestAt: now },
      });
      if (count === 0) {
        // No settings row yet (the defaults): create it as the claim; a concurrent run fails on the primary key.
        const created = await tx.$executeRaw`
          insert into "NotificationSettings" ("userId", "inApp", email, digest, "quietStart", "quietEnd", "lastDigestAt", "updatedAt")
          values (${person.id}, ${DEFAULT_PREFS.inApp}::"NotificationCategory"[], ${DEFAULT_PREFS.email}::"NotificationCategory"[],
                  ${person.digest}::"DigestFrequency", ${person.quietStart}, ${person.quietEnd}, ${now}, ${now})
          on conflict ("userId") do nothing`;
        if (created === 0) return false;
      }
      if (!mail) return true;
      await tx.outboxMail.createMany({
        data: [
          {
            key: `digest:${person.id}:${now.toISOString().slice(0, 10)}`,
            recipientId: person.id,
            toAddress: person.email,
            kind: "digest",
            subject: MAIL_STRINGS.digest.subject(period),
            html: mail.html,
            text: mail.text,
            unsubscribeUrl: appUrl(`/api/unsubscribe?token=${unsubscribeToken(person.id, "digest")}`),
            nextAttemptAt: now,
            createdAt: now,
          },
        ],
        skipDuplicates: true,
      });
      return true;
    });
    if (claimed) {
      if (mail) queued += 1;
      else empty += 1;
    }
  }
  return { queued, empty };
}
