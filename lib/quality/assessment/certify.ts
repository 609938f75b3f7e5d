// Production-readiness certification: every gate, score, measurement and cost against its threshold, and the
// blockers that stop an episode from being certified.

import type { Money } from "@/lib/domain/money";
import type { AudioCheckResult } from "@/lib/quality/audio/check-audio";
import type { SpeechQualityIndex } from "@/lib/quality/audio/speech-quality-index";
import type { QualityAssessment } from "./assess-quality";
import type { CostActuals } from "./cost-compliance";
import { BRAND_TARGET, COST_TARGETS, MOS_TARGET, type CostTargets } from "@/lib/domain/targets";
import { describeVerdictOverrides } from "@/lib/domain/effective-verdict";

export interface GateRecord {
  kind: "SCRIPT" | "FINAL";
  status: "PENDING" | "APPROVED" | "REJECTED" | "EXPIRED";
  /** Who decided, or "automatic (show policy)"; null while pending. */
  decidedBy: string | null;
  decidedAt: Date | null;
  comment: string | null;
}

export interface CertificationInput {
  episodeTitle: string;
  assessment: QualityAssessment;
  brand: { overall: number; threshold?: number };
  audio: AudioCheckResult;
  sqi: SpeechQualityIndex;
  /** Only when a MOS model is configured; otherwise MOS is not reported at all. */
  mos?: { score: number; model: string } | null;
  /** "unavailable" = no transcriber is configured for this deployment, so a not-run WER check is a warning only. */
  transcription: "configured" | "unavailable";
  gates: GateRecord[];
  /**
   * Default true. False for the readiness check made before the final gate opens: the final gate is then listed
   * as awaiting its decision rather than blocking.
   */
  finalGateRequired?: boolean;
  cost: CostActuals;
  costTargets?: CostTargets;
}

export interface CertificationItem {
  label: string;
  value: string;
  threshold: string;
  /** null = not run or not applicable: listed, never counted as passed. */
  passed: boolean | null;
}

export interface Certification {
  certified: boolean;
  verdict: string;
  sections: { title: string; items: CertificationItem[] }[];
  blockers: string[];
  warnings: string[];
}

const usd = (n: Money) => `$${n.toFixed(2)}`;
const plainValue = (key: string, v: number | null) =>
  v === null ? "not measured" : key === "wer" ? `${Math.round(v * 100)}%` : String(Math.round(v * 100) / 100);

function gateItems(gates: GateRecord[]): CertificationItem[] {
  return gates.map((g) => ({
    label: `${g.kind === "FINAL" ? "Final" : "Script"} gate`,
    value: [
      g.status,
      g.decidedBy && `by ${g.decidedBy}`,
      g.decidedAt && `at ${g.decidedAt.toISOString()}`,
      g.comment && `“${g.comment}”`,
    ]
      .filter(Boolean)
      .join(" "),
    threshold: "APPROVED",
    passed: g.status === "APPROVED" ? true : g.status === "PENDING" ? null : false,
  }));
}

/** The latest gate of a kind decides; earlier rejections are history once a revision was approved. */
const latestGate = (gates: GateRecord[], kind: GateRecord["kind"]) => gates.filter((g) => g.kind === kind).at(-1);

