-- DropIndex
DROP INDEX "Deal_accountId_status_idx";

-- DropIndex
DROP INDEX "DealEvent_dealId_at_idx";

-- DropIndex
DROP INDEX "DealEvent_toStageId_at_idx";

-- CreateIndex
CREATE INDEX "Deal_accountId_status_closedAt_lastActivityAt_idx" ON "Deal"("accountId", "status", "closedAt", "lastActivityAt");

-- CreateIndex
CREATE INDEX "DealEvent_dealId_at_toStageId_fromStageId_idx" ON "DealEvent"("dealId", "at", "toStageId", "fromStageId");

-- CreateIndex
CREATE INDEX "DealEvent_toStageId_at_dealId_fromStageId_idx" ON "DealEvent"("toStageId", "at", "dealId", "fromStageId");
