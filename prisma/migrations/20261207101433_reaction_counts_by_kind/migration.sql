-- AlterTable
ALTER TABLE "Post" ADD COLUMN     "celebrateCount" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "funnyCount" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "insightfulCount" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "likeCount" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "loveCount" INTEGER NOT NULL DEFAULT 0;

-- Backfill: each stored count equals COUNT(*) of its rows (lib/reactions/reaction-counts.ts keeps the same statement).
UPDATE "Post" p SET
  "reactionCount" = c.total, "likeCount" = c.likes, "celebrateCount" = c.celebrates, "loveCount" = c.loves,
  "insightfulCount" = c.insightfuls, "funnyCount" = c.funnies
FROM (SELECT "postId", count(*)::int AS total,
             (count(*) FILTER (WHERE kind = 'LIKE'))::int AS likes,
             (count(*) FILTER (WHERE kind = 'CELEBRATE'))::int AS celebrates,
             (count(*) FILTER (WHERE kind = 'LOVE'))::int AS loves,
             (count(*) FILTER (WHERE kind = 'INSIGHTFUL'))::int AS insightfuls,
             (count(*) FILTER (WHERE kind = 'FUNNY'))::int AS funnies
      FROM "Reaction" GROUP BY "postId") c
WHERE c."postId" = p.id;
