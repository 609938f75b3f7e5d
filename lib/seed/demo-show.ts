import type { Prisma } from "@/lib/generated/prisma/client";

/** The demo show: a complete brand profile, two hosts with distinct voices, and its own budget. */
export const DEMO_SHOW = {
  slug: "signal-and-noise",
  name: "Signal & Noise",
  description: "A twice-weekly conversation about science and technology that is honest about what we do not know yet.",
  language: "en",
  tone: "Curious, warm and precise; playful but never glib.",
  audience: "Curious non-specialists who read the science pages and want the nuance, not the hype.",
  targetReadingGrade: 9,
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
  pronunciationLexicon: [
    { term: "LUFS", say: "loofs" },
    { term: "SQL", say: "sequel" },
    { term: "CRISPR", say: "crisper" },
    { term: "GIF", say: "jif" },
  ],
  structureNotes:
    "Cold open hook, three segments with a signpost at each turn, a recap, then a question for listeners.",
  brandThreshold: 9.3,
  dimensionThreshold: 7.0,
  qualityTarget: 8.5,
  autoApprove: false,
} satisfies Omit<Prisma.ShowCreateInput, "hosts" | "budgetPolicy">;

export const DEMO_HOSTS = [
  {
    position: 1,
    name: "Maya Chen",
    persona: "Lead host; a former lab scientist who asks for the evidence.",
    localVoice: "slt",
    hostedVoice: "ZF6FPAbjXT4488VcRRnw",
  },
  {
    position: 2,
    name: "Theo Marsh",
    persona: "Co-host; a tech journalist who plays the curious listener.",
    localVoice: "kal",
    hostedVoice: "TxGEqnHWrfWFTfGW9XjX",
  },
];

export const DEMO_SHOW_BUDGET = { episodeDefault: "5.00", episodeHardCap: "6.00", monthlyCap: "150.00" };
export const WORKSPACE_BUDGET = { episodeDefault: "5.00", episodeHardCap: "8.00", monthlyCap: "500.00" };
