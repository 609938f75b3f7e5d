-- AlterTable
ALTER TABLE "AudioAsset" ADD COLUMN     "timeline" JSONB;

-- AlterTable
ALTER TABLE "Episode" ADD COLUMN     "autoApprove" BOOLEAN;
