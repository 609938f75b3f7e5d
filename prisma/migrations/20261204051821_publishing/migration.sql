-- CreateEnum
CREATE TYPE "ShowType" AS ENUM ('EPISODIC', 'SERIAL');

-- CreateEnum
CREATE TYPE "EpisodeType" AS ENUM ('FULL', 'TRAILER', 'BONUS');

-- CreateEnum
CREATE TYPE "PublicationStatus" AS ENUM ('SCHEDULED', 'PUBLISHED', 'UNPUBLISHED');

-- AlterTable
ALTER TABLE "Episode" ADD COLUMN     "artworkKey" TEXT,
ADD COLUMN     "artworkType" TEXT,
ADD COLUMN     "artworkUpdatedAt" TIMESTAMP(3),
ADD COLUMN     "artworkWidth" INTEGER,
ADD COLUMN     "episodeNumber" INTEGER,
ADD COLUMN     "episodeType" "EpisodeType" NOT NULL DEFAULT 'FULL',
ADD COLUMN     "seasonNumber" INTEGER,
ADD COLUMN     "showNotes" TEXT,
ADD COLUMN     "showNotesEditedAt" TIMESTAMP(3),
ADD COLUMN     "showNotesEditedById" TEXT;

-- AlterTable
ALTER TABLE "Show" ADD COLUMN     "artworkKey" TEXT,
ADD COLUMN     "artworkType" TEXT,
ADD COLUMN     "artworkUpdatedAt" TIMESTAMP(3),
ADD COLUMN     "artworkWidth" INTEGER,
ADD COLUMN     "author" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "category" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "copyright" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "explicit" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "ownerEmail" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "ownerName" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "podcastGuid" TEXT,
ADD COLUMN     "publicBaseUrl" TEXT,
ADD COLUMN     "showType" "ShowType" NOT NULL DEFAULT 'EPISODIC',
ADD COLUMN     "subcategory" TEXT NOT NULL DEFAULT '';

-- CreateTable
CREATE TABLE "Publication" (
    "id" TEXT NOT NULL,
    "episodeId" TEXT NOT NULL,
    "guid" TEXT NOT NULL,
    "status" "PublicationStatus" NOT NULL,
    "scheduledFor" TIMESTAMP(3),
    "publishedAt" TIMESTAMP(3),
    "unpublishedAt" TIMESTAMP(3),
    "decidedById" TEXT,
    "masterId" TEXT,
    "audioKey" TEXT,
    "audioBytes" INTEGER,
    "durationMs" INTEGER,
    "transcriptVttKey" TEXT,
    "transcriptSrtKey" TEXT,
    "chaptersKey" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Publication_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Publication_episodeId_key" ON "Publication"("episodeId");

-- CreateIndex
CREATE UNIQUE INDEX "Publication_guid_key" ON "Publication"("guid");

-- CreateIndex
CREATE INDEX "Publication_status_publishedAt_idx" ON "Publication"("status", "publishedAt" DESC);

-- AddForeignKey
ALTER TABLE "Publication" ADD CONSTRAINT "Publication_episodeId_fkey" FOREIGN KEY ("episodeId") REFERENCES "Episode"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Publication" ADD CONSTRAINT "Publication_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
