// A calibration script as the plain-text file `npm run assess` reads, spoken by a show's two hosts.

import { CALIBRATION_HOSTS } from "./brief";
import type { CalibrationScript } from "./scripts";

/** The opening, the body and the close, as a planner would segment a short two-host episode. */
const SEGMENTS = [
  { title: "Does sleep help you learn?", share: 0.15 },
  { title: "What the studies found", share: 0.7 },
  { title: "What to take away", share: 0.15 },
];

/** `## Title` segments and `Host: text` lines, the calibration's hosts (Ada, Ben) replaced by `hosts` in order. */
export function calibrationScriptFile(script: CalibrationScript, hosts: readonly [string, string]): string {
  const rename = new Map<string, string>(CALIBRATION_HOSTS.map((h, i) => [h, hosts[i]!]));
  const n = script.lines.length;
  const firstEnd = Math.max(1, Math.round(n * SEGMENTS[0]!.share));
  const lastStart = Math.min(n - 1, Math.round(n * (1 - SEGMENTS[2]!.share)));
  const bounds = [0, firstEnd, lastStart, n];
  return SEGMENTS.map((segment, i) =>
    [
      `## ${segment.title}`,
      ...script.lines.slice(bounds[i], bounds[i + 1]).map((l) => `${rename.get(l.speaker) ?? l.speaker}: ${l.text}`),
    ].join("\n"),
  ).join("\n\n");
}
