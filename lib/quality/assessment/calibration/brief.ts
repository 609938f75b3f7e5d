// The brief the calibration scripts were written from: the bench sources' supported key points
// (bench/sources/01-sleep-and-memory-consolidation.md, 02-sleep-loss-naps-and-learning.md), as a synthesis would list them.

export const CALIBRATION_TOPIC = "How sleep helps you learn";
export const CALIBRATION_AUDIENCE = "Busy parents who want the gist.";
export const CALIBRATION_HOSTS = ["Ada", "Ben"] as const;

export const CALIBRATION_KEY_POINTS = [
  "During sleep, memories formed during the day are replayed and strengthened, a process called consolidation.",
  "Most consolidation appears to happen in slow-wave sleep, roughly 15 to 25 percent of a young adult's night.",
  "The hippocampus replays new experiences in sharp-wave ripples that line up with sleep spindles.",
  "Rats whose ripples were disrupted after learning got worse at finding their way through a maze.",
  "Adults who slept after learning word pairs recalled more pairs the next day, in some studies by 20 percent or more.",
  "After one night without sleep, people in a 2007 imaging study were about 40 percent worse at forming new memories.",
  "Adults who sleep less than six hours a night for two weeks do as badly on attention tests as people kept awake for one or two nights.",
  "A nap of about 20 minutes restores alertness; naps of 60 to 90 minutes can include slow-wave sleep and improved recall.",
  "Many of the studies are small and use young university students, and lab effects do not always last.",
  "Most adults need between seven and nine hours of sleep a night.",
];
