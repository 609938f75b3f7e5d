-- AlterTable
ALTER TABLE "QualityAssessment" ALTER COLUMN "researchAccuracy" DROP NOT NULL;
