import { describe, expect, it } from "vitest";
import { certifyProduction } from "./certify";
import { episode } from "./episode.fixture";
import { formatCertificationMarkdown } from "./format-certification";

describe("formatCertificationMarkdown", () => {
  it("renders the verdict, blockers and one table row per item", () => {
    const c = certifyProduction(episode({ audio: { integratedLufs: -20 } }).certification);
    const md = formatCertificationMarkdown(c);
    expect(md).toMatch(/^# Production readiness: NOT CERTIFIED/);
    expect(md).toMatch(/## Blockers\n\n(- .*\n)*- Audio integrated loudness failed/);
    expect(md).toContain("| Integrated loudness | -20 | -16.0 ± 1.0 LUFS | ❌ fail |");
    const rows = md.split("\n").filter((l) => l.startsWith("| ") && !l.startsWith("| Item") && !l.startsWith("| ---"));
    expect(rows).toHaveLength(c.sections.reduce((n, s) => n + s.items.length, 0));
  });

  it("marks a certified episode and not-run items", () => {
    const md = formatCertificationMarkdown(certifyProduction(episode().certification));
    expect(md).toMatch(/^# Production readiness: CERTIFIED/);
    expect(md).not.toContain("## Blockers");
    expect(md).toContain("| MOS | not reported (no MOS model configured) | ≥ 4.3 | ⚪ not run |");
  });
});
