import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { QualityDimensionBars } from "./quality-dimension-bars";

const row = (html: string, key: string) => html.match(new RegExp(`<li[^>]*data-testid="score-${key}".*?</li>`))![0];

describe("QualityDimensionBars (the Quality tab and the final gate)", () => {
  it("shows a dimension that was not measured in words, with no bar and no failing score", () => {
    const html = renderToStaticMarkup(
      createElement(QualityDimensionBars, {
        dimensions: [
          { key: "audio-technical", label: "Audio technical", score: 0, threshold: 7, notMeasured: "no transcriber" },
          { key: "brand-consistency", label: "Brand consistency", score: 4, threshold: 7 },
        ],
      }),
    );
    const unmeasured = row(html, "audio-technical");
    expect(unmeasured).toContain("not measured");
    expect(unmeasured).toContain('title="no transcriber"');
    expect(unmeasured).not.toMatch(/bg-red-500|below threshold|0\.0/);
    // A measured dimension below its threshold still fails.
    expect(row(html, "brand-consistency")).toMatch(/bg-red-500[\s\S]*4\.0[\s\S]*below threshold/);
  });
});
