-- AlterTable
ALTER TABLE "Claim" ADD COLUMN     "overriddenAt" TIMESTAMP(3),
ADD COLUMN     "overriddenById" TEXT,
ADD COLUMN     "overrideReason" TEXT,
ADD COLUMN     "overrideVerdict" "ClaimVerdict";

-- CreateTable
CREATE TABLE "SourceExclusion" (
    "episodeId" TEXT NOT NULL,
    "sourceId" TEXT NOT NULL,
    "excludedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SourceExclusion_pkey" PRIMARY KEY ("episodeId","sourceId")
);

-- AddForeignKey
ALTER TABLE "SourceExclusion" ADD CONSTRAINT "SourceExclusion_episodeId_fkey" FOREIGN KEY ("episodeId") REFERENCES "Episode"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SourceExclusion" ADD CONSTRAINT "SourceExclusion_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SourceExclusion" ADD CONSTRAINT "SourceExclusion_excludedById_fkey" FOREIGN KEY ("excludedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_overriddenById_fkey" FOREIGN KEY ("overriddenById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
