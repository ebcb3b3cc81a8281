import "server-only";
// Runs in server.ts's process (loaded after its server-only hook); the database client is passed in.
import { createTransport } from "nodemailer";
import type { Db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { runPeriodically } from "@/lib/jobs/run-periodically";
import { queueDigests } from "@/lib/mail/queue-digests";
import { queueImmediateMail } from "@/lib/mail/queue-immediate-mail";
import { sendPendingMail } from "@/lib/mail/send-pending-mail";

/**
 * The mail jobs on the periodic runner: batched notification mails and sending every minute, digests every
 * 15 minutes (each person's own period and quiet hours decide when theirs goes). Plain functions underneath,
 * so a job system can call the same ones. Returns a function that stops them.
 */
export function startMailJobs(db: Db): () => void {
  const config = env();
  const transport = config.SMTP_URL ? createTransport(config.SMTP_URL) : null;
  const stops = [
    runPeriodically("notification e-mails", { everyMs: 60_000, firstAfterMs: 20_000 }, async () => {
      await queueImmediateMail(db);
      await sendPendingMail(db, { transport, from: config.MAIL_FROM });
    }),
    runPeriodically("activity digests", { everyMs: 15 * 60_000, firstAfterMs: 60_000 }, async () => {
      await queueDigests(db);
      await sendPendingMail(db, { transport, from: config.MAIL_FROM });
    }),
  ];
  return () => {
    for (const stop of stops) stop();
    transport?.close();
  };
}
