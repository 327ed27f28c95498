-- AlterTable
ALTER TABLE "Stage" ADD COLUMN "forecastCategory" TEXT;

-- AlterTable
ALTER TABLE "Deal" ADD COLUMN "forecastCategory" TEXT;

-- CreateTable
CREATE TABLE "ForecastCall" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "subject" TEXT NOT NULL,
    "period" TEXT NOT NULL,
    "amountMinor" BIGINT NOT NULL,
    "currency" TEXT NOT NULL,
    "note" TEXT,
    "recordedAt" DATETIME NOT NULL
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_ForecastSnapshot" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "month" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "currency" TEXT NOT NULL,
    "openCount" INTEGER NOT NULL,
    "openAmountMinor" BIGINT NOT NULL,
    "weightedMinor" BIGINT NOT NULL,
    "wonCount" INTEGER NOT NULL,
    "wonAmountMinor" BIGINT NOT NULL,
    "lostCount" INTEGER NOT NULL,
    "lostAmountMinor" BIGINT NOT NULL,
    "takenAt" DATETIME NOT NULL,
    "commitCount" INTEGER NOT NULL DEFAULT 0,
    "commitMinor" BIGINT NOT NULL DEFAULT 0,
    "bestCaseMinor" BIGINT NOT NULL DEFAULT 0
);
INSERT INTO "new_ForecastSnapshot" ("currency", "id", "kind", "lostAmountMinor", "lostCount", "month", "openAmountMinor", "openCount", "subject", "takenAt", "weightedMinor", "wonAmountMinor", "wonCount") SELECT "currency", "id", "kind", "lostAmountMinor", "lostCount", "month", "openAmountMinor", "openCount", "subject", "takenAt", "weightedMinor", "wonAmountMinor", "wonCount" FROM "ForecastSnapshot";
DROP TABLE "ForecastSnapshot";
ALTER TABLE "new_ForecastSnapshot" RENAME TO "ForecastSnapshot";
CREATE UNIQUE INDEX "ForecastSnapshot_month_kind_subject_currency_key" ON "ForecastSnapshot"("month", "kind", "subject", "currency");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "ForecastCall_subject_period_recordedAt_idx" ON "ForecastCall"("subject", "period", "recordedAt");

-- Deals a rep confirmed for their close month (risk alert "Confirm for <month>") were the
-- only real commitments before forecast categories existed: they start in Commit.
UPDATE "Deal" SET "forecastCategory" = 'commit'
WHERE "status" = 'open' AND EXISTS (
  SELECT 1 FROM "DealEvent" c
  WHERE c."dealId" = "Deal"."id" AND c."kind" = 'committed'
    AND c."changes" LIKE ('%"to":"' || SUBSTR("Deal"."closeOn", 1, 7) || '"%'));
