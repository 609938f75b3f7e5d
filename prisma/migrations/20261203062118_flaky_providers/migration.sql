-- AlterTable
ALTER TABLE "BudgetHold" ADD COLUMN     "owner" TEXT;

-- AlterTable
ALTER TABLE "StageRun" ADD COLUMN     "callRetries" INTEGER NOT NULL DEFAULT 0;

-- CreateIndex
CREATE INDEX "BudgetHold_owner_idx" ON "BudgetHold"("owner");
