-- CreateTable
CREATE TABLE "SlackWork" (
    "id" SERIAL NOT NULL,
    "key" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "userId" TEXT,
    "receivedAt" TIMESTAMP(3) NOT NULL,
    "claimedBy" TEXT,
    "leaseUntil" TIMESTAMP(3) NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastError" TEXT,
    "doneAt" TIMESTAMP(3),

    CONSTRAINT "SlackWork_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "SlackWork_key_key" ON "SlackWork"("key");

-- CreateIndex
CREATE INDEX "SlackWork_doneAt_leaseUntil_idx" ON "SlackWork"("doneAt", "leaseUntil");
