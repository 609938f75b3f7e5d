import { Badge } from "@/components/ui/badge";
import { unbackedStatements, type CheckedStatement } from "@/lib/quality/fact-check/checked-statement";

const TONES = { CONTRADICTED: "danger", UNSUPPORTED: "warning", SUPPORTED: "success" } as const;

/**
 * The script lines behind the research score that the sources do not back: contradicted first, then unsupported,
 * each with the source passage the checker compared it with, so the editor can fix the line or the sources.
 */
export function UnbackedLines({ statements }: { statements: readonly CheckedStatement[] }) {
  const shown = unbackedStatements(statements);
  const supported = statements.length - shown.length;
  return (
    <section aria-labelledby="unbacked-heading" className="space-y-3 text-sm">
      <h3 id="unbacked-heading" className="font-semibold">
        Script lines the sources do not back
      </h3>
      <p className="text-slate-600">
        {statements.length} factual statement(s) of the script checked against the sources: {supported} supported,{" "}
        {shown.filter((s) => s.verdict === "CONTRADICTED").length} contradicted,{" "}
        {shown.filter((s) => s.verdict === "UNSUPPORTED").length} unsupported.
      </p>
      {shown.length === 0 ? (
        <p className="text-slate-500">None: a source passage states every one of them.</p>
      ) : (
        <ol className="space-y-3" data-testid="unbacked-lines">
          {shown.map((s, i) => (
            <li
              key={`${s.line}-${i}`}
              className="rounded-md border border-slate-200 p-3"
              data-verdict={s.verdict}
              data-line={s.line}
            >
              <div className="flex items-start justify-between gap-3">
                <p>
                  <span className="text-xs text-slate-500">
                    Line {s.line} · {s.speaker}:
                  </span>{" "}
                  <span className="font-medium">{s.statement}</span>
                </p>
                <Badge tone={TONES[s.verdict]}>{s.verdict.toLowerCase()}</Badge>
              </div>
              {s.evidence ? (
                <>
                  <blockquote className="mt-2 border-l-2 border-slate-300 pl-3 text-slate-600">
                    “{s.evidence.quote}”
                  </blockquote>
                  <p className="mt-1 text-xs text-slate-500">
                    {s.evidence.sourceTitle ?? "a source whose title was not kept"}
                  </p>
                </>
              ) : (
                <p className="mt-2 text-slate-500">No source passage is about this.</p>
              )}
              <p className="mt-1 text-xs text-slate-600">Why: {s.reason}</p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
