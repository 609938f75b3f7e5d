import { z } from "zod";
import { verdictSchema } from "@/lib/domain/research";
import type { ScriptFact } from "./check-script-facts";

/** Longest passage kept as evidence: enough to read the sentence, bounded for a source with no full stops. */
const QUOTE_CHARS = 1000;
const STATEMENT_CHARS = 2000;

/**
 * One checked statement of the script as stored with the research-accuracy result: its line, its label and the
 * source passage the label rests on, so the editor can see which lines the sources do not back.
 */
export const checkedStatementSchema = z.object({
  line: z.number().int().min(1),
  segment: z.number().int().min(0),
  speaker: z.string().max(200),
  statement: z.string().max(STATEMENT_CHARS + 1),
  verdict: verdictSchema,
  evidence: z
    .object({
      sourceId: z.string().max(200),
      sourceTitle: z.string().max(500).optional(),
      quote: z.string().max(QUOTE_CHARS + 1),
    })
    .nullable(),
  reason: z.string().max(1000),
});
export type CheckedStatement = z.infer<typeof checkedStatementSchema>;

/** A script has at most a few hundred lines; this bounds a stored row however long its sentences. */
export const checkedStatementsSchema = z.array(checkedStatementSchema).max(5000);

const clip = (text: string, chars: number) => (text.length > chars ? `${text.slice(0, chars)}…` : text);

/** The fact check's statements in their stored shape, each passage named by its source's title. */
export function toCheckedStatements(
  facts: readonly ScriptFact[],
  titleOf: (sourceId: string) => string | undefined,
): CheckedStatement[] {
  return facts.slice(0, 5000).map((f) => ({
    line: f.line,
    segment: f.segment,
    speaker: f.speaker.slice(0, 200),
    statement: clip(f.statement, STATEMENT_CHARS),
    verdict: f.verdict,
    evidence: f.evidence && {
      sourceId: f.evidence.sourceId.slice(0, 200),
      ...(titleOf(f.evidence.sourceId) ? { sourceTitle: titleOf(f.evidence.sourceId)!.slice(0, 500) } : {}),
      quote: clip(f.evidence.quote, QUOTE_CHARS),
    },
    reason: clip(f.reason, 990),
  }));
}

/** The stored statements of an assessment, or none: assessments stored before statements were kept have none. */
export function readCheckedStatements(stored: unknown): CheckedStatement[] {
  const parsed = checkedStatementsSchema.safeParse(stored);
  return parsed.success ? parsed.data : [];
}

const ORDER = { CONTRADICTED: 0, UNSUPPORTED: 1, SUPPORTED: 2 } as const;

/** The statements an editor has to look at: contradicted first, then unsupported, each in script order. */
export function unbackedStatements(statements: readonly CheckedStatement[]): CheckedStatement[] {
  return statements
    .filter((s) => s.verdict !== "SUPPORTED")
    .sort((a, b) => ORDER[a.verdict] - ORDER[b.verdict] || a.line - b.line);
}
