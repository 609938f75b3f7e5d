"use client";

import { useEffect, useRef, useState } from "react";
import { useQueryClient } from "@tanstack/react-query";
import type { EpisodeAudio } from "@/lib/episodes/get-episode-audio";
import { sendJson } from "@/lib/http/fetch-json";
import type { LineRegenerationStatus } from "@/lib/domain/line-regeneration-status";
import { Badge } from "@/components/ui/badge";
import { DataTable } from "@/components/ui/data-table";
import type { Jsonify } from "../types";
import { TabState } from "../tabs/tab-state";
import { useEpisodeData } from "../tabs/use-episode-data";
import { AudioPlayer } from "./audio-player";
import { measurementRows, type RowStatus } from "./measurement-rows";

type AudioData = Jsonify<EpisodeAudio> & { regeneration: LineRegenerationStatus };

const STATUS: Record<RowStatus, { text: string; tone: "success" | "danger" | "neutral" | "info" }> = {
  pass: { text: "Pass", tone: "success" },
  fail: { text: "Fail", tone: "danger" },
  "not-run": { text: "Not run", tone: "neutral" },
  info: { text: "Info", tone: "info" },
};

/**
 * The Audio tab: the master on a waveform with its segments and following transcript (each line playable on its own,
 * and, for an editor while the final approval waits, regenerable), how many lines were voiced afresh, and its
 * measurements.
 */
export function AudioPanel({
  episodeId,
  status,
  canRegenerate = false,
}: {
  episodeId: string;
  status: string;
  canRegenerate?: boolean;
}) {
  const { data, isLoading, error } = useEpisodeData<AudioData>(
    episodeId,
    "audio",
    status,
    (d) => d.regeneration.state === "pending",
  );
  const queryClient = useQueryClient();
  const [sending, setSending] = useState<number | null>(null);
  const [requested, setRequested] = useState<number | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  // A regeneration that finished changed the master and, after it, the scores and the final gate's evidence.
  const regenerationState = data?.regeneration.state;
  const was = useRef(regenerationState);
  useEffect(() => {
    if (was.current === "pending" && regenerationState !== "pending")
      void queryClient.invalidateQueries({ queryKey: ["episode", episodeId] });
    was.current = regenerationState;
  }, [episodeId, queryClient, regenerationState]);
  async function regenerate(line: number) {
    setSending(line);
    setRequested(null);
    setRefusal(null);
    const sent = await sendJson(`/api/episodes/${episodeId}/audio/regenerate`, "POST", { line });
    // Accepted (202): the worker regenerates; once the tab has read the claimed row, it polls until it is done.
    if (sent.ok) {
      await queryClient.invalidateQueries({ queryKey: ["episode", episodeId, "audio"] });
      setRequested(line);
    } else setRefusal(`Line ${line} was not regenerated: ${sent.error}`);
    setSending(null);
  }
  const regenerateNote = refusal
    ? { ok: false, text: refusal }
    : data && (requested !== null || data.regeneration.state !== "idle")
      ? regenerationNote(data.regeneration, requested)
      : null;
  if (!data?.audio)
    return (
      <TabState
        loading={isLoading}
        error={error}
        empty
        emptyTitle="No audio yet"
        emptyText="Audio appears after the script is approved and synthesised."
      />
    );
  const { audio, validation } = data;
  return (
    <div className="grid grid-cols-1 gap-6 xl:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]" data-testid="audio-panel">
      <div className="space-y-3">
        {audio.voiced && (
          <p className="text-sm text-slate-600" data-testid="audio-voiced">
            {audio.voiced.synthesized} {audio.voiced.synthesized === 1 ? "line" : "lines"} synthesised,{" "}
            {audio.voiced.reused} reused from earlier takes.
          </p>
        )}
        {regenerateNote && (
          <p
            data-testid="regenerate-note"
            className={regenerateNote.ok ? "text-sm text-emerald-700" : "text-sm text-red-700"}
          >
            {regenerateNote.text}
          </p>
        )}
        <AudioPlayer
          audio={audio}
          onRegenerate={canRegenerate && status === "AWAITING_FINAL_APPROVAL" ? regenerate : undefined}
          regenerating={sending ?? (data.regeneration.state === "pending" ? (data.regeneration.line ?? 0) : null)}
        />
      </div>
      <Measurements audio={audio} validation={validation} />
    </div>
  );
}

/** What the editor's regeneration came to, from the worker's rows (polled while it is under way). */
function regenerationNote(status: AudioData["regeneration"], requested: number | null) {
  const line = status.state === "idle" ? requested : (status.line ?? requested);
  if (status.state === "pending") return { ok: true, text: `Regenerating line ${line}…` };
  if (status.state === "failed")
    return {
      ok: false,
      text: `Line ${line} was not regenerated: ${status.message} This master is the one in use: regenerate the line again, or approve the audio as it is.`,
    };
  return {
    ok: true,
    text: `Line ${line} was regenerated; the episode was mastered and measured again, and its scores re-assessed.`,
  };
}

function Measurements({
  audio,
  validation,
}: {
  audio: NonNullable<AudioData["audio"]>;
  validation: AudioData["validation"];
}) {
  const rows = measurementRows(audio, validation?.checks ?? null);
  return (
    <section aria-labelledby="measurements-heading" className="space-y-3">
      <div className="flex flex-wrap items-baseline gap-3">
        <h3 id="measurements-heading" className="font-semibold">
          Measurements
        </h3>
        {validation ? (
          <Badge tone={validation.passed ? "success" : "danger"}>
            {validation.passed ? "every check that ran passed" : "a check failed"}
          </Badge>
        ) : (
          <Badge tone="neutral">not validated yet</Badge>
        )}
      </div>
      <DataTable
        variant="plain"
        testId="audio-measurements"
        caption="The master's measurements against their thresholds"
        columns={[{ label: "Measurement" }, { label: "Measured" }, { label: "Threshold" }, { label: "Result" }]}
      >
        {rows.map((r) => (
          <tr key={r.key} data-testid={`measurement-${r.key}`} data-status={r.status}>
            <th scope="row" className="py-2 pr-3 text-left align-top font-medium">
              {r.label}
              <span className="block text-xs font-normal text-slate-500">{r.detail}</span>
            </th>
            <td className="py-2 pr-3 align-top tabular-nums">{r.measured}</td>
            <td className="py-2 pr-3 align-top text-slate-600">{r.threshold}</td>
            <td className="py-2 align-top">
              <Badge tone={STATUS[r.status].tone}>{STATUS[r.status].text}</Badge>
            </td>
          </tr>
        ))}
      </DataTable>
      {validation && (
        <p className="text-xs text-slate-500">
          {validation.sqi && (
            <>
              {validation.sqi.name} {validation.sqi.value.toFixed(2)} / 5.{" "}
            </>
          )}
          {validation.transcriber && validation.transcriber !== "none"
            ? `Words heard by ${validation.transcriber}.`
            : "No transcriber was available, so the word error rate was not measured."}
        </p>
      )}
    </section>
  );
}
