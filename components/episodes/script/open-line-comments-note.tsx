"use client";

import type { LineCommentsJson } from "./use-line-comments";
import { useEpisodeData } from "../tabs/use-episode-data";

/** On the script gate: how many open line comments a rejection would carry to the writer. */
export function OpenLineCommentsNote({ episodeId, status }: { episodeId: string; status: string }) {
  const { data } = useEpisodeData<LineCommentsJson>(episodeId, "script/comments", status);
  if (!data?.open) return null;
  return (
    <p className="text-sm text-amber-800" data-testid="open-line-comments">
      {data.open === 1 ? "1 open line comment" : `${data.open} open line comments`} will go to the writer if you reject
      this version.
    </p>
  );
}
