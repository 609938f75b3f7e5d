import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { measureCoverage } from "./coverage";
import { lineTerms, vocabularyOf } from "./line-terms";

const dir = path.join(process.cwd(), "bench/sources");
const SOURCES = readdirSync(dir)
  .filter((f) => f.endsWith(".md"))
  .map((f) => readFileSync(path.join(dir, f), "utf8"));

/** An accurate script in its own words (the reviewer's good.txt), "Speaker: text" per line. */
const OWN_WORDS = [
  "Maya Chen: Here's something I didn't expect: your brain does some of its best filing after you switch off the light.",
  "Theo Marsh: Filing? I thought sleep was the brain's off switch.",
  "Maya Chen: Far from it. Overnight, what you picked up during the day gets played back and made sturdier. Scientists call that consolidation.",
  "Theo Marsh: And when does the playback happen, in dreams?",
  "Maya Chen: Mostly not. The bulk of it seems to come in the deepest part of non-REM sleep, slow-wave sleep, which is only about a fifth of a young adult's night.",
  "Theo Marsh: So a small slice of the night carries a lot of weight. What's actually firing?",
  "Maya Chen: The hippocampus, a short-term store for new experiences, sends them out again in rapid bursts called sharp-wave ripples, timed with sleep spindles.",
  "Theo Marsh: How do we know those ripples matter and aren't just noise?",
  "Maya Chen: Rat experiments. Interrupt the ripples after a rat learns a maze, and it gets lost more the next time.",
  "Theo Marsh: Rats aren't people, though. What happens with humans?",
  "Maya Chen: In word-pair tests, people who slept after studying remembered more pairs the next day than people who stayed up, sometimes a fifth more.",
  "Theo Marsh: And the other direction? Pulling an all-nighter?",
  "Maya Chen: A 2007 brain-imaging study found one sleepless night left volunteers roughly forty percent worse at laying down new memories.",
  "Theo Marsh: That's a steep price for one night. What about trimming an hour here and there?",
  "Maya Chen: Two weeks under six hours a night, and adults test about as poorly on attention as someone kept up for a night or two. The worrying part is they don't feel that impaired.",
  "Theo Marsh: Can a nap rescue any of that?",
  "Maya Chen: A twenty-minute nap perks you up without the fog. An hour or more can reach deep sleep and, in a handful of small studies, helped people recall facts.",
  "Theo Marsh: Though waking from deep sleep can leave you groggy for half an hour.",
  "Maya Chen: True. And honestly, many of these studies are small, often under fifty people, mostly university students, and they test the next morning, not months later.",
  "Theo Marsh: So take the details with some salt. Let's pull it together.",
  "Maya Chen: Sleep seems to lock in what you learn, losing it hurts, and seven to nine hours a night is the target most health bodies set. Thanks for listening.",
];

/**
 * The key points `npm run assess` briefs from the bench sources for it, each labelled by reading the script as a
 * listener would, before the matching was tuned: is the point's subject and finding (or number) said?
 */
const POINTS: [string, boolean][] = [
  // covered: an hour or more reaches deep sleep and, in a few small studies, helped recall
  [
    "Longer naps of 60 to 90 minutes can include slow-wave sleep and, in several small studies, improved recall of facts learned before the nap.",
    true,
  ],
  // not covered: only 'take the details with some salt': not that nap evidence is early and mixed
  ["The evidence on naps and long-term learning is still early and mixed across studies.", false],
  // covered: a 2007 brain-imaging study, one sleepless night, forty percent worse at new memories
  [
    "After one night without sleep, people in a 2007 imaging study were about 40 percent worse at forming new memories than rested volunteers, and their hippocampus was less active while they learned.",
    true,
  ],
  // covered: small, under fifty people, mostly university students
  [
    "Many of these studies are small, often fewer than 50 people, and most volunteers are young university students, so the results may not hold for older adults.",
    true,
  ],
  // covered: they test the next morning, not months later; studies are small
  ["Most nap studies test recall after a few hours, not months, and the samples are small.", true],
  // covered: seven to nine hours a night, the target most health bodies set
  [
    "Most adults need between seven and nine hours of sleep a night, according to several national health bodies.",
    true,
  ],
  // not covered: seven to nine hours is said, but nothing of naps not replacing a night, schedules or caffeine
  [
    "A nap is not a substitute for a full night: experts recommend protecting seven to nine hours of regular sleep first, keeping a consistent schedule, and avoiding caffeine late in the day.",
    false,
  ],
  // covered: word-pair tests, slept after studying, remembered more pairs the next day
  [
    "In a classic word-pair study, adults who slept after learning recalled more pairs the next day, in some studies by 20 percent or more, than adults who stayed awake for the same time.",
    true,
  ],
  // not covered: the 1924 study is never mentioned
  [
    "One of the first studies of the question, in 1924, found that people forgot fewer nonsense syllables after sleeping than after the same hours awake, though it had only two participants.",
    false,
  ],
  // covered: what you picked up gets played back and made sturdier; scientists call that consolidation
  [
    "During the night, memories formed during the day are replayed and strengthened, a process researchers call consolidation.",
    true,
  ],
];

const terms = (rows: readonly string[]) =>
  rows.map((row) => {
    const at = row.indexOf(": ");
    return lineTerms({ speaker: row.slice(0, at), text: row.slice(at + 2) }, vocabularyOf(SOURCES));
  });
const spoken = (rows: readonly string[], point: string) =>
  measureCoverage([point], terms(rows), SOURCES).keyPointsSpoken === 1;

describe("measureCoverage", () => {
  it.each(POINTS.map(([point, covered], i) => [i + 1, covered, point] as const))(
    "key point %i of a script in its own words is covered: %s",
    (_n, covered, point) => {
      expect(spoken(OWN_WORDS, point)).toBe(covered);
    },
  );

  it("does not cover a key point said with a wrong year and percentage", () => {
    const wrong = OWN_WORDS.map((row) =>
      row.replace("A 2007 brain-imaging", "A 1997 brain-imaging").replace("forty percent", "ten percent"),
    );
    expect(wrong).not.toEqual(OWN_WORDS);
    expect(spoken(wrong, POINTS[2]![0])).toBe(false);
    expect(spoken(OWN_WORDS, POINTS[2]![0])).toBe(true);
  });

  it("does not cover a key point from its topic words alone", () => {
    const rows = ["Ada: Naps, sleep, learning: we'll get to all of it after the break."];
    expect(POINTS.filter(([point]) => spoken(rows, point))).toEqual([]);
  });
});
