import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { Verdict } from "@/lib/domain/research";
import { labelClaim } from "./label-claim";
import { LABELLED_SCRIPT_SOURCES } from "./labelled-script";

/** Passages of the bench sources, one claim judged against one passage as an editor would. */
const NEED_LESS =
  "Adults who sleep less than six hours a night for two weeks perform, on attention tests, about as badly as people " +
  "kept awake for one or two full nights, and they tend to underrate how impaired they are.";
const NIGHT_WITHOUT =
  "After one night without sleep, people in a 2007 imaging study were about 40 percent worse at forming new " +
  "memories than rested volunteers, and their hippocampus was less active while they learned.";
const TEENAGERS =
  "Teenagers are a special case: their body clocks shift later, and early school start times can cut their sleep by " +
  "an hour or more.";
const INERTIA = "The drawback is sleep inertia: waking from deep sleep can leave people groggy for up to 30 minutes.";
const CAUTIONS =
  "Many of these studies are small, often fewer than 50 people, and most volunteers are young university students, " +
  "so the results may not hold for older adults.";
const NAP = "A nap of about 20 minutes restores alertness without the grogginess of deep sleep.";

const label = (claim: string, passage: string) => labelClaim(claim, [{ sourceId: "s", text: passage }]);

describe("labelClaim: the reviewer's false SUPPORTED", () => {
  it.each<[string, string, Verdict]>([
    ["Teenagers' body clocks do not shift later.", TEENAGERS, "CONTRADICTED"],
    ["A nap of about 20 minutes does not restore alertness.", NAP, "CONTRADICTED"],
    [
      "Adults who sleep less than six hours a night for two weeks perform about as badly on attention tests as people kept awake for a week.",
      NEED_LESS,
      "CONTRADICTED",
    ],
  ])("%s", (claim, passage, verdict) => {
    expect(label(claim, passage).verdict).toBe(verdict);
  });

  it("does not take a claim about older adults as stated by a passage saying the volunteers are young", () => {
    expect(label("Most volunteers in these studies are older adults.", CAUTIONS).verdict).not.toBe("SUPPORTED");
  });

  it("still supports the positive claims beside them", () => {
    expect(label("Teenagers' body clocks shift later.", TEENAGERS).verdict).toBe("SUPPORTED");
    expect(label("A nap of about 20 minutes restores alertness.", NAP).verdict).toBe("SUPPORTED");
  });
});

describe("labelClaim: the reviewer's false CONTRADICTED", () => {
  it.each([
    ["One sleepless night left people about 40 percent worse at forming new memories.", NIGHT_WITHOUT],
    ["People deprived of sleep for a night were about forty per cent worse at forming new memories.", NIGHT_WITHOUT],
    ["Waking from deep sleep can leave you groggy for half an hour.", INERTIA],
    ["Sleep inertia can leave people groggy for a quarter of an hour.", INERTIA],
    ["The evidence suggests that many of the studies are small, often fewer than 50 people.", CAUTIONS],
  ])("supports %s", (claim, passage) => {
    expect(label(claim, passage)).toMatchObject({ verdict: "SUPPORTED" });
  });

  it("still contradicts a wrong bound on the same groggy spell", () => {
    expect(label("Sleep inertia can leave people groggy for up to two hours.", INERTIA).verdict).toBe("CONTRADICTED");
  });
});

describe("labelClaim: a wrong figure for the same study in free wording", () => {
  const dir = path.resolve(LABELLED_SCRIPT_SOURCES);
  const sources = readdirSync(dir)
    .filter((name) => name.endsWith(".md"))
    .map((name) => ({ sourceId: name, text: readFileSync(path.join(dir, name), "utf8") }));
  const line = (year: string, share: string) =>
    `A ${year} brain-imaging study found one sleepless night left volunteers roughly ${share} percent worse at laying down new memories.`;

  it("contradicts a wrong year with the study's own", () => {
    const r = labelClaim(line("1997", "forty"), sources);
    expect(r.verdict).toBe("CONTRADICTED");
    expect(r.reason).toContain("2007");
  });

  it("contradicts a wrong percentage for the study named by its year", () => {
    const r = labelClaim(line("2007", "ten"), sources);
    expect(r.verdict).toBe("CONTRADICTED");
    expect(r.reason).toContain("40 percent");
  });

  it("does not contradict the right figures", () => {
    expect(labelClaim(line("2007", "forty"), sources).verdict).not.toBe("CONTRADICTED");
  });
});

