// The Audio tab's measurements table: each measurement beside its threshold, as the audio validator judged it.

import { formatTime } from "./audio-timeline";

export interface ValidatorCheck {
  key: string;
  label: string;
  measured: number | null;
  threshold: string;
  passed: boolean | null;
  detail: string;
}

export type RowStatus = "pass" | "fail" | "not-run" | "info";

export interface MeasurementRow {
  key: string;
  label: string;
  measured: string;
  threshold: string;
  status: RowStatus;
  detail: string;
}

interface AssetMeasurements {
  integratedLufs: number | null;
  truePeakDb: number | null;
  loudnessRange: number | null;
  wer: number | null;
  durationSec: number;
}

const ORDER = ["loudness", "true-peak", "lra", "wer", "dead-air", "duration", "clipping", "silent-segments"] as const;

const LABELS: Record<(typeof ORDER)[number], string> = {
  loudness: "Integrated loudness",
  "true-peak": "True peak",
  lra: "Loudness range (LRA)",
  wer: "Word error rate",
  "dead-air": "Dead air",
  duration: "Duration vs plan",
  clipping: "Clipping",
  "silent-segments": "Silent or empty segments",
};

function formatMeasured(key: string, v: number | null): string {
  if (v === null || !Number.isFinite(v)) return "—";
  switch (key) {
    case "loudness":
      return `${v.toFixed(1)} LUFS`;
    case "true-peak":
      return `${v.toFixed(1)} dBTP`;
    case "lra":
      return `${v.toFixed(1)} LU`;
    case "wer":
      return `${(v * 100).toFixed(1)}%`;
    case "dead-air":
      return `${v.toFixed(1)} s`;
    case "duration":
      return `${formatTime(v)} (${Math.round(v)} s)`;
    case "clipping":
      return `${v} ${v === 1 ? "run" : "runs"}`;
    default:
      return String(v);
  }
}

function fromAsset(key: string, a: AssetMeasurements): number | null {
  const values: Record<string, number | null> = {
    loudness: a.integratedLufs,
    "true-peak": a.truePeakDb,
    wer: a.wer,
    duration: a.durationSec,
  };
  return values[key] ?? null;
}

/**
 * One row per measurement, in the order an editor reads them. The verdicts and thresholds are the validator's own
 * (never recomputed here); LRA is reported without a threshold. Before the validator has judged this master, its
 * stored measurements are shown as not run.
 */
export function measurementRows(asset: AssetMeasurements, checks: readonly ValidatorCheck[] | null): MeasurementRow[] {
  return ORDER.flatMap((key): MeasurementRow[] => {
    if (key === "lra")
      return [
        {
          key,
          label: LABELS.lra,
          measured: formatMeasured(key, asset.loudnessRange),
          threshold: "Reported, not checked",
          status: "info",
          detail: "How much the loudness varies (EBU R128 LRA).",
        },
      ];
    const check = checks?.find((c) => c.key === key);
    if (!check) {
      if (checks) return []; // the validator has no such check: nothing to show
      return [
        {
          key,
          label: LABELS[key],
          measured: formatMeasured(key, fromAsset(key, asset)),
          threshold: "—",
          status: "not-run",
          detail: "The audio validator has not judged this audio yet.",
        },
      ];
    }
    return [
      {
        key,
        label: LABELS[key] ?? check.label,
        measured: formatMeasured(key, check.measured),
        threshold: check.threshold,
        status: check.passed === null ? "not-run" : check.passed ? "pass" : "fail",
        detail: check.detail,
      },
    ];
  });
}
