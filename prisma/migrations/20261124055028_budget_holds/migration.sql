-- CreateTable
CREATE TABLE "BudgetHold" (
    "id" TEXT NOT NULL,
    "episodeId" TEXT NOT NULL,
    "showId" TEXT NOT NULL,
    "amount" DECIMAL(14,6) NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "BudgetHold_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "BudgetHold_expiresAt_idx" ON "BudgetHold"("expiresAt");

-- CreateIndex
CREATE INDEX "BudgetHold_episodeId_idx" ON "BudgetHold"("episodeId");
