import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ContentJudge } from "./content-judge";

const text = (html: string) => html.replace(/<[^>]+>/g, "");

describe("ContentJudge", () => {
  it("shows each rubric score with its reason and the model that gave them", () => {
    const html = renderToStaticMarkup(
      createElement(ContentJudge, {
        result: {
          status: "scored",
          model: "llama3.1:8b",
          judgement: {
            engagement: { score: 6, reason: "The co-host mostly agrees." },
            clarity: { score: 8.5, reason: "Plain words, short lines." },
            accuracy: { score: 9, reason: "Every figure matches a source." },
          },
        },
      }),
    );
    const items = [...html.matchAll(/data-item="(\w+)"[^>]*>(.*?)<\/div>/g)].map((m) => [m[1], text(m[2]!)]);
    expect(items).toEqual([
      ["engagement", "Engagement: 6.0 The co-host mostly agrees."],
      ["clarity", "Clarity: 8.5 Plain words, short lines."],
      ["accuracy", "Accuracy to the sources: 9.0 Every figure matches a source."],
    ]);
    expect(text(html)).toContain("llama3.1:8b scored the script; its mean weighs 30% of content");
  });

  it("says why there is no rubric when the judge's answer could not be used", () => {
    const html = renderToStaticMarkup(
      createElement(ContentJudge, {
        result: { status: "failed", reason: "The answer stayed invalid after one repair." },
      }),
    );
    expect(text(html)).toContain(
      "No rubric: The answer stayed invalid after one repair. The measured content score stands alone.",
    );
  });
});
