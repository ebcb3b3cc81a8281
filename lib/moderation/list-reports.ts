import "server-only";
import { z } from "zod";
import { can } from "@/lib/auth/permissions";
import { defineUseCase } from "@/lib/auth/use-case";
import { plainTextExcerpt } from "@/lib/content/extract";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma, ReportStatus, ReportTarget } from "@/lib/generated/prisma/client";
import { REPORT_REASONS, type ReportReason } from "@/lib/moderation/moderation-input";
import { reportScopeWhere } from "@/lib/moderation/moderation-scope";
import { newestFirstAfter, toPage, ZCursor, type Page } from "@/lib/pagination";

export type ReportView = {
  id: string;
  target: ReportTarget;
  reason: string;
  details: string;
  status: ReportStatus;
  resolution: string;
  createdAt: string;
  reporter: { name: string; handle: string };
  community: { slug: string; name: string } | null;
  subject: {
    href: string;
    excerpt: string;
    person: { name: string; handle: string };
    state: "shown" | "hidden" | "removed" | "deleted";
  };
};

const person = { select: { name: true, handle: true } } as const;
const contentState = { deletedAt: true, removedAt: true, hiddenAt: true } as const;

const reportSelect = {
  id: true,
  target: true,
  reason: true,
  details: true,
  status: true,
  resolution: true,
  createdAt: true,
  reporter: person,
  community: { select: { slug: true, name: true } },
  post: { select: { id: true, body: true, author: person, ...contentState } },
  comment: { select: { id: true, postId: true, body: true, author: person, ...contentState } },
  member: { select: { name: true, handle: true, title: true } },
} satisfies Prisma.ReportSelect;

type Row = Prisma.ReportGetPayload<{ select: typeof reportSelect }>;

const stateOf = (row: {
  deletedAt: Date | null;
  removedAt: Date | null;
  hiddenAt: Date | null;
}): ReportView["subject"]["state"] =>
  row.deletedAt ? "deleted" : row.removedAt ? "removed" : row.hiddenAt ? "hidden" : "shown";

function toView(row: Row): ReportView {
  const subject: ReportView["subject"] = row.post
    ? {
        href: `/posts/${row.post.id}`,
        excerpt: plainTextExcerpt(row.post.body, 280),
        person: row.post.author,
        state: stateOf(row.post),
      }
    : row.comment
      ? {
          href: `/posts/${row.comment.postId}#comment-${row.comment.id}`,
          excerpt: plainTextExcerpt(row.comment.body, 280),
          person: row.comment.author,
          state: stateOf(row.comment),
        }
      : { href: `/people/${row.member!.handle}`, excerpt: row.member!.title, person: row.member!, state: "shown" };
  return {
    id: row.id,
    target: row.target,
    reason: REPORT_REASONS[row.reason as ReportReason] ?? row.reason,
    details: row.details,
    status: row.status,
    resolution: row.resolution,
    createdAt: row.createdAt.toISOString(),
    reporter: row.reporter,
    community: row.community,
    subject,
  };
}

export const ZListReportsInput = z.object({
  scope: z.enum(["communities", "all"]).default("communities"),
  status: z.enum(["OPEN", "CLOSED"]).default("OPEN"),
  cursor: ZCursor,
  limit: z.coerce.number().int().min(1).max(50).default(25),
});

/**
 * A moderation queue, newest first. "communities": the reports filed in the communities the actor owns or
 * moderates (admins: every community). "all": admins only, company-wide reports included.
 */
export const listReports = defineUseCase({
  input: ZListReportsInput,
  permission: "reports.create",
  run: async ({ actor, input }): Promise<Page<ReportView> & { openCount: number }> => {
    if (input.scope === "all" && !can(actor, "moderation.queueAll"))
      throw new AppError("FORBIDDEN", "Only admins see every report.");
    const scope = reportScopeWhere(actor, input.scope);
    const status = input.status === "OPEN" ? { status: "OPEN" as const } : { status: { not: "OPEN" as const } };
    const [rows, openCount] = await Promise.all([
      db.report.findMany({
        where: { AND: [scope, status, newestFirstAfter(input.cursor)] },
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        take: input.limit + 1,
        select: reportSelect,
      }),
      db.report.count({ where: { AND: [scope, { status: "OPEN" }] } }),
    ]);
    const page = toPage(rows, input.limit, (row) => [row.createdAt.toISOString(), row.id]);
    return { items: page.items.map(toView), nextCursor: page.nextCursor, openCount };
  },
});

/** The live badge: open reports in the actor's queue (0 for people who moderate nothing). */
export const countOpenReports = defineUseCase({
  input: z.object({ scope: z.enum(["communities", "all"]).default("communities") }),
  permission: "reports.create",
  run: async ({ actor, input }) => {
    const scope = input.scope === "all" && !can(actor, "moderation.queueAll") ? "communities" : input.scope;
    return { count: await db.report.count({ where: { AND: [reportScopeWhere(actor, scope), { status: "OPEN" }] } }) };
  },
});
