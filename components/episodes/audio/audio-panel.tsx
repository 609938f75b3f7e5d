"use client";

import type { EpisodeAudio } from "@/lib/episodes/get-episode-audio";
import { Badge } from "@/components/ui/badge";
import { DataTable } from "@/components/ui/data-table";
import type { Jsonify } from "../types";
import { TabState } from "../tabs/tab-state";
import { useEpisodeData } from "../tabs/use-episode-data";
import { AudioPlayer } from "./audio-player";
import { measurementRows, type RowStatus } from "./measurement-rows";

type AudioData = Jsonify<EpisodeAudio>;

const STATUS: Record<RowStatus, { text: string; tone: "success" | "danger" | "neutral" | "info" }> = {
  pass: { text: "Pass", tone: "success" },
  fail: { text: "Fail", tone: "danger" },
  "not-run": { text: "Not run", tone: "neutral" },
  info: { text: "Info", tone: "info" },
};

/** The Audio tab: the master on a waveform with its segments and following transcript, and its measurements. */
export function AudioPanel({ episodeId, status }: { episodeId: string; status: string }) {
  const { data, isLoading, error } = useEpisodeData<AudioData>(episodeId, "audio", status);
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
      <AudioPlayer audio={audio} />
      <Measurements audio={audio} validation={validation} />
    </div>
  );
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
