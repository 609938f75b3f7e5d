import { CONTENT_RUBRIC, type ContentJudgeResult } from "@/lib/domain/content-judgement";
import { JUDGE_WEIGHT } from "@/lib/quality/assessment/combine-content-judge";

const LABELS = { engagement: "Engagement", clarity: "Clarity", accuracy: "Accuracy to the sources" } as const;

/**
 * What the LLM content judge said of the script, beside the content score it changed: its three rubric scores with
 * their reasons and the model, or why the measured score stands alone. Absent offline (no judge was asked).
 */
export function ContentJudge({ result }: { result: ContentJudgeResult }) {
  return (
    <section aria-labelledby="content-judge-heading" className="space-y-2">
      <h4 id="content-judge-heading" className="font-medium">
        Content judge
      </h4>
      {result.status === "scored" ? (
        <>
          <p className="text-slate-600">
            {result.model} scored the script; its mean weighs {Math.round(JUDGE_WEIGHT * 100)}% of content & engagement,
            and it never lifts a measured fault.
          </p>
          <dl className="space-y-1" data-testid="content-judge">
            {CONTENT_RUBRIC.map((item) => (
              <div key={item} data-item={item}>
                <dt className="inline font-medium">
                  {LABELS[item]}: <span className="tabular-nums">{result.judgement[item].score.toFixed(1)}</span>
                </dt>{" "}
                <dd className="inline text-slate-600">{result.judgement[item].reason}</dd>
              </div>
            ))}
          </dl>
        </>
      ) : (
        <p className="text-slate-600" data-testid="content-judge">
          No rubric: {result.reason} The measured content score stands alone.
        </p>
      )}
    </section>
  );
}
