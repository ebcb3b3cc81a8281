import { renderMarkdown } from "@/lib/content/render-markdown";
import type { Tx } from "@/lib/db/client";
import { appUrl } from "@/lib/mail/app-url";
import { buildDigestSections } from "@/lib/mail/build-digest";
import { MAIL_STRINGS } from "@/lib/mail/mail-strings";
import { renderMail } from "@/lib/mail/render-mail";
import { unsubscribeToken } from "@/lib/mail/unsubscribe-token";
import { createNotifications } from "@/lib/notifications/notify";
import { createNudges } from "@/lib/nudges/create-nudges";
import { findNudgeCandidates } from "@/lib/nudges/find-nudge-candidates";

// Demo calm notifications: everyone has worked here for a while except Zoë, who joined three days ago; the nudges
// the real rules find on that data (thank-yous for reports not recognised in 90 days, a welcome for Zoë, waiting
// questions); a must-read announcement from Maria with some confirmations; and a few e-mails kept in the outbox
// (no SMTP in the demo), as /admin/outbox shows them.

const DAY = 86_400_000;
const NEWCOMER = "zoe";
const CONFIRMED = [
  "lotte",
  "sophie",
  "daan",
  "noor",
  "jan",
  "thomas",
  "sanne",
  "ravi",
  "emma",
  "bram",
  "felix",
  "kees",
];
const DIGEST_READERS = ["sophie", "daan", "mats"];

export async function seedCalmNotifications(tx: Tx, ids: Map<string, string>) {
  const now = new Date();
  const id = (key: string) => ids.get(key)!;
  const people = [...ids.values()];
  await tx.user.updateMany({
    where: { id: { in: people } },
    data: { createdAt: new Date(now.getTime() - 2 * 365 * DAY) },
  });
  await tx.user.update({ where: { id: id(NEWCOMER) }, data: { createdAt: new Date(now.getTime() - 3 * DAY) } });

  await createNudges(tx, await findNudgeCandidates(tx, now), { now });

  const body =
    "**New travel and expense policy from 1 January**\n\nWe simplified it: one page, one approval step, and per-diems that match each country. Please read it before your next trip, and confirm below so we know it reached everyone.";
  const announcement = await tx.post.create({
    data: {
      authorId: id("maria"),
      kind: "ANNOUNCEMENT",
      mustRead: true,
      body,
      bodyHtml: renderMarkdown(body),
      pinnedUntil: new Date(now.getTime() + 10 * DAY),
      createdAt: new Date(now.getTime() - 26 * 3_600_000),
    },
    select: { id: true },
  });
  await tx.readConfirmation.createMany({
    data: CONFIRMED.map((key, index) => ({
      postId: announcement.id,
      userId: id(key),
      createdAt: new Date(now.getTime() - (25 - index) * 3_600_000),
    })),
  });
  await createNotifications(
    tx,
    people.map((recipientId) => ({
      recipientId,
      type: "ANNOUNCEMENT" as const,
      actorId: id("maria"),
      postId: announcement.id,
      groupKey: `announcement:${announcement.id}`,
    })),
    new Date(now.getTime() - 26 * 3_600_000),
  );

  // What the outbox would have sent this week: activity summaries, kept because the demo has no SMTP server.
  const readers = await tx.user.findMany({
    where: { id: { in: DIGEST_READERS.map(id) } },
    select: {
      id: true,
      email: true,
      name: true,
      handle: true,
      role: true,
      title: true,
      departmentId: true,
      timeZone: true,
      locale: true,
    },
  });
  for (const reader of readers) {
    const sections = await buildDigestSections(tx, reader, new Date(now.getTime() - 7 * DAY), now);
    if (sections.length === 0) continue;
    const token = unsubscribeToken(reader.id, "digest");
    const mail = renderMail({
      greeting: MAIL_STRINGS.digest.greeting(reader.name.split(" ")[0] ?? reader.name),
      intro: MAIL_STRINGS.digest.intro("week"),
      sections,
      preferencesUrl: appUrl("/settings#notifications"),
      unsubscribe: { label: MAIL_STRINGS.unsubscribeDigest, url: appUrl(`/unsubscribe?token=${token}`) },
    });
    await tx.outboxMail.create({
      data: {
        key: `digest:${reader.id}:seed`,
        recipientId: reader.id,
        toAddress: reader.email,
        kind: "digest",
        subject: MAIL_STRINGS.digest.subject("week"),
        html: mail.html,
        text: mail.text,
        unsubscribeUrl: appUrl(`/api/unsubscribe?token=${token}`),
        status: "KEPT",
        createdAt: new Date(now.getTime() - DAY),
      },
    });
  }
}
