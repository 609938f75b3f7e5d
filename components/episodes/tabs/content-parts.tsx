import { ScoreBars } from "@/components/charts/score-bars";
import { describeContentParts } from "@/lib/quality/assessment/content/describe-content-parts";

/**
 * The content score part by part: what the script covers, how much it says a minute, and how much of it repeats,
 * fills time, reads a source out or follows a template, each with what was counted and its formula, so an editor
 * sees which fault costs the score and where to look. Nothing for an assessment stored before these parts existed.
 */
export function ContentParts({ inputs, formula }: { inputs: Record<string, number | null>; formula: string }) {
  const parts = describeContentParts(inputs, formula);
  if (parts.length === 0) return null;
  return (
    <section aria-labelledby="content-parts-heading" className="space-y-2" data-testid="content-parts">
      <h4 id="content-parts-heading" className="text-sm font-semibold">
        Content, part by part
      </h4>
      <ScoreBars
        label="Content parts, each from 0 to 10"
        items={parts.map((p) => ({
          key: `content-${p.key}`,
          label: p.label,
          value: p.value * 10,
          threshold: p.floor === null ? null : p.floor * 10,
        }))}
      />
      <dl className="space-y-1 text-sm">
        {parts.map((p) => (
          <div key={p.key} data-part={p.key}>
            <dt className="inline font-medium">{p.label}: </dt>
            <dd className="inline text-slate-700">
              {p.counted}{" "}
              <span className="text-slate-500">
                (weight {p.weight}
                {p.formula ? `; ${p.formula}` : ""})
              </span>
            </dd>
          </div>
        ))}
      </dl>
      <p className="text-xs text-slate-500">
        A part below its tick costs the score twice: less in the weighted mean, and a penalty on top.
      </p>
    </section>
  );
}
