import type { EpisodeDetail } from "@/lib/episodes/get-episode-detail";

export type Jsonify<T> = T extends Date
  ? string
  : T extends (infer U)[]
    ? Jsonify<U>[]
    : T extends object
      ? { [K in keyof T]: Jsonify<T[K]> }
      : T;

/** The episode detail as it arrives over JSON (dates as strings). */
export type EpisodeDetailJson = Jsonify<EpisodeDetail>;
