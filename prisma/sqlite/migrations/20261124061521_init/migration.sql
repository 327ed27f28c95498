-- CreateTable
CREATE TABLE "Workspace" (
    "id" TEXT NOT NULL PRIMARY KEY DEFAULT 'default',
    "slackTeamId" TEXT,
    "timezone" TEXT,
    "currency" TEXT,
    "locale" TEXT,
    "digestChannels" TEXT,
    "alertsChannel" TEXT,
    "npsChannel" TEXT,
    "nudgeDay" INTEGER,
    "nudgeTime" TEXT,
    "staleDays" INTEGER,
    "escalationDays" INTEGER,
    "digestDay" INTEGER,
    "digestTime" TEXT,
    "riskDay" INTEGER,
    "riskTime" TEXT,
    "riskProbability" INTEGER,
    "npsWonDelayDays" INTEGER,
    "updatedAt" DATETIME NOT NULL,
    "updatedBy" TEXT
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "email" TEXT,
    "timezone" TEXT,
    "locale" TEXT,
    "role" TEXT NOT NULL DEFAULT 'rep',
    "managerId" TEXT,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "awayUntil" TEXT,
    "profileSyncedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "User_managerId_fkey" FOREIGN KEY ("managerId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Account" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "name" TEXT NOT NULL,
    "nameKey" TEXT NOT NULL,
    "ownerId" TEXT,
    "segment" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Account_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Contact" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "accountId" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "email" TEXT,
    "slackUserId" TEXT,
    "language" TEXT NOT NULL DEFAULT 'en',
    "optedOut" BOOLEAN NOT NULL DEFAULT false,
    "optedOutAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Contact_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Stage" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "key" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "probability" INTEGER NOT NULL,
    "kind" TEXT NOT NULL DEFAULT 'open',
    "active" BOOLEAN NOT NULL DEFAULT true
);

-- CreateTable
CREATE TABLE "LossReason" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "key" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true
);

-- CreateTable
CREATE TABLE "Deal" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "name" TEXT NOT NULL,
    "nameKey" TEXT NOT NULL,
    "accountId" INTEGER,
    "ownerId" TEXT NOT NULL,
    "stageId" INTEGER NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'open',
    "amountMinor" BIGINT NOT NULL,
    "currency" TEXT NOT NULL,
    "probability" INTEGER,
    "closeOn" TEXT NOT NULL,
    "nextStep" TEXT,
    "nextStepDue" TEXT,
    "lossReasonId" INTEGER,
    "lossNote" TEXT,
    "closedAt" DATETIME,
    "lastActivityAt" DATETIME NOT NULL,
    "lastConfirmedAt" DATETIME,
    "closePushCount" INTEGER NOT NULL DEFAULT 0,
    "snoozedUntil" TEXT,
    "snoozeReason" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Deal_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Deal_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Deal_stageId_fkey" FOREIGN KEY ("stageId") REFERENCES "Stage" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Deal_lossReasonId_fkey" FOREIGN KEY ("lossReasonId") REFERENCES "LossReason" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "DealEvent" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "dealId" INTEGER NOT NULL,
    "actorId" TEXT,
    "source" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "changes" TEXT NOT NULL,
    "fromStageId" INTEGER,
    "toStageId" INTEGER,
    "undoOfId" INTEGER,
    "dealVersion" INTEGER NOT NULL,
    "at" DATETIME NOT NULL,
    CONSTRAINT "DealEvent_dealId_fkey" FOREIGN KEY ("dealId") REFERENCES "Deal" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "DealEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Quota" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "subject" TEXT NOT NULL,
    "userId" TEXT,
    "period" TEXT NOT NULL,
    "amountMinor" BIGINT NOT NULL,
    "currency" TEXT NOT NULL,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Quota_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "JobRun" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "jobId" TEXT NOT NULL,
    "periodKey" TEXT NOT NULL,
    "scheduledAt" DATETIME NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'running',
    "claimedBy" TEXT NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 1,
    "startedAt" DATETIME NOT NULL,
    "heartbeatAt" DATETIME NOT NULL,
    "finishedAt" DATETIME,
    "error" TEXT,
    "summary" TEXT
);

-- CreateTable
CREATE TABLE "Delivery" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "key" TEXT NOT NULL,
    "jobId" TEXT,
    "recipient" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "claimedAt" DATETIME,
    "nextAttemptAt" DATETIME,
    "lastError" TEXT,
    "channelId" TEXT,
    "messageTs" TEXT,
    "payload" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "sentAt" DATETIME,
    "actedAt" DATETIME
);

