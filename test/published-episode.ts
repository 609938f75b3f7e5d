import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import sharp from "sharp";
import type { SessionUser } from "@/lib/auth/guard";
import type { Db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { renderSignal } from "@/lib/providers/audio/test-signals";
import type { AudioStorage } from "@/lib/providers/storage/types";
import { episodeIn } from "./episodes-workspace";

export const SEGMENTS = [
  {
    title: "Why we sleep",
    lines: [
      { speaker: "Ada", text: "Welcome back." },
      { speaker: "Ben", text: "Today, sleep." },
    ],
  },
  { title: "What memory keeps", lines: [{ speaker: "Ada", text: "Memory settles at night." }] },
];
export const TIMELINE = [
  { segment: 0, line: 1, speaker: "Ada", text: "Welcome back.", start: 0, end: 1.2 },
  { segment: 0, line: 2, speaker: "Ben", text: "Today, sleep.", start: 1.4, end: 2.4 },
  { segment: 1, line: 3, speaker: "Ada", text: "Memory settles at night.", start: 2.6, end: 3.8 },
];

/** A real 4-second MP3 rendered by ffmpeg once per test file. */
export async function renderMasterMp3(): Promise<Buffer> {
  const dir = await mkdtemp(path.join(tmpdir(), "publish-master-"));
  return readFile(await renderSignal(dir, "master.mp3", "sine=frequency=440:duration=4", [], "libmp3lame"));
}

/** Fills every feed setting the check needs and stores a real artwork image, as the show page's forms would. */
export async function makeFeedReady(
  db: Db,
  storage: AudioStorage,
  showId: string,
  publicBaseUrl = "https://studio.example.com",
) {
  const artwork = await sharp({
    create: { width: 1400, height: 1400, channels: 3, background: { r: 20, g: 90, b: 160 } },
  })
    .png()
    .toBuffer();
  await storage.put(`public/shows/${showId}/artwork-1.png`, artwork, "image/png");
  return db.show.update({
    where: { id: showId },
    data: {
      publicBaseUrl,
      author: "Signal and Noise Productions",
      ownerName: "Pat Editor",
      ownerEmail: "owner@example.com",
      category: "Science",
      artworkKey: `public/shows/${showId}/artwork-1.png`,
      artworkType: "image/png",
      artworkWidth: 1400,
      artworkUpdatedAt: new Date(),
    },
  });
}

/**
 * A READY episode with a stored master (its timeline and the script's segment titles) and a certification: passing,
 * or failing with the final approval's override over `overridden` blockers (null: approved without an override).
 */
export async function readyEpisode(
  ws: { db: Db; show: { id: string } },
  storage: AudioStorage,
  user: SessionUser,
  mp3: Buffer,
  certification: { certified: true } | { certified: false; blockers: string[]; overridden: string[] | null } = {
    certified: true,
  },
) {
  const episode = await episodeIn(ws, user, "READY");
  const storageKey = `episodes/${episode.id}/master.mp3`;
  await storage.put(storageKey, mp3, "audio/mpeg");
  await ws.db.scriptVersion.create({
    data: { episodeId: episode.id, version: 1, authorKind: "PIPELINE", segments: SEGMENTS },
  });
  await ws.db.audioAsset.create({
    data: {
      episodeId: episode.id,
      kind: "MASTER",
      storageKey,
      format: "mp3",
      mimeType: "audio/mpeg",
      byteSize: mp3.length,
      durationMs: 4_000,
      sampleRate: 44_100,
      channels: 1,
      timeline: TIMELINE,
    },
  });
  const report: Prisma.InputJsonValue = certification.certified
    ? { certified: true, blockers: [], warnings: [] }
    : {
        certified: false,
        blockers: certification.blockers,
        warnings: [],
        ...(certification.overridden && {
          override: {
            overriddenBy: "Editor",
            reason: "Approved for release anyway.",
            blockers: certification.overridden,
            at: new Date().toISOString(),
          },
        }),
      };
  await ws.db.certification.create({
    data: {
      episodeId: episode.id,
      certified: certification.certified,
      report,
      overrideReason: !certification.certified && certification.overridden ? "Approved for release anyway." : null,
    },
  });
  return episode;
}
