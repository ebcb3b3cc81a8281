import "server-only";
import { z } from "zod";
import { defineUseCase } from "@/lib/auth/use-case";
import { db } from "@/lib/db";
import { loadPostViews, type PostView } from "@/lib/posts/post-view";
import { visiblePostSql } from "@/lib/posts/visibility";
import { ZId } from "@/lib/id";

const RECENT = 3;

export type PersonPride = { receivedCount: number; givenCount: number; received: PostView[]; given: PostView[] };

/** A profile's pride: moments that credit the person and moments they shared, counted and the latest few. */
export const findPersonPride = defineUseCase({
  input: z.object({ userId: ZId }),
  permission: "pride.read",
  run: async ({ actor, input }): Promise<PersonPride> => {
    const rows = await db.$queryRaw<{ id: string; received: boolean }[]>`
      (select p.id, true as received from "Post" p join "PrideTag" t on t."postId" = p.id and t."userId" = ${input.userId}
       where p.kind = 'PRIDE' and ${visiblePostSql(actor)} order by p."createdAt" desc, p.id desc limit ${RECENT})
      union all
      (select p.id, false from "Post" p where p.kind = 'PRIDE' and p."authorId" = ${input.userId} and ${visiblePostSql(actor)}
       order by p."createdAt" desc, p.id desc limit ${RECENT})`;
    const [counts] = await db.$queryRaw<{ receivedCount: number; givenCount: number }[]>`
      select (select count(*)::int from "Post" p join "PrideTag" t on t."postId" = p.id and t."userId" = ${input.userId}
              where p.kind = 'PRIDE' and ${visiblePostSql(actor)}) as "receivedCount",
             (select count(*)::int from "Post" p where p.kind = 'PRIDE' and p."authorId" = ${input.userId} and ${visiblePostSql(actor)}) as "givenCount"`;
    const views = new Map(
      (await loadPostViews(actor, [...new Set(rows.map((row) => row.id))])).map((view) => [view.id, view]),
    );
    const pick = (received: boolean) =>
      rows.filter((row) => row.received === received).flatMap((row) => views.get(row.id) ?? []);
    return {
      receivedCount: counts?.receivedCount ?? 0,
      givenCount: counts?.givenCount ?? 0,
      received: pick(true),
      given: pick(false),
    };
  },
});