-- CreateTable
CREATE TABLE "IdempotencyKey" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "ForecastSnapshot" (
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
    "takenAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "RiskAssessment" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "month" TEXT NOT NULL,
    "dealId" INTEGER NOT NULL,
    "ownerId" TEXT NOT NULL,
    "amountMinor" BIGINT NOT NULL,
    "currency" TEXT NOT NULL,
    "score" INTEGER NOT NULL,
    "flagged" BOOLEAN NOT NULL,
    "reasons" TEXT NOT NULL,
    "assessedAt" DATETIME NOT NULL,
    "outcome" TEXT,
    "judgedAt" DATETIME,
    CONSTRAINT "RiskAssessment_dealId_fkey" FOREIGN KEY ("dealId") REFERENCES "Deal" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Snapshot" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "kind" TEXT NOT NULL,
    "periodKey" TEXT NOT NULL,
    "subject" TEXT NOT NULL DEFAULT 'team',
    "data" TEXT NOT NULL,
    "takenAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "NpsSurvey" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "contactId" INTEGER NOT NULL,
    "accountId" INTEGER NOT NULL,
    "dealId" INTEGER,
    "trigger" TEXT NOT NULL,
    "channel" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "expiresAt" DATETIME NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" DATETIME,
    "lastError" TEXT,
    "requestedBy" TEXT,
    "dedupeKey" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sentAt" DATETIME,
    CONSTRAINT "NpsSurvey_contactId_fkey" FOREIGN KEY ("contactId") REFERENCES "Contact" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "NpsSurvey_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "NpsSurvey_dealId_fkey" FOREIGN KEY ("dealId") REFERENCES "Deal" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "NpsResponse" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "surveyId" INTEGER NOT NULL,
    "score" INTEGER NOT NULL,
    "comment" TEXT,
    "respondedAt" DATETIME NOT NULL,
    "updatedAt" DATETIME NOT NULL,
    "followUpAssigneeId" TEXT,
    "followUpOutcome" TEXT,
    "followUpClosedAt" DATETIME,
    CONSTRAINT "NpsResponse_surveyId_fkey" FOREIGN KEY ("surveyId") REFERENCES "NpsSurvey" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "User_managerId_idx" ON "User"("managerId");

-- CreateIndex
CREATE UNIQUE INDEX "Account_nameKey_key" ON "Account"("nameKey");

-- CreateIndex
CREATE INDEX "Contact_email_idx" ON "Contact"("email");

-- CreateIndex
CREATE UNIQUE INDEX "Contact_accountId_email_key" ON "Contact"("accountId", "email");

-- CreateIndex
CREATE UNIQUE INDEX "Stage_key_key" ON "Stage"("key");

-- CreateIndex
CREATE UNIQUE INDEX "LossReason_key_key" ON "LossReason"("key");

-- CreateIndex
CREATE INDEX "Deal_ownerId_status_idx" ON "Deal"("ownerId", "status");

-- CreateIndex
CREATE INDEX "Deal_status_closeOn_idx" ON "Deal"("status", "closeOn");

-- CreateIndex
CREATE INDEX "Deal_status_closedAt_idx" ON "Deal"("status", "closedAt");

-- CreateIndex
CREATE INDEX "Deal_nameKey_idx" ON "Deal"("nameKey");

-- CreateIndex
CREATE INDEX "Deal_accountId_status_idx" ON "Deal"("accountId", "status");

-- CreateIndex
CREATE INDEX "DealEvent_dealId_at_idx" ON "DealEvent"("dealId", "at");

-- CreateIndex
CREATE INDEX "DealEvent_at_idx" ON "DealEvent"("at");

-- CreateIndex
CREATE INDEX "DealEvent_actorId_at_idx" ON "DealEvent"("actorId", "at");

-- CreateIndex
CREATE INDEX "DealEvent_toStageId_at_idx" ON "DealEvent"("toStageId", "at");

-- CreateIndex
CREATE UNIQUE INDEX "Quota_subject_period_key" ON "Quota"("subject", "period");

-- CreateIndex
CREATE INDEX "JobRun_status_heartbeatAt_idx" ON "JobRun"("status", "heartbeatAt");

-- CreateIndex
CREATE UNIQUE INDEX "JobRun_jobId_periodKey_key" ON "JobRun"("jobId", "periodKey");

-- CreateIndex
CREATE UNIQUE INDEX "Delivery_key_key" ON "Delivery"("key");

-- CreateIndex
CREATE INDEX "Delivery_jobId_status_idx" ON "Delivery"("jobId", "status");

-- CreateIndex
CREATE INDEX "Delivery_recipient_createdAt_idx" ON "Delivery"("recipient", "createdAt");

-- CreateIndex
CREATE INDEX "IdempotencyKey_createdAt_idx" ON "IdempotencyKey"("createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "ForecastSnapshot_month_kind_subject_currency_key" ON "ForecastSnapshot"("month", "kind", "subject", "currency");

-- CreateIndex
CREATE INDEX "RiskAssessment_month_flagged_idx" ON "RiskAssessment"("month", "flagged");

-- CreateIndex
CREATE UNIQUE INDEX "RiskAssessment_month_dealId_key" ON "RiskAssessment"("month", "dealId");

-- CreateIndex
CREATE UNIQUE INDEX "Snapshot_kind_periodKey_subject_key" ON "Snapshot"("kind", "periodKey", "subject");

-- CreateIndex
CREATE UNIQUE INDEX "NpsSurvey_tokenHash_key" ON "NpsSurvey"("tokenHash");

-- CreateIndex
CREATE UNIQUE INDEX "NpsSurvey_dedupeKey_key" ON "NpsSurvey"("dedupeKey");

-- CreateIndex
CREATE INDEX "NpsSurvey_contactId_createdAt_idx" ON "NpsSurvey"("contactId", "createdAt");

-- CreateIndex
CREATE INDEX "NpsSurvey_status_nextAttemptAt_idx" ON "NpsSurvey"("status", "nextAttemptAt");

-- CreateIndex
CREATE UNIQUE INDEX "NpsResponse_surveyId_key" ON "NpsResponse"("surveyId");

-- CreateIndex
CREATE INDEX "NpsResponse_respondedAt_idx" ON "NpsResponse"("respondedAt");
