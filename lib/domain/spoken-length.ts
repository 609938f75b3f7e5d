import { countWords } from "@/lib/text/spoken-form";
import type { Script } from "./script";

/** ~150 spoken words a minute (a relaxed conversational pace): the length contract between plan, script and audio. */
export const WORDS_PER_MINUTE = 150;

/** How long a script runs at that pace, in seconds, when no audio has measured it. */
export function spokenSeconds(script: Pick<Script, "segments">): number {
  const words = script.segments.flatMap((s) => s.lines).reduce((n, l) => n + countWords(l.text), 0);
  return Math.round((words / WORDS_PER_MINUTE) * 60);
}
