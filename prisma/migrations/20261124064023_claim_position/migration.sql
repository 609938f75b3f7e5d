-- AlterTable
ALTER TABLE "Claim" ADD COLUMN     "position" INTEGER NOT NULL DEFAULT 0;

-- CreateIndex
CREATE INDEX "Claim_episodeId_position_idx" ON "Claim"("episodeId", "position");
