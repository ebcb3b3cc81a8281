-- CreateIndex
CREATE INDEX "Question_firstAnsweredAt_idx" ON "Question"("firstAnsweredAt" DESC);
