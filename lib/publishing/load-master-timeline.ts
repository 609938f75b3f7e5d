import type { Db } from "@/lib/db";
import { audioTimelineSchema, type AudioTimelineEntry } from "@/lib/domain/audio-timeline";
import { chaptersFromTimeline, type Chapter } from "@/lib/domain/chapters";
import { scriptSchema, type Script } from "@/lib/domain/script";
import { findCurrentMaster } from "@/lib/episodes/get-episode-audio";

type Master = NonNullable<Awaited<ReturnType<typeof findCurrentMaster>>>;

/** The synthesizer stores each master under the id of the script version it voiced. */
const VOICED_VERSION = /\/audio\/([^/]+)\.mp3$/;

/**
 * The script the master was voiced from: the version its storage key names, else (a master stored otherwise) the
 * latest version written before the master was made. Null when there is none or it no longer parses.
 */
async function scriptOfMaster(db: Db, master: Master): Promise<Script | null> {
  const named = VOICED_VERSION.exec(master.storageKey)?.[1];
  const version =
    (named ? await db.scriptVersion.findFirst({ where: { id: named, episodeId: master.episodeId } }) : null) ??
    (await db.scriptVersion.findFirst({
      where: { episodeId: master.episodeId, createdAt: { lte: master.createdAt } },
      orderBy: { version: "desc" },
    }));
  // The row stores the segments themselves (ScriptVersion.segments), the script's one field.
  const parsed = scriptSchema.safeParse({ segments: version?.segments });
  return parsed.success ? parsed.data : null;
}

export interface MasterTimeline {
  master: Master;
  /** Where each line sits in the master (empty when the master has none stored). */
  timeline: AudioTimelineEntry[];
  script: Script | null;
  /** One chapter per segment, titled by the voiced script's segment titles. */
  chapters: Chapter[];
}

/** The episode's current master with its timeline, the script it voices and its chapters; null without a master. */
export async function loadMasterTimeline(db: Db, episodeId: string): Promise<MasterTimeline | null> {
  const master = await findCurrentMaster(db, episodeId);
  if (!master) return null;
  const parsed = audioTimelineSchema.safeParse(master.timeline ?? []);
  const timeline = parsed.success ? parsed.data : [];
  const script = await scriptOfMaster(db, master);
  const titles = script?.segments.map((s) => s.title) ?? [];
  return { master, timeline, script, chapters: chaptersFromTimeline(timeline, titles, master.durationMs) };
}
