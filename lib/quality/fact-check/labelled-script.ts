import type { Verdict } from "@/lib/domain/research";

/** One line of the labelled script and how a person checking it against the bench sources would label it. */
export interface LabelledScriptLine {
  speaker: string;
  text: string;
  /** null: not a factual statement (a question, a greeting), so it should not be checked at all. */
  label: Verdict | null;
}

/** The bench sources this script is checked against, as whole sources (bench/sources/). */
export const LABELLED_SCRIPT_SOURCES = "bench/sources";

/**
 * A short two-host script on the bench sources with every line labelled by hand against those sources as a whole,
 * before the checker was run on it: correct paraphrases, wrong numbers and years, a dropped "only", claims the
 * sources never make, and compatible numbers about other groups. One statement per line, so a line has one label.
 */
export const LABELLED_SCRIPT: readonly LabelledScriptLine[] = [
  { speaker: "Ada", text: "How much sleep do we actually need?", label: null },
  { speaker: "Sam", text: "Most adults need between seven and nine hours of sleep a night.", label: "SUPPORTED" },
  { speaker: "Ada", text: "And most adults get seven to nine hours of sleep a night.", label: "UNSUPPORTED" },
  { speaker: "Sam", text: "Plenty of adults get less than six hours a night.", label: "UNSUPPORTED" },
  {
    speaker: "Ada",
    text: "Back in 1924, one of the first studies found that people forgot fewer nonsense syllables after sleeping.",
    label: "SUPPORTED",
  },
  { speaker: "Sam", text: "That study from 1924 had only two participants.", label: "SUPPORTED" },
  {
    speaker: "Ada",
    text: "In a 2007 imaging study, people who lost a night of sleep were about 40 percent worse at forming new memories.",
    label: "SUPPORTED",
  },
  {
    speaker: "Sam",
    text: "In a 2017 imaging study, one night without sleep made people about 40 percent worse at forming new memories.",
    label: "CONTRADICTED",
  },
  { speaker: "Ada", text: "Slow-wave sleep makes up roughly half of a young adult's night.", label: "CONTRADICTED" },
  { speaker: "Sam", text: "Sleep spindles are short bursts of 11 to 16 hertz activity.", label: "SUPPORTED" },
  { speaker: "Ada", text: "A nap of about 20 minutes restores alertness.", label: "SUPPORTED" },
  {
    speaker: "Sam",
    text: "Waking from deep sleep can leave people groggy for up to two hours.",
    label: "CONTRADICTED",
  },
  { speaker: "Ada", text: "Longer naps of 60 to 90 minutes can include slow-wave sleep.", label: "SUPPORTED" },
  { speaker: "Sam", text: "Memories are consolidated only during REM sleep.", label: "CONTRADICTED" },
  { speaker: "Ada", text: "Napping every day lowers the risk of heart disease.", label: "UNSUPPORTED" },
  { speaker: "Sam", text: "Many of these studies have fewer than 50 people.", label: "SUPPORTED" },
  {
    speaker: "Ada",
    text: "Studies in rats found that disrupting the ripples after learning made the animals better at finding their way through a maze.",
    label: "CONTRADICTED",
  },
  {
    speaker: "Sam",
    text: "Teenagers' body clocks shift earlier, so early school start times suit them.",
    label: "CONTRADICTED",
  },
  { speaker: "Ada", text: "Early school start times can cut teenagers' sleep by an hour or more.", label: "SUPPORTED" },
  {
    speaker: "Sam",
    text: "Adults who sleep less than six hours a night for two weeks do about as badly on attention tests as people kept awake for one or two nights.",
    label: "SUPPORTED",
  },
  { speaker: "Ada", text: "Caffeine late in the day doubles the time it takes to fall asleep.", label: "UNSUPPORTED" },
  {
    speaker: "Sam",
    text: "Experts recommend protecting seven to nine hours of regular sleep before relying on naps.",
    label: "SUPPORTED",
  },
  { speaker: "Ada", text: "Thanks for listening, everyone.", label: null },
];
