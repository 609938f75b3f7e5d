import { describe, expect, it } from "vitest";
import { composeShowNotes, escapeMarkdown, summaryOf, type ShowNotesMaterial } from "./show-notes";
import { showNotesSchema } from "./show-notes-schema";

const script = {
  segments: [
    {
      title: "Intro",
      lines: [
        { speaker: "Maya", text: "Welcome to Signal and Noise. I'm Maya." },
        {
          speaker: "Theo",
          text: "And I'm Theo. Today it's all about sleep and memory, and what the research really says.",
        },
      ],
    },
    {
      title: "Why we sleep",
      lines: [
        { speaker: "Maya", text: "How solid is that?" },
        {
          speaker: "Theo",
          text: "Students who slept after learning recalled about twenty percent more words the next morning. Huge.",
        },
        { speaker: "Maya", text: "Let us know what you think about sleeping on a problem before a big exam." },
      ],
    },
  ],
};

const source = (title: string, url: string | null, excluded = false) => ({ title, url, excluded });

const material: ShowNotesMaterial = {
  topic: "how sleep helps memory",
  script,
  keyPoints: [
    "Sleep after learning strengthens the memories formed during the day. Several labs found it.",
    "Deep sleep replays the day's experiences in the hippocampus.",
  ],
  chapters: [
    { title: "Intro", startMs: 0, endMs: 20_000 },
    { title: "Why we *sleep*", startMs: 75_500, endMs: 200_000 },
  ],
  sources: [
    source("Walker 2017: Why We Sleep", "https://example.org/walker (2017)"),
    source("A note without address", null),
    source("Excluded blog", "https://blog.example.com/x", true),
    source("Odd link", "javascript:alert(1)"),
  ],
  claims: [
    {
      text: "Sleep doubles recall.",
      verdict: "SUPPORTED",
      source: source("Walker 2017: Why We Sleep", "https://example.org/w"),
    },
    { text: "Naps replace nights.", verdict: "CONTRADICTED", source: source("Lab notes", null) },
    { text: "Overridden to supported.", verdict: "SUPPORTED", source: source("Lab notes", null) },
    { text: "Cites an excluded source.", verdict: "SUPPORTED", source: source("Excluded blog", null, true) },
  ],
};

describe("composeShowNotes", () => {
  it("writes a summary, the chapters with start times, the sources with links and the supported claims with citations", () => {
    expect(composeShowNotes(material)).toBe(
      [
        "Sleep after learning strengthens the memories formed during the day. Deep sleep replays the day's experiences in the hippocampus. Students who slept after learning recalled about twenty percent more words the next morning.",
        "",
        "## Chapters",
        "",
        "- 00:00 Intro",
        "- 01:15 Why we \\*sleep\\*",
        "",
        "## Sources",
        "",
        "- [Walker 2017: Why We Sleep](https://example.org/walker%20%282017%29)",
        "- A note without address",
        "- Odd link",
        "",
        "## Key claims",
        "",
        "- Sleep doubles recall. (source: [Walker 2017: Why We Sleep](https://example.org/w))",
        "- Overridden to supported. (source: Lab notes)",
        "",
      ].join("\n"),
    );
  });

  it("leaves out sections with nothing in them", () => {
    const notes = composeShowNotes({ ...material, chapters: [], sources: [], claims: [] });
    expect(notes).not.toContain("##");
  });
});

describe("summaryOf", () => {
  it("takes statements from the script's body when the brief has no key points, never greetings or questions", () => {
    const summary = summaryOf({ topic: "sleep", script, keyPoints: [] });
    expect(summary).toBe(
      "Students who slept after learning recalled about twenty percent more words the next morning.",
    );
  });

  it("falls back to the topic as a sentence when neither brief nor script says anything to quote", () => {
    expect(summaryOf({ topic: "how sleep helps memory", script: null, keyPoints: [] })).toBe("How sleep helps memory.");
  });

  it("says each point once, even in other words, and at most three sentences", () => {
    const point = "Sleep after learning strengthens the memories formed during the day.";
    const summary = summaryOf({
      topic: "sleep",
      script: null,
      keyPoints: [
        point,
        "Memories formed during the day are strengthened by sleep after learning.",
        "Slow-wave sleep replays the day's experiences in the hippocampus at night.",
        "Most adults need between seven and nine hours of sleep every night.",
        "Caffeine late in the afternoon delays falling asleep for many drinkers.",
      ],
    });
    expect(summary).toBe(
      `${point} Slow-wave sleep replays the day's experiences in the hippocampus at night. Most adults need between seven and nine hours of sleep every night.`,
    );
  });
});

describe("escapeMarkdown", () => {
  it("escapes what would start markup, links or raw HTML, and keeps text on one line", () => {
    expect(escapeMarkdown("a *b* [c](d) <img>\n# e_f")).toBe("a \\*b\\* \\[c\\](d) \\<img\\> \\# e\\_f");
  });
});

describe("showNotesSchema", () => {
  it("takes Markdown up to 20,000 characters and refuses empty notes, longer ones and NULs with a message", () => {
    expect(showNotesSchema.parse({ markdown: "## Hi" })).toEqual({ markdown: "## Hi" });
    const messages = (value: unknown) => {
      const result = showNotesSchema.safeParse(value);
      return result.success ? [] : result.error.issues.map((i) => i.message);
    };
    expect(messages({ markdown: "x".repeat(20_000) })).toEqual([]);
    expect(messages({ markdown: "x".repeat(20_001) })).toEqual(["Show notes are at most 20,000 characters."]);
    expect(messages({ markdown: "  \n " })).toEqual(["Write some show notes, or return to the generated ones."]);
    expect(messages({ markdown: "a\u0000b" })).toEqual(["Text cannot contain NUL characters (\\u0000)."]);
    expect(messages({})).toEqual(["Send the show notes as text."]);
  });
});
