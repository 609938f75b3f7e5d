import type { Brief } from "@/lib/domain/research";
import type { SynthesizeInput } from "../schemas";
import { withoutIds } from "@/lib/text/without-ids";

/**
 * Key points may only rest on SUPPORTED claims: other citations are removed, a point left with none is dropped,
 * and each point's sources are recomputed from the claims it cites (and the sources that corroborate them).
 */
export function enforceBrief(answer: Brief, input: SynthesizeInput): Brief {
  // The model was shown source ids; the brief is read by editors and writers, who know sources by title.
  const ids = input.claims.flatMap((c) => [c.sourceId, ...c.evidence.map((e) => e.sourceId)]);
  const keyPoints = answer.keyPoints.flatMap((point) => {
    const claimIndexes = [...new Set(point.claimIndexes)].filter((i) => input.claims[i]?.verdict === "SUPPORTED");
    if (!point.text.trim() || claimIndexes.length === 0) return [];
    const sourceIds = [
      ...new Set(
        claimIndexes.flatMap((i) => [
          input.claims[i]!.sourceId,
          ...input.claims[i]!.evidence.filter((e) => e.stance === "supports").map((e) => e.sourceId),
        ]),
      ),
    ];
    return [{ text: withoutIds(point.text.trim(), ids, input.sourceTitles), claimIndexes, sourceIds }];
  });
  const clean = (items: string[]) => items.map((s) => withoutIds(s.trim(), ids, input.sourceTitles)).filter(Boolean);
  return { keyPoints, openQuestions: clean(answer.openQuestions), uncertainty: clean(answer.uncertainty) };
}
