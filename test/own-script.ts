/**
 * A short finished script in the plain-text format, written to the demo show's brand (its required phrases, a
 * humility marker by each claim, a signpost at each turn), its facts from the test sources, spoken by the demo hosts.
 */
export const OWN_SCRIPT = [
  "## Cold open",
  "Maya Chen: Welcome to Signal and Noise. Today we ask whether sleep helps you remember what you learned.",
  "theo marsh: I think it does, but I could be wrong, so let's look at what the research says.",
  "",
  "## The study",
  "Maya Chen: Let's turn to the evidence. A 2019 study of 120 adults found that a full night of sleep improved recall of new words by about 20 percent.",
  "Theo Marsh: The researchers caution that the sample was small and mostly students. I could be wrong, but that matters.",
  "Maya Chen: And what about naps? The evidence suggests short naps of twenty minutes can restore alertness without the grogginess of deep sleep.",
  "",
  "## Wrap-up",
  "Theo Marsh: So, to sum up: sleep on it, and nap short. What do you do before a big exam? Thanks for listening.",
].join("\n");
