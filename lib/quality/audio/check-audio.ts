// The audio validator's verdict: each measurement against its threshold, with unmeasured checks listed as not run.

import type { AudioMeasurements, AudioPlan, SegmentMeasurement } from "./measurements";
import { DEFAULT_AUDIO_THRESHOLDS, type AudioThresholds } from "./thresholds";

export type AudioCheckKey = "loudness" | "true-peak" | "clipping" | "dead-air" | "duration" | "wer" | "silent-segments";

export interface AudioCheck {
  key: AudioCheckKey;
  label: string;
  measured: number | null;
  threshold: string;
  /** null = not run (nothing was measured). */
  passed: boolean | null;
  detail: string;
}

export interface AudioCheckResult {
  checks: AudioCheck[];
  /** Every check that ran passed (and at least one ran). Not-run checks are in `notRun`, never counted as passed. */
  passed: boolean;
  notRun: AudioCheckKey[];
}

const fmt = (n: number, digits = 1) => n.toFixed(digits);

function notRun(key: AudioCheckKey, label: string, threshold: string, why: string): AudioCheck {
  return { key, label, measured: null, threshold, passed: null, detail: `Not run: ${why}.` };
}

function loudness(m: AudioMeasurements, t: AudioThresholds): AudioCheck {
  const threshold = `${fmt(t.targetLufs)} ± ${fmt(t.lufsTolerance)} LUFS`;
  if (m.integratedLufs === null)
    return notRun("loudness", "Integrated loudness", threshold, "loudness was not measured");
  const off = m.integratedLufs - t.targetLufs;
  const passed = Math.abs(off) <= t.lufsTolerance;
  return {
    key: "loudness",
    label: "Integrated loudness",
    measured: m.integratedLufs,
    threshold,
    passed,
    detail: passed
      ? `${fmt(m.integratedLufs)} LUFS is within target.`
      : `${fmt(m.integratedLufs)} LUFS is ${fmt(Math.abs(off))} LU ${off < 0 ? "too quiet" : "too loud"} (target ${threshold}).`,
  };
}

function truePeak(m: AudioMeasurements, t: AudioThresholds): AudioCheck {
  const threshold = `≤ ${fmt(t.maxTruePeakDbtp)} dBTP`;
  if (m.truePeakDbtp === null) return notRun("true-peak", "True peak", threshold, "true peak was not measured");
  const passed = m.truePeakDbtp <= t.maxTruePeakDbtp;
  return {
    key: "true-peak",
    label: "True peak",
    measured: m.truePeakDbtp,
    threshold,
    passed,
    detail: passed
      ? `${fmt(m.truePeakDbtp)} dBTP leaves enough headroom.`
      : `True peak ${fmt(m.truePeakDbtp)} dBTP is above ${fmt(t.maxTruePeakDbtp)} dBTP; MP3 decoders may clip.`,
  };
}

function clipping(m: AudioMeasurements, t: AudioThresholds): AudioCheck {
  const threshold = `≤ ${t.maxClippedRuns} clipped runs`;
  if (m.clippedRuns === null) return notRun("clipping", "Clipping", threshold, "clipping was not measured");
  const passed = m.clippedRuns <= t.maxClippedRuns;
  return {
    key: "clipping",
    label: "Clipping",
    measured: m.clippedRuns,
    threshold,
    passed,
    detail: passed
      ? "No clipping beyond the allowance."
      : `${m.clippedRuns} clipped sample runs (allowed ${t.maxClippedRuns}).`,
  };
}

function deadAir(m: AudioMeasurements, t: AudioThresholds): AudioCheck {
  const threshold = `≤ ${fmt(t.maxDeadAirSec)} s silence`;
  if (m.longestSilenceSec === null) return notRun("dead-air", "Dead air", threshold, "silence gaps were not measured");
  const passed = m.longestSilenceSec <= t.maxDeadAirSec;
  return {
    key: "dead-air",
    label: "Dead air",
    measured: m.longestSilenceSec,
    threshold,
    passed,
    detail: passed
      ? `Longest silence ${fmt(m.longestSilenceSec)} s.`
      : `A ${fmt(m.longestSilenceSec)} s silence exceeds the ${fmt(t.maxDeadAirSec)} s dead-air limit.`,
  };
}

