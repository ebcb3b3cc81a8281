import "server-only";
import { createTransport, type Transporter } from "nodemailer";
import { env } from "@/lib/env";
import { defineJob } from "@/lib/jobs/jobs";
import { queueDigests } from "@/lib/mail/queue-digests";
import { queueImmediateMail } from "@/lib/mail/queue-immediate-mail";
import { sendPendingMail } from "@/lib/mail/send-pending-mail";

// The mail jobs, once across the cluster (lib/jobs): batched notification mails and sending every minute, digests
// every 15 minutes (each person's own period and quiet hours decide when theirs goes). Sending is idempotent per
// outbox row (a unique key, claimed with a lease), so a retried run never mails twice.

let transport: Transporter | null | undefined;
function mailTransport(): Transporter | null {
  const { SMTP_URL } = env();
  transport ??= SMTP_URL ? createTransport(SMTP_URL) : null;
  return transport;
}

export const notificationMailJob = defineJob(
  "mail.notifications",
  async (_, { db }) => {
    await queueImmediateMail(db);
    return sendPendingMail(db, { transport: mailTransport(), from: env().MAIL_FROM });
  },
  { everySeconds: 60 },
);

export const digestJob = defineJob(
  "mail.digests",
  async (_, { db }) => {
    await queueDigests(db);
    return sendPendingMail(db, { transport: mailTransport(), from: env().MAIL_FROM });
  },
  { everySeconds: 15 * 60 },
);
