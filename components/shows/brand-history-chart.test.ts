import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { BrandHistoryChart } from "./brand-history-chart";

const points = [
  {
    id: "a",
    episodeId: "e1",
    episodeTitle: "Sleep & memory",
    overall: 8.94,
    createdAt: new Date("2026-01-01T10:00:00Z"),
  },
  {
    id: "b",
    episodeId: "e1",
    episodeTitle: "Sleep & memory",
    overall: 9.5,
    createdAt: new Date("2026-01-02T10:00:00Z"),
  },
  {
    id: "c",
    episodeId: "e2",
    episodeTitle: "Octopus minds",
    overall: 9.7,
    createdAt: new Date("2026-01-03T10:00:00Z"),
  },
];

describe("BrandHistoryChart", () => {
  it("draws one titled point per score, red below the threshold line, with a summary for screen readers", () => {
    const html = renderToStaticMarkup(createElement(BrandHistoryChart, { points, threshold: 9.3 }));
    expect(html).toContain('role="img"');
    expect(html).toContain(
      "Brand score of the last 3 scripts, from 2026-01-01 to 2026-01-03: 1 below the threshold of 9.3.",
    );
    expect(html).toContain("<title>Sleep &amp; memory: 8.9</title>");
    expect(html).toContain("<title>Octopus minds: 9.7</title>");
    expect(html.match(/data-testid="brand-point"/g)).toHaveLength(3);
    expect(html.match(/data-below="true"/g)).toHaveLength(1);
    expect(html.match(/fill-red-600/g)).toHaveLength(1);
    expect(html).toContain('data-testid="brand-threshold-line"');
    expect(html).toContain("<polyline");
  });

  it("puts a single score in the middle and renders nothing without scores", () => {
    const one = renderToStaticMarkup(createElement(BrandHistoryChart, { points: points.slice(0, 1), threshold: 9 }));
    expect(one).toContain('cx="290"');
    expect(one).not.toContain("<polyline");
    expect(renderToStaticMarkup(createElement(BrandHistoryChart, { points: [], threshold: 9 }))).toBe("");
  });
});
