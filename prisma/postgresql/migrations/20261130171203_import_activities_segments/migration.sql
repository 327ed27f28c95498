-- CreateEnum
CREATE TYPE "ActivityType" AS ENUM ('call', 'meeting', 'email', 'demo', 'task');

-- AlterTable
ALTER TABLE "Workspace" ADD COLUMN     "segments" TEXT,
ADD COLUMN     "winChannel" TEXT;

-- AlterTable
ALTER TABLE "Contact" ADD COLUMN     "addedBy" TEXT,
ADD COLUMN     "bounceError" TEXT,
ADD COLUMN     "bouncedAt" TIMESTAMP(3),
ADD COLUMN     "checkedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Deal" ADD COLUMN     "sourceId" TEXT;

-- CreateTable
CREATE TABLE "Activity" (
    "id" SERIAL NOT NULL,
    "type" "ActivityType" NOT NULL,
    "direction" TEXT,
    "dealId" INTEGER,
    "userId" TEXT NOT NULL,
    "note" TEXT,
    "at" TIMESTAMP(3) NOT NULL,
    "source" "EventSource" NOT NULL,
    "sourceId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Activity_pkey" PRIMARY KEY ("id")
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

-- AddForeignKey
ALTER TABLE "Activity" ADD CONSTRAINT "Activity_dealId_fkey" FOREIGN KEY ("dealId") REFERENCES "Deal"("id") ON DELETE SET NULL ON UPDATE CASCADE;
