-- CreateTable
CREATE TABLE "SlackWork" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "key" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "userId" TEXT,
    "receivedAt" DATETIME NOT NULL,
    "claimedBy" TEXT,
    "leaseUntil" DATETIME NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastError" TEXT,
    "doneAt" DATETIME
);

-- CreateIndex
CREATE UNIQUE INDEX "SlackWork_key_key" ON "SlackWork"("key");

-- CreateIndex
CREATE INDEX "SlackWork_doneAt_leaseUntil_idx" ON "SlackWork"("doneAt", "leaseUntil");
