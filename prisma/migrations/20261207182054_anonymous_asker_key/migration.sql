-- Who asked a question becomes a keyed hash (lib/privacy/asker-key.ts). The secret is not in the database, so this
-- migration cannot compute the hashes: it parks the plain ids in a holding table that start-up (lib/db/prepare.ts,
-- finishAskerKeys) turns into keys and then drops. An empty database never gets the holding table.
DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM "Question") THEN
    CREATE TABLE "_hearth_pending_asker" AS SELECT "id" AS "questionId", "askerId" FROM "Question";
  END IF;
END $$;

-- The asker of an anonymous question no longer follows it by a row that names them: they hear of answers through
-- the key. Their notifications about it keep no question id (the row would name them as its asker).
DELETE FROM "QuestionFollow" f USING "Question" q
WHERE f."questionId" = q."id" AND q."isAnonymous" AND f."userId" = q."askerId";

UPDATE "Notification" n
SET "questionId" = NULL, "groupKey" = lower(replace(n."type"::text, '_', '-')) || ':anonymous:' || n."id"
FROM "Question" q
WHERE n."questionId" = q."id" AND q."isAnonymous" AND n."recipientId" = q."askerId"
  AND n."type" IN ('QUESTION_ANSWERED', 'QUESTION_HIDDEN');

-- DropForeignKey
ALTER TABLE "Question" DROP CONSTRAINT "Question_askerId_fkey";

-- DropIndex
DROP INDEX "Question_askerId_idx";

-- AlterTable: a placeholder that matches nobody until start-up writes the real key.
ALTER TABLE "Question" ADD COLUMN "askerKey" TEXT;
UPDATE "Question" SET "askerKey" = 'pending:' || "id";
ALTER TABLE "Question" ALTER COLUMN "askerKey" SET NOT NULL;
ALTER TABLE "Question" DROP COLUMN "askerId";

-- CreateIndex
CREATE INDEX "Question_askerKey_idx" ON "Question"("askerKey");
