import { Prisma } from "@/lib/generated/prisma/client";

/**
 * What counts as being recognised, in one place for /insights and the "say thanks?" nudge: credited in a shown
 * moment of pride, thanked by a leader (an appreciation on a post, comment or live comment), or winning a challenge.
 * Rows (uid, at): who was recognised and when.
 */
export const recognitionSql = Prisma.sql`
    select t."userId" as uid, p."createdAt" as at from "PrideTag" t join "Post" p on p.id = t."postId"
      where p.kind = 'PRIDE' and p."deletedAt" is null and p."removedAt" is null and p."hiddenAt" is null
    union all
    select coalesce(p."authorId", c."authorId", l."authorId"), ap."createdAt" from "Appreciation" ap
      left join "Post" p on p.id = ap."postId"
      left join "Comment" c on c.id = ap."commentId"
      left join "LiveComment" l on l.id = ap."liveCommentId"
    union all
    select e."authorId", ch."closedAt" from "ChallengeEntry" e join "Challenge" ch on ch.id = e."challengeId"
      where e.rank = 1 and e."voteCount" > 0 and ch."closedAt" is not null`;
