-- AlterTable
ALTER TABLE "PipelineRun" ADD COLUMN     "reason" TEXT NOT NULL DEFAULT 'create',
ADD COLUMN     "tier" TEXT NOT NULL DEFAULT 'standard';

-- CreateIndex
CREATE UNIQUE INDEX "Gate_pipelineRunId_kind_iteration_key" ON "Gate"("pipelineRunId", "kind", "iteration");
