import "server-only";
import { z } from "zod";
import { can, type Actor } from "@/lib/auth/permissions";
import { Prisma } from "@/lib/generated/prisma/client";
import { ZPersonRef } from "@/lib/people/person-ref";
import { flag, iso } from "@/lib/posts/sql-json";

// Leaders' appreciations of a post or comment, as shown under it. One shape, built by Prisma (appreciationSelect +
// toAppreciationFields: comment threads) or by SQL (appreciationsJoin + appreciationFieldsJson: post views);
// appreciation-view.test.ts holds the two equal for the same rows.

export const ZAppreciation = z.strictObject({
  id: z.string(),
  message: z.string(),
  createdAt: z.string(),
  leader: ZPersonRef.omit({ avatarUrl: true }),
});
export type AppreciationView = z.infer<typeof ZAppreciation>;

export const ZAppreciationFields = z.object({
  appreciations: z.array(ZAppreciation),
  appreciatedByMe: z.boolean(),
  canAppreciate: z.boolean(),
});
export type AppreciationFields = z.infer<typeof ZAppreciationFields>;

/** The appreciations of a post or comment, for a Prisma select of its `appreciations` relation. */
export const appreciationSelect = {
  orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  select: {
    id: true,
    message: true,
    createdAt: true,
    leader: { select: { id: true, handle: true, name: true, title: true } },
  },
} as const satisfies Prisma.Comment$appreciationsArgs;

type AppreciationRow = Prisma.AppreciationGetPayload<{ select: typeof appreciationSelect.select }>;

export function toAppreciationFields(actor: Actor, rows: AppreciationRow[]): AppreciationFields {
  return {
    appreciations: rows.map((row) => ({ ...row, createdAt: row.createdAt.toISOString() })),
    appreciatedByMe: rows.some((row) => row.leader.id === actor.id),
    canAppreciate: can(actor, "appreciation.give"),
  };
}

/** The join appreciationFieldsJson reads from, after "Post" aliased `p`: one look per post for the list and "mine". */
export function appreciationsJoin(actor: Actor): Prisma.Sql {
  return Prisma.sql`
    left join lateral (select json_agg(json_build_object('id', ap.id, 'message', ap.message, 'createdAt', ${iso(Prisma.sql`ap."createdAt"`)},
                                                         'leader', json_build_object('id', lu.id, 'handle', lu.handle, 'name', lu.name, 'title', lu.title))
                                       order by ap."createdAt", ap.id) as list,
                              bool_or(ap."leaderId" = ${actor.id}) as mine
                       from "Appreciation" ap join "User" lu on lu.id = ap."leaderId" where ap."postId" = p.id) apx on true`;
}

/** toAppreciationFields in SQL, as `'key', value` pairs for a post view's json_build_object (with appreciationsJoin). */
export function appreciationFieldsJson(actor: Actor): Prisma.Sql {
  return Prisma.sql`'appreciations', coalesce(apx.list, '[]'), 'appreciatedByMe', coalesce(apx.mine, false),
    'canAppreciate', ${flag(can(actor, "appreciation.give"))}`;
}
