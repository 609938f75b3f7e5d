"use client";

import type { EpisodeAudio } from "@/lib/episodes/get-episode-audio";
import type { getEpisodeQuality } from "@/lib/episodes/get-episode-quality";
import { AudioPlayer } from "./audio/audio-player";
import { QualityDimensionBars } from "./quality-dimension-bars";
import { useEpisodeData } from "./tabs/use-episode-data";
import type { EpisodeDetailJson, Jsonify } from "./types";

type Quality = Jsonify<Awaited<ReturnType<typeof getEpisodeQuality>>>;

/**
 * What the final decision is made on: the master with its transcript, the six dimensions against their thresholds,
 * and the certification as the readiness stage made it, with a plain warning when it will fail.
 */
export function FinalGateEvidence({ episode }: { episode: EpisodeDetailJson }) {
  const audio = useEpisodeData<Jsonify<EpisodeAudio>>(episode.id, "audio", episode.status).data?.audio;
  const assessment = useEpisodeData<Quality>(episode.id, "quality", episode.status).data?.assessment;
  const readiness = episode.readiness;
  return (
    <div className="space-y-4" data-testid="final-gate-evidence">
      <ReadinessSummary readiness={readiness} />
      {audio ? <AudioPlayer audio={audio} /> : <p className="text-sm text-slate-500">Loading the audio…</p>}
      {assessment && (
        <section aria-labelledby="gate-dimensions-heading" className="space-y-2">
          <h3 id="gate-dimensions-heading" className="font-semibold">
            Six dimensions{" "}
            <span className="text-sm font-normal text-slate-600">
              overall {assessment.overall.toFixed(1)} against the {assessment.overallTarget.toFixed(1)} target
            </span>
          </h3>
          <QualityDimensionBars dimensions={assessment.dimensions} />
        </section>
      )}
    </div>
  );
}

function ReadinessSummary({ readiness }: { readiness: EpisodeDetailJson["readiness"] }) {
  if (!readiness) return <p className="text-sm text-slate-500">The readiness check has not run.</p>;
  if (readiness.blockers.length > 0)
    return (
      <div
        className="rounded-md border border-red-200 bg-red-50 px-4 py-3 text-sm text-red-900"
        data-testid="certification-warning"
      >
        <p className="font-semibold">Certification fails: {readiness.blockers.join(" ")}</p>
        <p className="mt-1">Approving anyway needs an override with your reason, recorded in the certification.</p>
      </div>
    );
  return (
    <div
      className="rounded-md border border-emerald-200 bg-emerald-50 px-4 py-3 text-sm text-emerald-900"
      data-testid="certification-passes"
    >
      Certification passes once you approve
      {readiness.warnings.length > 0 && <>, with warnings: {readiness.warnings.join(" ")}</>}.
    </div>
  );
}
