import type { Verdict } from "@/lib/domain/research";
import { checkScriptFacts, type ScriptFact } from "./check-script-facts";
import type { SourceText } from "./label-claim";
import { LABELLED_SCRIPT } from "./labelled-script";

export interface LabelledScriptResult {
  line: number;
  text: string;
  expected: Verdict | null;
  /** The checker's verdict on the line (its worst statement's), or null when it did not check the line. */
  predicted: Verdict | null;
  fact: ScriptFact | null;
}

const WORST: readonly Verdict[] = ["CONTRADICTED", "UNSUPPORTED", "SUPPORTED"];

/** Checks the hand-labelled script against the given sources and pairs each line's label with the checker's. */
export function runLabelledScript(sources: readonly SourceText[]): LabelledScriptResult[] {
  const check = checkScriptFacts(
    { segments: [{ title: "Sleep", lines: LABELLED_SCRIPT.map(({ speaker, text }) => ({ speaker, text })) }] },
    sources,
  );
  return LABELLED_SCRIPT.map((l, i) => {
    const facts = check.facts.filter((f) => f.line === i + 1);
    const fact = WORST.map((v) => facts.find((f) => f.verdict === v)).find(Boolean) ?? null;
    return { line: i + 1, text: l.text, expected: l.label, predicted: fact?.verdict ?? null, fact };
  });
}