describe("labelClaim: what a finding is compared with", () => {
  it('does not read the baseline\'s "none" as denying the finding', () => {
    const passage =
      "People who drank three to five cups of coffee a day had a roughly 10 percent lower risk of dying than people who drank none.";
    expect(
      label("People who drank three to five cups of coffee a day had about a 10 percent lower risk of dying.", passage),
    ).toMatchObject({
      verdict: "SUPPORTED",
    });
    expect(
      label("People who drank three to five cups of coffee a day had a higher risk of dying.", passage).verdict,
    ).toBe("CONTRADICTED");
  });
});

describe("labelClaim: a source sentence read out", () => {
  it("supports a sentence of several clauses said word for word", () => {
    expect(label(CAUTIONS, CAUTIONS).verdict).toBe("SUPPORTED");
    expect(label(NEED_LESS, NEED_LESS.replace(/ on attention tests/, " on attention\ntests")).verdict).toBe(
      "SUPPORTED",
    );
  });

  it("does not read a lack the line leaves unsaid, across a line break, as the opposite finding", () => {
    const wrapped = NIGHT_WITHOUT.replace("without sleep", "without\nsleep");
    expect(
      label("The next day they were about 40 percent worse at forming new memories than rested volunteers.", wrapped)
        .verdict,
    ).not.toBe("CONTRADICTED");
  });
});

describe("labelClaim: a study named by its year, whatever groups it compares", () => {
  const passage =
    "In a 2015 trial of 300 office workers, workers who took vitamin D every day had about 12 percent fewer colds than the rest.";

  it("contradicts a wrong year for it", () => {
    const r = label("A 2009 trial of 300 office workers found vitamin D meant fewer colds.", passage);
    expect(r.verdict).toBe("CONTRADICTED");
    expect(r.reason).toContain("2015");
  });

  it("does not contradict the right year and size", () => {
    expect(label("A 2015 trial of 300 office workers found vitamin D meant fewer colds.", passage).verdict).not.toBe(
      "CONTRADICTED",
    );
  });
});

describe("labelClaim: a denial opposes only what it denies", () => {
  const MIXED = "The evidence on naps and long-term learning is still early and mixed across studies.";

  it("does not read 'the studies don't agree' as denying evidence that is mixed across studies", () => {
    expect(
      label(
        "It's still early days for the evidence on naps and long-term learning, and the studies don't agree.",
        MIXED,
      ).verdict,
    ).not.toBe("CONTRADICTED");
  });

  it("still contradicts a denial of what the source says", () => {
    expect(label("The evidence on naps and long-term learning is not mixed across studies.", MIXED).verdict).toBe(
      "CONTRADICTED",
    );
  });
});

describe("labelClaim: a claim in the script's own words", () => {
  it.each<[string, string, Verdict]>([
    [
      "A 2007 brain-imaging study found one sleepless night left volunteers roughly forty percent worse at laying down new memories.",
      NIGHT_WITHOUT,
      "SUPPORTED",
    ],
    ["A twenty-minute nap perks you up without the fog.", NAP, "SUPPORTED"],
    ["Waking from deep sleep can leave you groggy for two hours.", INERTIA, "CONTRADICTED"],
    [
      "Teens' internal clocks move later, and early school starts can cost them an hour of sleep or more.",
      TEENAGERS,
      "SUPPORTED",
    ],
    [
      "Teens' internal clocks move earlier, and early school starts can cost them an hour of sleep or more.",
      TEENAGERS,
      "CONTRADICTED",
    ],
    [
      "A 2007 brain-imaging study found one sleepless night left volunteers roughly forty percent better at laying down new memories.",
      NIGHT_WITHOUT,
      "CONTRADICTED",
    ],
    [
      "Two weeks under six hours a night, and adults test about as poorly on attention as someone kept up for a night or two.",
      NEED_LESS,
      "SUPPORTED",
    ],
    [
      "Children who sleep less than six hours a night for two weeks do as badly on attention tests as kids kept up for a night or two.",
      NEED_LESS,
      "UNSUPPORTED",
    ],
  ])("%s → %s", (claim, passage, verdict) => {
    expect(label(claim, passage).verdict).toBe(verdict);
  });
});

