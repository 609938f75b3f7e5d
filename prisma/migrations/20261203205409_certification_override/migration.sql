-- AlterTable
ALTER TABLE "Certification" ADD COLUMN     "overrideReason" TEXT;

-- AlterTable
ALTER TABLE "Gate" ADD COLUMN     "overriddenBlockers" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "overrideReason" TEXT;
