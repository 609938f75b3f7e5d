-- AlterTable
ALTER TABLE "StageRun" ADD COLUMN     "progress" DOUBLE PRECISION,
ADD COLUMN     "progressNote" TEXT;
