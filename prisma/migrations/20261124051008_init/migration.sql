-- CreateEnum
CREATE TYPE "Role" AS ENUM ('PRODUCER', 'EDITOR', 'ADMIN');

-- CreateEnum
CREATE TYPE "Complexity" AS ENUM ('LOW', 'MEDIUM', 'HIGH');

-- CreateEnum
CREATE TYPE "EpisodeFormat" AS ENUM ('SOLO', 'TWO_HOSTS', 'INTERVIEW', 'PANEL');

-- CreateEnum
CREATE TYPE "EpisodeStatus" AS ENUM ('DRAFT', 'QUEUED', 'RUNNING', 'AWAITING_SCRIPT_APPROVAL', 'AWAITING_FINAL_APPROVAL', 'PAUSED_BUDGET', 'NEEDS_ATTENTION', 'READY', 'CANCELLED');

-- CreateEnum
CREATE TYPE "RunStatus" AS ENUM ('RUNNING', 'WAITING', 'COMPLETED', 'FAILED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "StageStatus" AS ENUM ('PENDING', 'RUNNING', 'SUCCEEDED', 'FAILED', 'SKIPPED');

-- CreateEnum
CREATE TYPE "SourceKind" AS ENUM ('TEXT', 'MARKDOWN', 'PDF', 'URL', 'SEARCH_RESULT');

-- CreateEnum
CREATE TYPE "ClaimVerdict" AS ENUM ('PENDING', 'SUPPORTED', 'UNSUPPORTED', 'CONTRADICTED');

-- CreateEnum
CREATE TYPE "AuthorKind" AS ENUM ('PIPELINE', 'USER');

-- CreateEnum
CREATE TYPE "AudioKind" AS ENUM ('SEGMENT', 'MASTER');

-- CreateEnum
CREATE TYPE "GateKind" AS ENUM ('SCRIPT', 'FINAL');

-- CreateEnum
CREATE TYPE "GateStatus" AS ENUM ('PENDING', 'APPROVED', 'REJECTED', 'EXPIRED');

-- CreateEnum
CREATE TYPE "OverBudgetAction" AS ENUM ('DOWNGRADE', 'PAUSE');

-- CreateEnum
CREATE TYPE "AlertSeverity" AS ENUM ('INFO', 'WARNING', 'CRITICAL');

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT,
    "role" "Role" NOT NULL DEFAULT 'PRODUCER',
    "emailVerified" TIMESTAMP(3),
    "image" TEXT,
    "disabledAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Account" (
    "userId" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "provider" TEXT NOT NULL,
    "providerAccountId" TEXT NOT NULL,
    "refresh_token" TEXT,
    "access_token" TEXT,
    "expires_at" INTEGER,
    "token_type" TEXT,
    "scope" TEXT,
    "id_token" TEXT,
    "session_state" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Account_pkey" PRIMARY KEY ("provider","providerAccountId")
);

-- CreateTable
CREATE TABLE "Session" (
    "sessionToken" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "expires" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL
);

-- CreateTable
CREATE TABLE "VerificationToken" (
    "identifier" TEXT NOT NULL,
    "token" TEXT NOT NULL,
    "expires" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "VerificationToken_pkey" PRIMARY KEY ("identifier","token")
);

-- CreateTable
CREATE TABLE "RateLimit" (
    "key" TEXT NOT NULL,
    "points" INTEGER NOT NULL DEFAULT 0,
    "expire" TIMESTAMP(3),

    CONSTRAINT "RateLimit_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "Show" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "language" TEXT NOT NULL DEFAULT 'en',
    "tone" TEXT NOT NULL,
    "audience" TEXT NOT NULL,
    "targetReadingGrade" DOUBLE PRECISION NOT NULL DEFAULT 9,
    "requiredPhrases" TEXT[],
    "bannedPhrases" TEXT[],
    "humilityMarkers" TEXT[],
    "pronunciationLexicon" JSONB NOT NULL DEFAULT '[]',
    "structureNotes" TEXT NOT NULL DEFAULT '',
    "brandThreshold" DOUBLE PRECISION NOT NULL DEFAULT 9.3,
    "dimensionThreshold" DOUBLE PRECISION NOT NULL DEFAULT 7.0,
    "qualityTarget" DOUBLE PRECISION NOT NULL DEFAULT 8.5,
    "autoApprove" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Show_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Host" (
    "id" TEXT NOT NULL,
    "showId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "persona" TEXT NOT NULL DEFAULT '',
    "localVoice" TEXT NOT NULL,
    "hostedVoice" TEXT,

    CONSTRAINT "Host_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Episode" (
    "id" TEXT NOT NULL,
    "showId" TEXT NOT NULL,
    "createdById" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "topic" TEXT NOT NULL,
    "complexity" "Complexity" NOT NULL DEFAULT 'MEDIUM',
    "format" "EpisodeFormat" NOT NULL DEFAULT 'TWO_HOSTS',
    "speakerCount" INTEGER NOT NULL DEFAULT 2,
    "targetMinutes" INTEGER NOT NULL DEFAULT 10,
    "status" "EpisodeStatus" NOT NULL DEFAULT 'DRAFT',
    "statusReason" TEXT,
    "budget" DECIMAL(12,2) NOT NULL,
    "costTotal" DECIMAL(14,6) NOT NULL DEFAULT 0,
    "projectedCost" DECIMAL(14,6) NOT NULL DEFAULT 0,
    "qualityScore" DOUBLE PRECISION,
    "brandScore" DOUBLE PRECISION,
    "startedAt" TIMESTAMP(3),
    "completedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Episode_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PipelineRun" (
    "id" TEXT NOT NULL,
    "episodeId" TEXT NOT NULL,
    "engineRunId" TEXT,
    "status" "RunStatus" NOT NULL DEFAULT 'RUNNING',
    "error" TEXT,
    "startedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "endedAt" TIMESTAMP(3),

    CONSTRAINT "PipelineRun_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StageRun" (
    "id" TEXT NOT NULL,
    "pipelineRunId" TEXT NOT NULL,
    "episodeId" TEXT NOT NULL,
    "stage" TEXT NOT NULL,
    "iteration" INTEGER NOT NULL DEFAULT 1,
    "attempt" INTEGER NOT NULL DEFAULT 1,
    "status" "StageStatus" NOT NULL DEFAULT 'PENDING',
    "guidance" TEXT,
    "inputSummary" JSONB,
    "output" JSONB,
    "error" TEXT,
    "cost" DECIMAL(14,6) NOT NULL DEFAULT 0,
    "startedAt" TIMESTAMP(3),
    "endedAt" TIMESTAMP(3),
    "durationMs" INTEGER,

    CONSTRAINT "StageRun_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Source" (
    "id" TEXT NOT NULL,
    "showId" TEXT NOT NULL,
    "episodeId" TEXT,
    "kind" "SourceKind" NOT NULL,
    "title" TEXT NOT NULL,
    "url" TEXT,
    "content" TEXT NOT NULL,
    "contentHash" TEXT NOT NULL,
    "byteSize" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Source_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Claim" (
    "id" TEXT NOT NULL,
    "episodeId" TEXT NOT NULL,
    "sourceId" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "quote" TEXT NOT NULL,
    "quoteStart" INTEGER,
    "quoteEnd" INTEGER,
    "verdict" "ClaimVerdict" NOT NULL DEFAULT 'PENDING',
    "confidence" DOUBLE PRECISION,
    "evidence" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Claim_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ScriptVersion" (
    "id" TEXT NOT NULL,
    "episodeId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "authorKind" "AuthorKind" NOT NULL,
    "authorId" TEXT,
    "segments" JSONB NOT NULL,
    "note" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ScriptVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BrandScore" (
    "id" TEXT NOT NULL,
    "episodeId" TEXT NOT NULL,
    "showId" TEXT NOT NULL,
    "scriptVersionId" TEXT NOT NULL,
    "overall" DOUBLE PRECISION NOT NULL,
    "threshold" DOUBLE PRECISION NOT NULL,
    "passed" BOOLEAN NOT NULL,
    "dimensions" JSONB NOT NULL,
    "violations" JSONB NOT NULL,
    "method" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "BrandScore_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AudioAsset" (
    "id" TEXT NOT NULL,
    "episodeId" TEXT NOT NULL,
    "kind" "AudioKind" NOT NULL,
    "segmentIndex" INTEGER,
    "speaker" TEXT,
    "storageKey" TEXT NOT NULL,
    "format" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "byteSize" INTEGER NOT NULL,
    "durationMs" INTEGER NOT NULL,
    "sampleRate" INTEGER NOT NULL,
    "channels" INTEGER NOT NULL,
    "integratedLufs" DOUBLE PRECISION,
    "truePeakDb" DOUBLE PRECISION,
    "loudnessRange" DOUBLE PRECISION,
    "wer" DOUBLE PRECISION,
    "peaks" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AudioAsset_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "QualityAssessment" (
    "id" TEXT NOT NULL,
    "episodeId" TEXT NOT NULL,
    "pipelineRunId" TEXT,
    "researchAccuracy" DOUBLE PRECISION NOT NULL,
    "contentEngagement" DOUBLE PRECISION NOT NULL,
    "brandConsistency" DOUBLE PRECISION NOT NULL,
    "speechReadiness" DOUBLE PRECISION NOT NULL,
    "audioTechnical" DOUBLE PRECISION NOT NULL,
    "costCompliance" DOUBLE PRECISION NOT NULL,
    "overall" DOUBLE PRECISION NOT NULL,
    "passed" BOOLEAN NOT NULL,
    "details" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "QualityAssessment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Certification" (
    "id" TEXT NOT NULL,
    "episodeId" TEXT NOT NULL,
    "certified" BOOLEAN NOT NULL,
    "report" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Certification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Gate" (
    "id" TEXT NOT NULL,
    "episodeId" TEXT NOT NULL,
    "pipelineRunId" TEXT,
    "kind" "GateKind" NOT NULL,
    "iteration" INTEGER NOT NULL DEFAULT 1,
    "status" "GateStatus" NOT NULL DEFAULT 'PENDING',
    "automatic" BOOLEAN NOT NULL DEFAULT false,
    "comment" TEXT,
    "decidedById" TEXT,
    "decidedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Gate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CostEntry" (
    "id" TEXT NOT NULL,
    "idempotencyKey" TEXT NOT NULL,
    "episodeId" TEXT,
    "stageRunId" TEXT,
    "stage" TEXT,
    "provider" TEXT NOT NULL,
    "model" TEXT NOT NULL,
    "unit" TEXT NOT NULL,
    "quantity" DECIMAL(18,4) NOT NULL,
    "unitPrice" DECIMAL(20,10) NOT NULL,
    "amount" DECIMAL(14,6) NOT NULL,
    "projectedAmount" DECIMAL(14,6),
    "priceId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CostEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Price" (
    "id" TEXT NOT NULL,
    "provider" TEXT NOT NULL,
    "model" TEXT NOT NULL,
    "unit" TEXT NOT NULL,
    "unitPrice" DECIMAL(20,10) NOT NULL,
    "effectiveFrom" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Price_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BudgetPolicy" (
    "id" TEXT NOT NULL,
    "showId" TEXT,
    "episodeDefault" DECIMAL(12,2) NOT NULL,
    "episodeHardCap" DECIMAL(12,2) NOT NULL,
    "monthlyCap" DECIMAL(12,2) NOT NULL,
    "researchTarget" DECIMAL(12,2) NOT NULL DEFAULT 1.00,
    "contentTarget" DECIMAL(12,2) NOT NULL DEFAULT 2.50,
    "audioTarget" DECIMAL(12,2) NOT NULL DEFAULT 3.00,
    "alertThresholds" INTEGER[] DEFAULT ARRAY[80, 100]::INTEGER[],
    "onExceed" "OverBudgetAction" NOT NULL DEFAULT 'DOWNGRADE',
    "alertWebhookUrl" TEXT,
    "updatedById" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "BudgetPolicy_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Alert" (
    "id" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "severity" "AlertSeverity" NOT NULL,
    "episodeId" TEXT,
    "message" TEXT NOT NULL,
    "data" JSONB,
    "dedupeKey" TEXT,
    "acknowledgedAt" TIMESTAMP(3),
    "acknowledgedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Alert_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditLog" (
    "id" TEXT NOT NULL,
    "actorId" TEXT,
    "action" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "episodeId" TEXT,
    "data" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditLog_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE UNIQUE INDEX "Session_sessionToken_key" ON "Session"("sessionToken");

-- CreateIndex
CREATE UNIQUE INDEX "Show_slug_key" ON "Show"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Host_showId_position_key" ON "Host"("showId", "position");

-- CreateIndex
CREATE INDEX "Episode_status_createdAt_idx" ON "Episode"("status", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "Episode_showId_createdAt_idx" ON "Episode"("showId", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "Episode_createdAt_idx" ON "Episode"("createdAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "PipelineRun_engineRunId_key" ON "PipelineRun"("engineRunId");

-- CreateIndex
CREATE INDEX "PipelineRun_episodeId_startedAt_idx" ON "PipelineRun"("episodeId", "startedAt" DESC);

-- CreateIndex
CREATE INDEX "StageRun_episodeId_startedAt_idx" ON "StageRun"("episodeId", "startedAt");

-- CreateIndex
CREATE UNIQUE INDEX "StageRun_pipelineRunId_stage_iteration_key" ON "StageRun"("pipelineRunId", "stage", "iteration");

-- CreateIndex
CREATE INDEX "Source_episodeId_idx" ON "Source"("episodeId");

-- CreateIndex
CREATE INDEX "Source_showId_createdAt_idx" ON "Source"("showId", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "Claim_episodeId_verdict_idx" ON "Claim"("episodeId", "verdict");

-- CreateIndex
CREATE UNIQUE INDEX "ScriptVersion_episodeId_version_key" ON "ScriptVersion"("episodeId", "version");

-- CreateIndex
CREATE INDEX "BrandScore_showId_createdAt_idx" ON "BrandScore"("showId", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "BrandScore_episodeId_createdAt_idx" ON "BrandScore"("episodeId", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "AudioAsset_episodeId_kind_idx" ON "AudioAsset"("episodeId", "kind");

-- CreateIndex
CREATE INDEX "QualityAssessment_episodeId_createdAt_idx" ON "QualityAssessment"("episodeId", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "QualityAssessment_createdAt_idx" ON "QualityAssessment"("createdAt" DESC);

-- CreateIndex
CREATE INDEX "Certification_episodeId_createdAt_idx" ON "Certification"("episodeId", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "Gate_status_createdAt_idx" ON "Gate"("status", "createdAt");

-- CreateIndex
CREATE INDEX "Gate_episodeId_createdAt_idx" ON "Gate"("episodeId", "createdAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "CostEntry_idempotencyKey_key" ON "CostEntry"("idempotencyKey");

-- CreateIndex
CREATE INDEX "CostEntry_episodeId_createdAt_idx" ON "CostEntry"("episodeId", "createdAt");

-- CreateIndex
CREATE INDEX "CostEntry_createdAt_idx" ON "CostEntry"("createdAt");

-- CreateIndex
CREATE INDEX "Price_provider_model_unit_effectiveFrom_idx" ON "Price"("provider", "model", "unit", "effectiveFrom" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "BudgetPolicy_showId_key" ON "BudgetPolicy"("showId");

-- CreateIndex
CREATE UNIQUE INDEX "Alert_dedupeKey_key" ON "Alert"("dedupeKey");

-- CreateIndex
CREATE INDEX "Alert_acknowledgedAt_createdAt_idx" ON "Alert"("acknowledgedAt", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "Alert_episodeId_createdAt_idx" ON "Alert"("episodeId", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "AuditLog_episodeId_createdAt_idx" ON "AuditLog"("episodeId", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "AuditLog_createdAt_idx" ON "AuditLog"("createdAt" DESC);

-- AddForeignKey
ALTER TABLE "Account" ADD CONSTRAINT "Account_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Host" ADD CONSTRAINT "Host_showId_fkey" FOREIGN KEY ("showId") REFERENCES "Show"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Episode" ADD CONSTRAINT "Episode_showId_fkey" FOREIGN KEY ("showId") REFERENCES "Show"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Episode" ADD CONSTRAINT "Episode_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PipelineRun" ADD CONSTRAINT "PipelineRun_episodeId_fkey" FOREIGN KEY ("episodeId") REFERENCES "Episode"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StageRun" ADD CONSTRAINT "StageRun_pipelineRunId_fkey" FOREIGN KEY ("pipelineRunId") REFERENCES "PipelineRun"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StageRun" ADD CONSTRAINT "StageRun_episodeId_fkey" FOREIGN KEY ("episodeId") REFERENCES "Episode"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Source" ADD CONSTRAINT "Source_showId_fkey" FOREIGN KEY ("showId") REFERENCES "Show"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Source" ADD CONSTRAINT "Source_episodeId_fkey" FOREIGN KEY ("episodeId") REFERENCES "Episode"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_episodeId_fkey" FOREIGN KEY ("episodeId") REFERENCES "Episode"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScriptVersion" ADD CONSTRAINT "ScriptVersion_episodeId_fkey" FOREIGN KEY ("episodeId") REFERENCES "Episode"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScriptVersion" ADD CONSTRAINT "ScriptVersion_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BrandScore" ADD CONSTRAINT "BrandScore_episodeId_fkey" FOREIGN KEY ("episodeId") REFERENCES "Episode"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BrandScore" ADD CONSTRAINT "BrandScore_showId_fkey" FOREIGN KEY ("showId") REFERENCES "Show"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BrandScore" ADD CONSTRAINT "BrandScore_scriptVersionId_fkey" FOREIGN KEY ("scriptVersionId") REFERENCES "ScriptVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AudioAsset" ADD CONSTRAINT "AudioAsset_episodeId_fkey" FOREIGN KEY ("episodeId") REFERENCES "Episode"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QualityAssessment" ADD CONSTRAINT "QualityAssessment_episodeId_fkey" FOREIGN KEY ("episodeId") REFERENCES "Episode"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QualityAssessment" ADD CONSTRAINT "QualityAssessment_pipelineRunId_fkey" FOREIGN KEY ("pipelineRunId") REFERENCES "PipelineRun"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Certification" ADD CONSTRAINT "Certification_episodeId_fkey" FOREIGN KEY ("episodeId") REFERENCES "Episode"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Gate" ADD CONSTRAINT "Gate_episodeId_fkey" FOREIGN KEY ("episodeId") REFERENCES "Episode"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Gate" ADD CONSTRAINT "Gate_pipelineRunId_fkey" FOREIGN KEY ("pipelineRunId") REFERENCES "PipelineRun"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Gate" ADD CONSTRAINT "Gate_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CostEntry" ADD CONSTRAINT "CostEntry_episodeId_fkey" FOREIGN KEY ("episodeId") REFERENCES "Episode"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CostEntry" ADD CONSTRAINT "CostEntry_stageRunId_fkey" FOREIGN KEY ("stageRunId") REFERENCES "StageRun"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CostEntry" ADD CONSTRAINT "CostEntry_priceId_fkey" FOREIGN KEY ("priceId") REFERENCES "Price"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Price" ADD CONSTRAINT "Price_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BudgetPolicy" ADD CONSTRAINT "BudgetPolicy_showId_fkey" FOREIGN KEY ("showId") REFERENCES "Show"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BudgetPolicy" ADD CONSTRAINT "BudgetPolicy_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Alert" ADD CONSTRAINT "Alert_episodeId_fkey" FOREIGN KEY ("episodeId") REFERENCES "Episode"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Alert" ADD CONSTRAINT "Alert_acknowledgedById_fkey" FOREIGN KEY ("acknowledgedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditLog" ADD CONSTRAINT "AuditLog_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditLog" ADD CONSTRAINT "AuditLog_episodeId_fkey" FOREIGN KEY ("episodeId") REFERENCES "Episode"("id") ON DELETE CASCADE ON UPDATE CASCADE;