function duration(m: AudioMeasurements, plan: AudioPlan, t: AudioThresholds): AudioCheck {
  const lo = plan.plannedDurationSec * (1 - t.durationTolerance);
  const hi = plan.plannedDurationSec * (1 + t.durationTolerance);
  const threshold = `${Math.round(plan.plannedDurationSec)} s ± ${Math.round(t.durationTolerance * 100)}% (${Math.round(lo)}–${Math.round(hi)} s)`;
  if (m.durationSec === null) return notRun("duration", "Duration vs plan", threshold, "duration was not measured");
  if (plan.plannedDurationSec <= 0)
    return notRun("duration", "Duration vs plan", threshold, "the plan has no duration");
  const off = m.durationSec / plan.plannedDurationSec - 1;
  const passed = Math.abs(off) <= t.durationTolerance;
  const pct = `${off >= 0 ? "+" : "−"}${Math.round(Math.abs(off) * 100)}%`;
  return {
    key: "duration",
    label: "Duration vs plan",
    measured: m.durationSec,
    threshold,
    passed,
    detail: passed
      ? `${Math.round(m.durationSec)} s (${pct} vs plan).`
      : `${Math.round(m.durationSec)} s is ${pct} vs the planned ${Math.round(plan.plannedDurationSec)} s.`,
  };
}

function wer(m: AudioMeasurements, t: AudioThresholds): AudioCheck {
  const threshold = `≤ ${Math.round(t.maxWer * 100)}% WER`;
  if (m.wer === null) return notRun("wer", "Audio says the script (WER)", threshold, "no transcriber ran");
  const passed = m.wer <= t.maxWer;
  return {
    key: "wer",
    label: "Audio says the script (WER)",
    measured: m.wer,
    threshold,
    passed,
    detail: passed
      ? `Word error rate ${Math.round(m.wer * 100)}%.`
      : `Word error rate ${Math.round(m.wer * 100)}% exceeds ${Math.round(t.maxWer * 100)}%: the audio does not say the script.`,
  };
}

function isSilent(s: SegmentMeasurement, t: AudioThresholds): boolean {
  return s.durationSec < t.minSegmentSec || s.integratedLufs === null || s.integratedLufs < t.silentSegmentLufs;
}

function silentSegments(m: AudioMeasurements, t: AudioThresholds): AudioCheck {
  const threshold = `0 segments below ${fmt(t.silentSegmentLufs, 0)} LUFS or shorter than ${fmt(t.minSegmentSec)} s`;
  if (m.segments === null || m.segments.length === 0)
    return notRun("silent-segments", "Silent or empty segments", threshold, "no per-segment measurements");
  const silent = m.segments.filter((s) => isSilent(s, t));
  return {
    key: "silent-segments",
    label: "Silent or empty segments",
    measured: silent.length,
    threshold,
    passed: silent.length === 0,
    detail:
      silent.length === 0
        ? `All ${m.segments.length} segments carry speech.`
        : `Silent or empty segments: ${silent.map((s) => s.id).join(", ")}.`,
  };
}

export function checkAudio(
  measurements: AudioMeasurements,
  plan: AudioPlan,
  thresholds: Partial<AudioThresholds> = {},
): AudioCheckResult {
  const t = { ...DEFAULT_AUDIO_THRESHOLDS, ...thresholds };
  const checks = [
    loudness(measurements, t),
    truePeak(measurements, t),
    clipping(measurements, t),
    deadAir(measurements, t),
    duration(measurements, plan, t),
    wer(measurements, t),
    silentSegments(measurements, t),
  ];
  const ran = checks.filter((c) => c.passed !== null);
  return {
    checks,
    passed: ran.length > 0 && ran.every((c) => c.passed === true),
    notRun: checks.filter((c) => c.passed === null).map((c) => c.key),
  };
}
