import { Prisma, type ReactionKind } from "@/lib/generated/prisma/client";

// Each post stores how many reactions of each kind it has, beside reactionCount, so that showing a post costs the
// same whether three people reacted or three thousand. The counts move with the rows, in the same transaction
// (lib/reactions/set-reaction.ts); seeds and generated data recount with RECOUNT_REACTIONS_SQL.

/** The reactions people can give, in the order they are shown (the enum's). */
export const REACTION_KINDS = [
  "LIKE",
  "CELEBRATE",
  "LOVE",
  "INSIGHTFUL",
  "FUNNY",
] as const satisfies readonly ReactionKind[];

/** Each kind's count column on "Post". */
export const REACTION_COUNT_FIELDS = {
  LIKE: "likeCount",
  CELEBRATE: "celebrateCount",
  LOVE: "loveCount",
  INSIGHTFUL: "insightfulCount",
  FUNNY: "funnyCount",
} as const satisfies Record<ReactionKind, string>;

const KINDS = REACTION_KINDS.map((kind) => [kind, REACTION_COUNT_FIELDS[kind]] as const);

/** A post's reactions as shown, `[{ kind, count }]` for the kinds it has, from "Post" aliased `p`. */
export const reactionSummarySql = Prisma.raw(
  `case when p."reactionCount" = 0 then '[]'::json else coalesce((select json_agg(json_build_object('kind', k.kind, 'count', k.n) order by k.o) from (values ${KINDS.map(
    ([kind, column], i) => `(${i}, '${kind}', p."${column}")`,
  ).join(", ")}) k(o, kind, n) where k.n > 0), '[]') end`,
);

/** Sets every post's reaction counts from its rows (after a bulk load; the migration that added them did the same). */
export const RECOUNT_REACTIONS_SQL = `
  update "Post" p set "reactionCount" = c.total, ${KINDS.map(([, column]) => `"${column}" = c."${column}"`).join(", ")}
  from (select "postId", count(*)::int as total, ${KINDS.map(([kind, column]) => `(count(*) filter (where kind = '${kind}'))::int as "${column}"`).join(", ")}
        from "Reaction" group by "postId") c
  where c."postId" = p.id`;
