import { splitPassages } from "@/lib/providers/search/split-passages";
import type { Passage } from "@/lib/domain/research";
import type { ShowProfile } from "@/lib/domain/show-profile";

/** Test material: three sources on sleep and memory; the replication contradicts the first study's 20%. */
export const SOURCES = {
  "sleep-study": `# Sleep and memory consolidation

Sleep is not a passive state for the brain. During deep sleep, the hippocampus replays the day's experiences,
which helps move new memories into long-term storage.

In a 2019 study of 48 university students, those who slept for eight hours after learning a list of word pairs
recalled 20% more pairs the next morning than those who stayed awake. Researchers found that the benefit was
largest for pairs learned just before sleep.

The authors caution that only 48 students took part and that the results may not generalise to older adults.
`,
  "nap-trial": `## Naps and learning

A short afternoon nap can also help. According to a 2021 trial with 90 adults, a 60-minute nap improved recall of
new facts by 12 percent compared with a break spent watching a video.

Sleep spindles, brief bursts of brain activity during light sleep, were linked to better recall in the same trial.
Some headlines called napping a game-changer for students, but the effect faded after a week.
`,
  replication: `Replication notes

A larger 2023 replication with 600 students found that sleeping after learning word pairs improved next-morning
recall by just 6 percent. The team used the same word lists and the same eight-hour sleep window as the original
study.
`,
} as const;

export type SourceId = keyof typeof SOURCES;

export const PASSAGES: Passage[] = Object.entries(SOURCES).flatMap(([sourceId, content]) =>
  splitPassages(content).map((p) => ({ sourceId, text: p.text, start: p.start })),
);

export const SHOW: ShowProfile = {
  name: "Signal & Noise",
  tone: "Curious, warm and precise; playful but never glib.",
  audience: "Curious non-specialists who read the science pages and want the nuance, not the hype.",
  requiredPhrases: ["Welcome to Signal and Noise", "Thanks for listening"],
  bannedPhrases: ["game-changer", "revolutionary", "100% proven", "everyone knows", "no-brainer"],
  humilityMarkers: [
    "the evidence suggests",
    "we don't know yet",
    "as far as we can tell",
    "one study found",
    "I could be wrong",
    "the research is still early",
  ],
  hosts: [
    { name: "Maya Chen", persona: "Lead host; a former lab scientist who asks for the evidence." },
    { name: "Theo Marsh", persona: "Co-host; a tech journalist who plays the curious listener." },
    { name: "Priya Nair", persona: "Panelist; a sleep clinician." },
    { name: "Sam Ortiz", persona: "Panelist; a teacher." },
  ],
};

export const TOPIC = "How sleep helps memory";
