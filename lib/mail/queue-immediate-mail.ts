import "server-only";
// Runs in server.ts's process (loaded after its server-only hook); the database client is passed in.
import type { Db } from "@/lib/db/client";
import { plainTextExcerpt } from "@/lib/content/extract";
import type { NotificationType, Role } from "@/lib/generated/prisma/client";
import { appUrl } from "@/lib/mail/app-url";
import { MAIL_STRINGS } from "@/lib/mail/mail-strings";
import { renderMail, type MailItem } from "@/lib/mail/render-mail";
import { unsubscribeToken } from "@/lib/mail/unsubscribe-token";
import { visibleSubject } from "@/lib/notifications/list-notifications";
import { prefsOf, wantsEmail } from "@/lib/notifications/preferences";
import { isQuiet, nextAllowed } from "@/lib/notifications/quiet-hours";

export const IMMEDIATE_BATCH = 500;

type Claimed = { id: string; recipientId: string };

/**
 * E-mails what mattered while the reader was away: notifications whose emailAfter has come and that are still
 * unread (notify.ts set emailAfter where the reader wants the kind by e-mail), one mail per reader for all of
 * them. Claiming (emailedAt) and queueing are one transaction under SKIP LOCKED, so each is mailed once; in the
 * reader's quiet hours the rows wait for the morning instead. The subject must still be one they may see.
 */
export async function queueImmediateMail(db: Db, now = new Date()): Promise<{ mails: number; notifications: number }> {
  return db.$transaction(async (tx) => {
    const claimed = await tx.$queryRaw<Claimed[]>`
      update "Notification" set "emailedAt" = ${now}
      where id in (
        select id from "Notification"
        where "emailAfter" <= ${now} and "emailedAt" is null
        order by "emailAfter", id
        limit ${IMMEDIATE_BATCH}
        for update skip locked
      )
      returning id, "recipientId"`;
    if (claimed.length === 0) return { mails: 0, notifications: 0 };
    const byRecipient = new Map<string, string[]>();
    for (const row of claimed) byRecipient.set(row.recipientId, [...(byRecipient.get(row.recipientId) ?? []), row.id]);
    const people = await tx.user.findMany({
      where: { id: { in: [...byRecipient.keys()] }, deactivatedAt: null },
      select: {
        id: true,
        email: true,
        name: true,
        handle: true,
        role: true,
        title: true,
        timeZone: true,
        notificationSettings: true,
      },
    });
    let mails = 0;
    let notifications = 0;
    for (const person of people) {
      const ids = byRecipient.get(person.id) ?? [];
      const prefs = prefsOf(person.notificationSettings);
      const quiet = { timeZone: person.timeZone, quietStart: prefs.quietStart, quietEnd: prefs.quietEnd };
      if (isQuiet(now, quiet)) {
        await tx.notification.updateMany({
          where: { id: { in: ids } },
          data: { emailedAt: null, emailAfter: nextAllowed(now, quiet) },
        });
        continue;
      }
      const actor = {
        id: person.id,
        role: person.role as Role,
        name: person.name,
        handle: person.handle,
        title: person.title,
      };
      // Still unread (or written read because in-app is off), still visible to them, still wanted by e-mail.
      const visible = await tx.$queryRaw<{ id: string }[]>`
        select n.id from "Notification" n
        left join "Post" p on p.id = n."postId"
        left join "Comment" c on c.id = n."commentId"
        where n.id = any(${ids}) and (n."readAt" is null or n."readAt" = n."createdAt") and ${visibleSubject(actor)}`;
      const rows = await tx.notification.findMany({
        where: { id: { in: visible.map((row) => row.id) } },
        orderBy: { createdAt: "asc" },
        select: {
          id: true,
          type: true,
          postId: true,
          commentId: true,
          questionId: true,
          actionItemId: true,
          actor: { select: { name: true } },
          post: { select: { body: true } },
          comment: { select: { body: true } },
          question: { select: { title: true } },
          actionItem: { select: { title: true } },
          liveShow: { select: { title: true, slug: true } },
          community: { select: { name: true, slug: true } },
        },
      });
      const wanted = rows.filter((row) => wantsEmail(prefs, row.type));
      if (wanted.length === 0) continue;
      const items: MailItem[] = wanted.map((row) => ({
        title: lineOf(row.type, row.actor?.name ?? MAIL_STRINGS.immediate.someone),
        meta: plainTextExcerpt(
          row.comment?.body ??
            row.post?.body ??
            row.question?.title ??
            row.actionItem?.title ??
            row.liveShow?.title ??
            row.community?.name ??
            "",
          140,
        ),
        href: appUrl(
          row.actionItemId
            ? `/actions/${row.actionItemId}`
            : row.questionId
              ? `/ask/${row.questionId}`
              : row.postId
                ? `/posts/${row.postId}${row.commentId ? `#comment-${row.commentId}` : ""}`
                : row.liveShow
                  ? `/events/${row.liveShow.slug}`
                  : row.community
                    ? `/communities/${row.community.slug}`
                    : "/notifications",
        ),
      }));
      const token = unsubscribeToken(person.id, "email");
      const mail = renderMail({
        greeting: MAIL_STRINGS.digest.greeting(person.name.split(" ")[0] ?? person.name),
        intro: MAIL_STRINGS.immediate.intro,
        sections: [{ heading: MAIL_STRINGS.brand, items }],
        preferencesUrl: appUrl("/settings#notifications"),
        unsubscribe: { label: MAIL_STRINGS.unsubscribeEmail, url: appUrl(`/unsubscribe?token=${token}`) },
      });
      await tx.outboxMail.createMany({
        data: [
          {
            key: `notifications:${person.id}:${wanted[0]!.id}`,
            recipientId: person.id,
            toAddress: person.email,
            kind: "notifications",
            subject: MAIL_STRINGS.immediate.subject(wanted.length, items[0]!.title),
            html: mail.html,
            text: mail.text,
            unsubscribeUrl: appUrl(`/api/unsubscribe?token=${token}`),
            nextAttemptAt: now,
            createdAt: now,
          },
        ],
        skipDuplicates: true,
      });
      mails += 1;
      notifications += wanted.length;
    }
    return { mails, notifications };
  });
}

function lineOf(type: NotificationType, actor: string): string {
  const lines = MAIL_STRINGS.immediate.lines;
  if (type in lines) return lines[type as keyof typeof lines](actor);
  if (type.startsWith("LIVE_SHOW")) return lines.LIVE_SHOW();
  return lines.COMMUNITY();
}
