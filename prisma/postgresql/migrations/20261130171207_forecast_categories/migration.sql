-- AlterTable
ALTER TABLE "Stage" ADD COLUMN     "forecastCategory" TEXT;

-- AlterTable
ALTER TABLE "Deal" ADD COLUMN     "forecastCategory" TEXT;

-- AlterTable
ALTER TABLE "ForecastSnapshot" ADD COLUMN     "bestCaseMinor" BIGINT NOT NULL DEFAULT 0,
ADD COLUMN     "commitCount" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "commitMinor" BIGINT NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "ForecastCall" (
    "id" SERIAL NOT NULL,
    "subject" TEXT NOT NULL,
    "period" TEXT NOT NULL,
    "amountMinor" BIGINT NOT NULL,
    "currency" TEXT NOT NULL,
    "note" TEXT,
    "recordedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ForecastCall_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ForecastCall_subject_period_recordedAt_idx" ON "ForecastCall"("subject", "period", "recordedAt");

-- Deals a rep confirmed for their close month (risk alert "Confirm for <month>") were the
-- only real commitments before forecast categories existed: they start in Commit.
UPDATE "Deal" SET "forecastCategory" = 'commit'
WHERE "status" = 'open' AND EXISTS (
  SELECT 1 FROM "DealEvent" c
  WHERE c."dealId" = "Deal"."id" AND c."kind" = 'committed'
    AND c."changes" LIKE ('%"to":"' || SUBSTR("Deal"."closeOn", 1, 7) || '"%'));
