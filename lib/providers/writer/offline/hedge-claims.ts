import { claimGroups } from "@/lib/domain/hedgeable-claims";
import { scriptLines } from "@/lib/domain/script-lines";
import type { Script } from "@/lib/domain/script";
import type { ScriptState } from "./script-state";

/** The line's first sentence has words enough to be a statement ("2022. Newer work…" opens with a bare year). */
const opensWithSentence = (text: string) => (/^[^.!?]*/.exec(text.trim())?.[0] ?? "").split(/\s+/).length >= 4;

/**
 * Findings said in a row with no word on how sure we are get one: the first statement of each group of claim lines
 * that the brand scorer would call unhedged is said with the next humility marker. It uses the scorer's own
 * grouping, so what the writer does is what the brand validator measures.
 */
export function hedgeClaims(script: Script, state: ScriptState, markers: readonly string[]): Script {
  const segments = script.segments.map((s) => ({ ...s, lines: s.lines.map((l) => ({ ...l })) }));
  const flat = segments.flatMap((s) => s.lines);
  const tried = new Set<number>();
  // One group per pass, then regroup: a marker can itself make a line a finding ("one study found").
  for (;;) {
    const group = claimGroups(scriptLines({ segments }), markers).uncovered.find((g) =>
      g.some((l) => !tried.has(l.line)),
    );
    if (!group) return { segments };
    // Only a line that opens with a statement takes a marker (a turn may end with the host's next question): one put
    // before a question would be about nothing, and one before a bare answer ("2022.") would be a sentence of none.
    const target = group.find(
      (l) => !tried.has(l.line) && !/^[^.!?]*\?/.test(l.text.trim()) && opensWithSentence(l.text),
    );
    group.forEach((l) => target ?? tried.add(l.line));
    if (!target) continue;
    tried.add(target.line);
    // Never a marker that cites a study: the line may report a health body or a survey, not a study.
    flat[target.line - 1]!.text = state.humble(target.text, "statement");
  }
}
