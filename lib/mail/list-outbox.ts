import "server-only";
import { z } from "zod";
import { defineUseCase } from "@/lib/auth/use-case";
import { db } from "@/lib/db";
import type { MailStatus } from "@/lib/generated/prisma/client";

export const OUTBOX_PAGE = 50;

export type OutboxRow = {
  id: string;
  toAddress: string;
  kind: string;
  subject: string;
  status: MailStatus;
  attempts: number;
  lastError: string;
  createdAt: string;
};
export type OutboxMailView = OutboxRow & { html: string; text: string; unsubscribeUrl: string | null };

/** Admins read what Hearth sent or keeps (no SMTP): the newest mails, and one opened in full. */
export const listOutbox = defineUseCase({
  input: z.object({
    mailId: z.string().max(40).optional(),
    page: z.coerce.number().int().min(1).max(1000).default(1),
  }),
  permission: "mail.outbox",
  run: async ({ input }): Promise<{ mails: OutboxRow[]; open: OutboxMailView | null; hasMore: boolean }> => {
    const select = {
      id: true,
      toAddress: true,
      kind: true,
      subject: true,
      status: true,
      attempts: true,
      lastError: true,
      createdAt: true,
    } as const;
    const [rows, open] = await Promise.all([
      db.outboxMail.findMany({
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        skip: (input.page - 1) * OUTBOX_PAGE,
        take: OUTBOX_PAGE + 1,
        select,
      }),
      input.mailId
        ? db.outboxMail.findUnique({
            where: { id: input.mailId },
            select: { ...select, html: true, text: true, unsubscribeUrl: true },
          })
        : null,
    ]);
    const view = <T extends { createdAt: Date }>(row: T) => ({ ...row, createdAt: row.createdAt.toISOString() });
    return {
      mails: rows.slice(0, OUTBOX_PAGE).map(view),
      open: open && view(open),
      hasMore: rows.length > OUTBOX_PAGE,
    };
  },
});
