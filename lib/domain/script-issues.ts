import type { Segments } from "@/lib/domain/script-edits";

/** A validation issue at its path in a script edit, e.g. `segments.1.lines.2.text` (as zod and the API give it). */
export interface ScriptIssue {
  path: string | readonly PropertyKey[];
  message: string;
}

/** Issues sorted by what they are about: a line (key `segment.line`), a segment (its index) or the whole script. */
export interface PlacedIssues {
  lines: Record<string, string[]>;
  segments: Record<number, string[]>;
  script: string[];
}

export const lineKey = (segment: number, line: number) => `${segment}.${line}`;

const push = <K extends string | number>(into: Record<K, string[]>, key: K, message: string) => {
  // One message once: the same issue from the client and the server is not said twice.
  if (!(into[key] ??= []).includes(message)) into[key].push(message);
};

/** Places each issue beside what it is about, so the editor shows it next to the control that fixes it. */
export function placeIssues(issues: readonly ScriptIssue[]): PlacedIssues {
  const placed: PlacedIssues = { lines: {}, segments: {}, script: [] };
  for (const { path, message } of issues) {
    const parts = (typeof path === "string" ? path.split(".") : path.map(String)).filter(Boolean);
    const [root, s, kind, l] = parts;
    const segment = Number(s);
    if (root !== "segments" || !Number.isInteger(segment)) {
      if (!placed.script.includes(message)) placed.script.push(message);
    } else if (kind === "lines" && Number.isInteger(Number(l)))
      push(placed.lines, lineKey(segment, Number(l)), message);
    else push(placed.segments, segment, message);
  }
  return placed;
}

/** Lines whose speaker is not one of the show's hosts, each at its line's speaker. */
export function speakerIssues(segments: Segments, hosts: readonly string[]): ScriptIssue[] {
  const known = new Set(hosts);
  return segments.flatMap((seg, s) =>
    seg.lines.flatMap((line, l) =>
      known.has(line.speaker)
        ? []
        : [
            {
              path: ["segments", s, "lines", l, "speaker"],
              message: `${line.speaker || "No one"} is not one of the show's hosts.`,
            },
          ],
    ),
  );
}
