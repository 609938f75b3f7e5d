"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { sendJson } from "@/lib/http/fetch-json";
import type { listLineComments } from "@/lib/episodes/list-line-comments";
import type { Jsonify } from "../types";
import { useEpisodeData } from "../tabs/use-episode-data";

export type LineCommentsJson = Jsonify<Awaited<ReturnType<typeof listLineComments>>>;
export type LineCommentJson = LineCommentsJson["comments"][number];
export type LineRange = { firstLine: number; lastLine: number };

/**
 * The line comments of the shown script version, the lines selected to comment on (a click picks a line, a
 * shift-click extends to it) and the two things an editor does: comment, resolve. `canComment`: this is the version
 * waiting for approval and the user may decide its gate.
 */
export function useLineComments(episodeId: string, version: number | null, status: string, canComment: boolean) {
  const queryClient = useQueryClient();
  const { data } = useEpisodeData<LineCommentsJson>(
    episodeId,
    version ? `script/comments?version=${version}` : "script/comments",
    status,
  );
  const [selection, setSelection] = useState<LineRange | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  function pick(line: number, extend: boolean) {
    setError(null);
    setSelection((s) =>
      extend && s
        ? { firstLine: Math.min(s.firstLine, line), lastLine: Math.max(s.lastLine, line) }
        : s?.firstLine === line && s.lastLine === line
          ? null
          : { firstLine: line, lastLine: line },
    );
  }

  async function send(url: string, body?: unknown): Promise<boolean> {
    setBusy(true);
    setError(null);
    const sent = await sendJson(url, "POST", body ?? {});
    setBusy(false);
    if (!sent.ok) {
      setError(sent.error);
      return false;
    }
    // The gate panel's count and this list both read the comments.
    void queryClient.invalidateQueries({ queryKey: ["episode", episodeId] });
    return true;
  }

  const base = `/api/episodes/${episodeId}/script/comments`;
  return {
    comments: data?.comments ?? [],
    canComment: canComment && version !== null,
    selection,
    setSelection,
    pick,
    error,
    busy,
    async add(text: string) {
      if (!selection || !version) return false;
      const done = await send(base, { version, ...selection, text });
      if (done) setSelection(null);
      return done;
    },
    resolve: (id: string) => send(`${base}/${id}`),
  };
}

export type LineComments = ReturnType<typeof useLineComments>;
