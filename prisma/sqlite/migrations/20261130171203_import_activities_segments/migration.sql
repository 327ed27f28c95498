-- AlterTable
ALTER TABLE "Workspace" ADD COLUMN "segments" TEXT;
ALTER TABLE "Workspace" ADD COLUMN "winChannel" TEXT;

-- AlterTable
ALTER TABLE "Contact" ADD COLUMN "addedBy" TEXT;
ALTER TABLE "Contact" ADD COLUMN "bounceError" TEXT;
ALTER TABLE "Contact" ADD COLUMN "bouncedAt" DATETIME;
ALTER TABLE "Contact" ADD COLUMN "checkedAt" DATETIME;

-- AlterTable
ALTER TABLE "Deal" ADD COLUMN "sourceId" TEXT;

-- CreateTable
CREATE TABLE "Activity" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "type" TEXT NOT NULL,
    "direction" TEXT,
    "dealId" INTEGER,
    "userId" TEXT NOT NULL,
    "note" TEXT,
    "at" DATETIME NOT NULL,
    "source" TEXT NOT NULL,
    "sourceId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Activity_dealId_fkey" FOREIGN KEY ("dealId") REFERENCES "Deal" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "Activity_sourceId_key" ON "Activity"("sourceId");

-- CreateIndex
CREATE INDEX "Activity_userId_at_idx" ON "Activity"("userId", "at");

-- CreateIndex
CREATE INDEX "Activity_at_idx" ON "Activity"("at");

-- CreateIndex
CREATE INDEX "Activity_dealId_at_idx" ON "Activity"("dealId", "at");

-- CreateIndex
CREATE UNIQUE INDEX "Deal_sourceId_key" ON "Deal"("sourceId");