export function certifyProduction(input: CertificationInput): Certification {
  const { assessment, audio, sqi, cost } = input;
  const targets = input.costTargets ?? COST_TARGETS;
  const brandThreshold = input.brand.threshold ?? BRAND_TARGET;
  const blockers: string[] = [];
  const warnings: string[] = [];

  for (const d of assessment.dimensions)
    if (d.notMeasured) warnings.push(`${d.label} not measured: ${d.notMeasured}.`);
    else if (!d.passed)
      blockers.push(`${d.label} scored ${d.score.toFixed(1)}, below its threshold ${d.threshold.toFixed(1)}.`);
  if (!assessment.meetsTarget)
    warnings.push(
      `Overall quality ${assessment.overall.toFixed(1)} is below the ${assessment.overallTarget.toFixed(1)} target.`,
    );

  const brandPassed = input.brand.overall >= brandThreshold;
  if (!brandPassed)
    blockers.push(
      `Brand consistency ${input.brand.overall.toFixed(1)} is below the brand target ${brandThreshold.toFixed(1)}.`,
    );

  for (const c of audio.checks) {
    if (c.passed === false) blockers.push(`Audio ${c.label.toLowerCase()} failed: ${c.detail}`);
    else if (c.passed === null && c.key === "wer" && input.transcription === "unavailable")
      warnings.push("WER not run: no transcriber is configured, so nobody checked that the audio says the script.");
    else if (c.passed === null) blockers.push(`Audio ${c.label.toLowerCase()} was not run: ${c.detail}`);
  }

  const mos = input.mos ?? null;
  const mosPassed = mos ? mos.score >= MOS_TARGET : null;
  if (mos && !mosPassed) blockers.push(`MOS ${mos.score.toFixed(2)} (${mos.model}) is below ${MOS_TARGET}.`);

  const finalGate = latestGate(input.gates, "FINAL");
  if (finalGate?.status !== "APPROVED" && input.finalGateRequired !== false)
    blockers.push(
      finalGate
        ? `The final gate is ${finalGate.status.toLowerCase()}, not approved.`
        : "The final gate has not been opened.",
    );

  const withinBudget = cost.total.lessThanOrEqualTo(cost.budget);
  if (!withinBudget) blockers.push(`Cost ${usd(cost.total)} is over the episode budget ${usd(cost.budget)}.`);
  const stageTargets = [
    ["Research", cost.research, targets.research],
    ["Content", cost.content, targets.content],
    ["Audio", cost.audio, targets.audio],
  ] as const;
  for (const [stage, actual, target] of stageTargets)
    if (actual.greaterThan(target)) warnings.push(`${stage} cost ${usd(actual)} is over its ${usd(target)} target.`);
  if (cost.total.greaterThan(targets.episode))
    warnings.push(`Episode cost ${usd(cost.total)} is over the ${usd(targets.episode)} per-episode target.`);
  // An editor's hand in the fact check is said, not hidden: the scores count the editor's verdicts.
  const overrides = assessment.verdictOverrides ?? [];
  for (const said of describeVerdictOverrides(overrides))
    warnings.push(`${said.charAt(0).toUpperCase()}${said.slice(1)}.`);

  const sections: Certification["sections"] = [
    { title: "Gates", items: gateItems(input.gates) },
    {
      title: "Quality",
      items: [
        ...assessment.dimensions.map((d) => ({
          label: d.label,
          value: d.notMeasured ? "not measured" : d.score.toFixed(1),
          threshold: `≥ ${d.threshold.toFixed(1)}`,
          passed: d.notMeasured ? null : d.passed,
        })),
        {
          label: "Overall",
          value: assessment.overall.toFixed(1),
          threshold: `≥ ${assessment.overallTarget.toFixed(1)}`,
          passed: assessment.meetsTarget,
        },
        {
          label: "Brand score",
          value: input.brand.overall.toFixed(1),
          threshold: `≥ ${brandThreshold.toFixed(1)}`,
          passed: brandPassed,
        },
      ],
    },
    {
      title: "Audio",
      items: [
        ...audio.checks.map((c) => ({
          label: c.label,
          value: plainValue(c.key, c.measured),
          threshold: c.threshold,
          passed: c.passed,
        })),
        {
          label: sqi.name,
          value: sqi.value === null ? "not computed" : sqi.value.toFixed(2),
          threshold: "1–5 (informational)",
          passed: null,
        },
        mos
          ? {
              label: `MOS (${mos.model})`,
              value: mos.score.toFixed(2),
              threshold: `≥ ${MOS_TARGET}`,
              passed: mosPassed,
            }
          : {
              label: "MOS",
              value: "not reported (no MOS model configured)",
              threshold: `≥ ${MOS_TARGET}`,
              passed: null,
            },
      ],
    },
    {
      title: "Costs",
      items: [
        ...stageTargets.map(([stage, actual, target]) => ({
          label: stage,
          value: usd(actual),
          threshold: `≤ ${usd(target)} target`,
          passed: actual.lessThanOrEqualTo(target),
        })),
        {
          label: "Total vs target",
          value: usd(cost.total),
          threshold: `≤ ${usd(targets.episode)} target`,
          passed: cost.total.lessThanOrEqualTo(targets.episode),
        },
        {
          label: "Total vs budget",
          value: usd(cost.total),
          threshold: `≤ ${usd(cost.budget)} budget`,
          passed: withinBudget,
        },
      ],
    },
  ];

  if (overrides.length)
    sections.push({
      title: "Editor's verdicts",
      items: overrides.map((o) => ({
        label: o.claim.length > 120 ? `${o.claim.slice(0, 119)}…` : o.claim,
        value:
          o.cause === "editor"
            ? `${o.verdict.toLowerCase()} by ${o.by ?? "a former editor"}: “${o.reason}” (checker: ${o.checker.toLowerCase()})`
            : `unsupported: ${o.reason} (checker: ${o.checker.toLowerCase()})`,
        threshold: "counted as the editor says",
        passed: null,
      })),
    });

  const certified = blockers.length === 0;
  return {
    certified,
    verdict: certified
      ? `“${input.episodeTitle}” is certified ready to publish${warnings.length ? ` with ${warnings.length} warning(s)` : ""}.`
      : `“${input.episodeTitle}” is not certified: ${blockers.length} blocker(s).`,
    sections,
    blockers,
    warnings,
  };
}
