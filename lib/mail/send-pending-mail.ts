import "server-only";
// Runs in server.ts's process (loaded after its server-only hook); the database client is passed in.
import { createHash } from "node:crypto";
import type { Transporter } from "nodemailer";
import type { Db } from "@/lib/db/client";
import type { OutboxMail } from "@/lib/generated/prisma/client";

export const SEND_BATCH = 50;
export const MAX_ATTEMPTS = 6;
/** How long a claimed mail is someone's to send; a process that died holding it gives it back after this. */
export const SEND_LEASE_MS = 10 * 60_000;

/** 1, 4, 16, 64 … minutes between attempts. */
export function retryDelayMs(attempts: number): number {
  return 60_000 * 4 ** Math.max(0, attempts - 1);
}

/**
 * Sends what the outbox holds. Each mail is claimed (SENDING, with a lease) in a committed update before it is
 * handed to SMTP, and marked SENT after: a second server or a restart never picks up a mail that was sent, and
 * a failure is retried with backoff until MAX_ATTEMPTS, then FAILED with its last error. Only a process that
 * dies between handing a mail over and marking it can repeat it, after the lease, with the same Message-ID
 * (derived from the mail's unique key) so that receiving servers see one message. Without a transport (no
 * SMTP_URL) mails are KEPT: admins read them at /admin/outbox.
 */
export async function sendPendingMail(
  db: Db,
  { transport, from, now = new Date() }: { transport: Transporter | null; from: string; now?: Date },
): Promise<{ sent: number; failed: number; kept: number }> {
  if (!transport) {
    const { count } = await db.outboxMail.updateMany({
      where: { status: "PENDING", nextAttemptAt: { lte: now } },
      data: { status: "KEPT" },
    });
    return { sent: 0, failed: 0, kept: count };
  }
  const leaseUntil = new Date(now.getTime() + SEND_LEASE_MS);
  const claimed = await db.$queryRaw<OutboxMail[]>`
    update "OutboxMail" set status = 'SENDING', attempts = attempts + 1, "nextAttemptAt" = ${leaseUntil}
    where id in (
      select id from "OutboxMail"
      where status in ('PENDING', 'SENDING') and "nextAttemptAt" <= ${now}
      order by "nextAttemptAt", id
      limit ${SEND_BATCH}
      for update skip locked
    )
    returning *`;
  let sent = 0;
  let failed = 0;
  const domain = /@([^>\s]+)/.exec(from)?.[1] ?? "hearth.localhost";
  for (const mail of claimed) {
    try {
      await transport.sendMail({
        from,
        to: mail.toAddress,
        subject: mail.subject,
        html: mail.html,
        text: mail.text,
        messageId: `<${createHash("sha256").update(mail.key).digest("hex").slice(0, 32)}@${domain}>`,
        headers: mail.unsubscribeUrl
          ? { "List-Unsubscribe": `<${mail.unsubscribeUrl}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" }
          : {},
      });
      await db.outboxMail.update({
        where: { id: mail.id },
        data: { status: "SENT", sentAt: new Date(), lastError: "" },
      });
      sent += 1;
    } catch (error) {
      const giveUp = mail.attempts >= MAX_ATTEMPTS;
      await db.outboxMail.update({
        where: { id: mail.id },
        data: {
          status: giveUp ? "FAILED" : "PENDING",
          nextAttemptAt: new Date(now.getTime() + retryDelayMs(mail.attempts)),
          lastError: error instanceof Error ? error.message.slice(0, 500) : String(error).slice(0, 500),
        },
      });
      failed += 1;
    }
  }
  return { sent, failed, kept: 0 };
}