describe("labelClaim: a claim one source says in two neighbouring sentences", () => {
  const EDDYSTONE =
    "The Eddystone Rocks lie fourteen miles off Plymouth. Henry Winstanley built the first lighthouse there in 1698. " +
    "The great storm of 1703 swept it away, with Winstanley inside.";

  it("is supported by the two, quoted together", () => {
    const result = label(
      "Winstanley built the first lighthouse on the Eddystone Rocks in 1698, and the great storm of 1703 swept it away.",
      EDDYSTONE,
    );
    expect(result.verdict).toBe("SUPPORTED");
    expect(result.evidence?.quote).toBe(
      "Henry Winstanley built the first lighthouse there in 1698. The great storm of 1703 swept it away, with Winstanley inside.",
    );
  });

  it("is not supported with a number neither sentence gives", () => {
    const claim =
      "Winstanley built the first lighthouse on the Eddystone Rocks in 1698, and the great storm of 1713 swept it away.";
    expect(label(claim, EDDYSTONE).verdict).not.toBe("SUPPORTED");
  });
});

describe("labelClaim: a need said with its number first", () => {
  const NEED =
    "Most adults need between seven and nine hours of sleep a night, according to several national health bodies.";
  const SAID = "Seven to nine hours each night: that's how much sleep most adults need.";

  it("is supported by the sentence that states the need", () => {
    expect(label(SAID, NEED).verdict).toBe("SUPPORTED");
  });

  it("is not contradicted by how little some adults sleep", () => {
    expect(label(SAID, NEED_LESS).verdict).not.toBe("CONTRADICTED");
  });
});

describe("labelClaim: two neighbouring sentences support only a claim that joins what each states", () => {
  const NAPS =
    "A nap of about 20 minutes restores alertness without the grogginess of deep sleep. Longer naps of 60 to 90 " +
    "minutes can include slow-wave sleep and, in several small studies, improved recall of facts learned before the " +
    "nap. The drawback is sleep inertia: waking from deep sleep can leave people groggy for up to 30 minutes.";
  const RIPPLES =
    "In slow-wave sleep the hippocampus, which stores new experiences for a short time, replays them in bursts called " +
    "sharp-wave ripples. These ripples line up with sleep spindles, short bursts of 11 to 16 hertz activity, and with " +
    "slow oscillations of about one cycle per second.";

  it("contradicts a wrong number a neighbour gives for something else", () => {
    const result = label("Waking from deep sleep can leave people groggy for up to 90 minutes.", NAPS);
    expect(result.verdict).toBe("CONTRADICTED");
    expect(result.evidence?.quote).toMatch(/up to 30 minutes/);
  });

  it("does not join two sentences into a one-clause claim neither states", () => {
    expect(
      label("Sleep spindles are bursts of 11 to 16 hertz activity that replay memories in the hippocampus.", RIPPLES)
        .verdict,
    ).not.toBe("SUPPORTED");
  });
});

describe("labelClaim: reasons an editor can read", () => {
  it("never name a source by its database id: the quoted passage is shown with its title", () => {
    const id = "cmx72h18t0000abcd1234wxyz";
    const source = [{ sourceId: id, text: NEED_LESS }];
    for (const claim of [
      "Adults who sleep less than six hours a night for two weeks perform about as badly on attention tests as people kept awake for one or two full nights.",
      "Adults who sleep less than six hours a night for two weeks perform about as badly on attention tests as people kept awake for a week.",
      "Adults who nap every day live longer.",
    ])
      expect(labelClaim(claim, source).reason).not.toContain(id);
  });
});
