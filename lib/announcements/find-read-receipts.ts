import "server-only";
import { z } from "zod";
import { can } from "@/lib/auth/permissions";
import { defineUseCase } from "@/lib/auth/use-case";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { ZId } from "@/lib/id";
import { personRefSelect, type PersonRef } from "@/lib/people/person-ref";
import { visiblePostWhere } from "@/lib/posts/visibility";

/** No figure for a group smaller than this (the same rule as /insights). */
export const MIN_GROUP = 5;

export type DepartmentReceipt = { department: string; people: number; confirmed: number | null };
export type ReadReceipts = {
  audience: number;
  confirmed: number;
  confirmers: PersonRef[];
  byDepartment: DepartmentReceipt[];
};
export type MustReadState = { mustRead: boolean; confirmedAt: string | null; receipts: ReadReceipts | null };

/**
 * Where a reader stands with a must-read announcement, and for its author (or an admin) who confirmed: the
 * confirmers by name, and per department how many of its people have; departments under 5 people are pooled,
 * and a pool still under 5 shows no figure.
 */
export const findMustRead = defineUseCase({
  input: z.object({ postId: ZId }),
  permission: "posts.read",
  run: async ({ actor, input }): Promise<MustReadState> => {
    const post = await db.post.findFirst({
      where: { id: input.postId, ...visiblePostWhere(actor) },
      select: { id: true, kind: true, mustRead: true, authorId: true },
    });
    if (!post) throw new AppError("NOT_FOUND", "That post does not exist.");
    if (post.kind !== "ANNOUNCEMENT" || !post.mustRead) return { mustRead: false, confirmedAt: null, receipts: null };
    const mine = await db.readConfirmation.findUnique({
      where: { postId_userId: { postId: post.id, userId: actor.id } },
      select: { createdAt: true },
    });
    const mayReadReceipts = post.authorId === actor.id || can(actor, "announcements.receiptsAny");
    return {
      mustRead: true,
      confirmedAt: mine?.createdAt.toISOString() ?? null,
      receipts: mayReadReceipts ? await receiptsOf(post.id, post.authorId) : null,
    };
  },
});

async function receiptsOf(postId: string, authorId: string): Promise<ReadReceipts> {
  const [rows, confirmers] = await Promise.all([
    db.$queryRaw<{ department: string | null; people: number; confirmed: number }[]>`
      select d.name as department, count(*)::int as people, count(rc."userId")::int as confirmed
      from "User" u
      left join "Department" d on d.id = u."departmentId"
      left join "ReadConfirmation" rc on rc."postId" = ${postId} and rc."userId" = u.id
      where u."deactivatedAt" is null and u.id <> ${authorId}
      group by d.name
      order by count(*) desc, d.name`,
    db.readConfirmation.findMany({
      where: { postId },
      orderBy: { createdAt: "desc" },
      take: 200,
      select: { user: { select: personRefSelect } },
    }),
  ]);
  const big = rows.filter((row) => row.department && row.people >= MIN_GROUP);
  const small = rows.filter((row) => !row.department || row.people < MIN_GROUP);
  const pooled = small.reduce(
    (sum, row) => ({ people: sum.people + row.people, confirmed: sum.confirmed + row.confirmed }),
    {
      people: 0,
      confirmed: 0,
    },
  );
  const byDepartment: DepartmentReceipt[] = big.map((row) => ({
    department: row.department!,
    people: row.people,
    confirmed: row.confirmed,
  }));
  if (pooled.people > 0)
    byDepartment.push({
      department: big.length > 0 ? "Smaller departments and no department" : "Everyone",
      people: pooled.people,
      confirmed: pooled.people >= MIN_GROUP ? pooled.confirmed : null,
    });
  return {
    audience: rows.reduce((sum, row) => sum + row.people, 0),
    confirmed: rows.reduce((sum, row) => sum + row.confirmed, 0),
    confirmers: confirmers.map((row) => row.user),
    byDepartment,
  };
}
