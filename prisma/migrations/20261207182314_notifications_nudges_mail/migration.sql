-- CreateEnum
CREATE TYPE "NotificationCategory" AS ENUM ('MENTIONS', 'REPLIES', 'REACTIONS', 'PRIDE', 'ANSWERS', 'ACTION_ITEMS', 'COMMUNITY', 'LIVE_SHOWS');

-- CreateEnum
CREATE TYPE "DigestFrequency" AS ENUM ('DAILY', 'WEEKLY', 'MONTHLY', 'NEVER');

-- CreateEnum
CREATE TYPE "NudgeKind" AS ENUM ('THANK_REPORT', 'WELCOME_REPORT', 'QUESTIONS_WAITING', 'COMMUNITY_COLD');

-- CreateEnum
CREATE TYPE "MailStatus" AS ENUM ('PENDING', 'SENDING', 'SENT', 'KEPT', 'FAILED');

-- AlterEnum
ALTER TYPE "NotificationType" ADD VALUE 'NUDGE';

-- AlterTable
ALTER TABLE "Notification" ADD COLUMN     "emailAfter" TIMESTAMPTZ(3),
ADD COLUMN     "emailedAt" TIMESTAMPTZ(3),
ADD COLUMN     "nudgeId" TEXT;

-- AlterTable
ALTER TABLE "Post" ADD COLUMN     "mustRead" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "NotificationSettings" (
    "userId" TEXT NOT NULL,
    "inApp" "NotificationCategory"[],
    "email" "NotificationCategory"[],
    "digest" "DigestFrequency" NOT NULL DEFAULT 'WEEKLY',
    "quietStart" INTEGER NOT NULL DEFAULT 0,
    "quietEnd" INTEGER NOT NULL DEFAULT 0,
    "lastDigestAt" TIMESTAMPTZ(3),
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "NotificationSettings_pkey" PRIMARY KEY ("userId")
);

-- CreateTable
CREATE TABLE "Mute" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "communityId" TEXT,
    "postId" TEXT,
    "questionId" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Mute_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Nudge" (
    "id" TEXT NOT NULL,
    "recipientId" TEXT NOT NULL,
    "kind" "NudgeKind" NOT NULL,
    "subjectKey" TEXT NOT NULL,
    "subjectUserId" TEXT,
    "text" TEXT NOT NULL,
    "actionLabel" TEXT NOT NULL,
    "href" TEXT NOT NULL,
    "week" DATE NOT NULL,
    "snoozedUntil" TIMESTAMPTZ(3),
    "doneAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Nudge_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NudgeStop" (
    "recipientId" TEXT NOT NULL,
    "kind" "NudgeKind" NOT NULL,
    "subjectKey" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "NudgeStop_pkey" PRIMARY KEY ("recipientId","kind","subjectKey")
);

-- CreateTable
CREATE TABLE "ReadConfirmation" (
    "postId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReadConfirmation_pkey" PRIMARY KEY ("postId","userId")
);

-- CreateTable
CREATE TABLE "OutboxMail" (
    "id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "recipientId" TEXT,
    "toAddress" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "html" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "unsubscribeUrl" TEXT,
    "status" "MailStatus" NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastError" TEXT NOT NULL DEFAULT '',
    "sentAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OutboxMail_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Mute_userId_communityId_key" ON "Mute"("userId", "communityId");

-- CreateIndex
CREATE UNIQUE INDEX "Mute_userId_postId_key" ON "Mute"("userId", "postId");

-- CreateIndex
CREATE UNIQUE INDEX "Mute_userId_questionId_key" ON "Mute"("userId", "questionId");

-- CreateIndex
CREATE INDEX "Nudge_recipientId_createdAt_idx" ON "Nudge"("recipientId", "createdAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Nudge_recipientId_kind_subjectKey_week_key" ON "Nudge"("recipientId", "kind", "subjectKey", "week");

-- CreateIndex
CREATE INDEX "ReadConfirmation_userId_idx" ON "ReadConfirmation"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "OutboxMail_key_key" ON "OutboxMail"("key");

-- CreateIndex
CREATE INDEX "OutboxMail_status_nextAttemptAt_idx" ON "OutboxMail"("status", "nextAttemptAt");

-- CreateIndex
CREATE INDEX "OutboxMail_createdAt_id_idx" ON "OutboxMail"("createdAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "Notification_emailAfter_idx" ON "Notification"("emailAfter");

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_nudgeId_fkey" FOREIGN KEY ("nudgeId") REFERENCES "Nudge"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NotificationSettings" ADD CONSTRAINT "NotificationSettings_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Mute" ADD CONSTRAINT "Mute_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Mute" ADD CONSTRAINT "Mute_communityId_fkey" FOREIGN KEY ("communityId") REFERENCES "Community"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Mute" ADD CONSTRAINT "Mute_postId_fkey" FOREIGN KEY ("postId") REFERENCES "Post"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Mute" ADD CONSTRAINT "Mute_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "Question"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Nudge" ADD CONSTRAINT "Nudge_recipientId_fkey" FOREIGN KEY ("recipientId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Nudge" ADD CONSTRAINT "Nudge_subjectUserId_fkey" FOREIGN KEY ("subjectUserId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NudgeStop" ADD CONSTRAINT "NudgeStop_recipientId_fkey" FOREIGN KEY ("recipientId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReadConfirmation" ADD CONSTRAINT "ReadConfirmation_postId_fkey" FOREIGN KEY ("postId") REFERENCES "Post"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReadConfirmation" ADD CONSTRAINT "ReadConfirmation_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OutboxMail" ADD CONSTRAINT "OutboxMail_recipientId_fkey" FOREIGN KEY ("recipientId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
