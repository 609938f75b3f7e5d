import { describe, expect, it } from "vitest";
import { optimizeForSpeech } from "./optimize-for-speech";

/** Well-formed XML fragment: every tag closed in order, no bare "&" or "<". */
function balanced(markup: string): boolean {
  const stack: string[] = [];
  for (const m of markup.matchAll(/<(\/?)([A-Za-z]+)[^>]*?(\/?)>/g)) {
    if (m[3]) continue;
    if (!m[1]) stack.push(m[2]!);
    else if (stack.pop() !== m[2]) return false;
  }
  const text = markup.replace(/<\/?[A-Za-z]+[^>]*>/g, "");
  return stack.length === 0 && !/[<>]/.test(text) && !/&(?!(?:amp|lt|gt|quot|apos);)/.test(text);
}

const lexicon = [{ term: "CDC", say: "the agency" }];
const script = "The CDC & NIH found 20% <more> *deep* sleep. Dr. Lee agreed.\n\nSee example.com for more.";

describe("optimizeForSpeech", () => {
  it("normalises, applies the lexicon and reports every change", () => {
    const result = optimizeForSpeech(script, { lexicon, engine: "plain" });
    expect(result.text).toBe(
      "The the agency & N I H found twenty percent <more> *deep* sleep. Doctor Lee agreed.\n\nSee example dot com for more.",
    );
    expect(result.spokenText).toBe(
      "The the agency & N I H found twenty percent <more> deep sleep. Doctor Lee agreed.\n\nSee example dot com for more.",
    );
    // Segment by segment: the address is in the second one.
    expect(result.changes.map((c) => c.rule)).toEqual(["lexicon", "abbreviation", "percent", "acronym", "url"]);
  });

  it("emits an SSML fragment with escaped text, emphasis and breaks", () => {
    const { markup } = optimizeForSpeech(script, { lexicon: [], engine: "ssml" });
    expect(markup).toBe(
      'The C D C &amp; N I H found twenty percent &lt;more&gt; <emphasis>deep</emphasis> sleep. <break time="400ms"/> ' +
        'Doctor Lee agreed. <break time="1000ms"/> See example dot com for more.',
    );
    expect(balanced(`<speak>${markup}</speak>`)).toBe(true);
  });

  it("emits SABLE without a header, with breaks and rate", () => {
    const { markup } = optimizeForSpeech(script, { lexicon: [], engine: "sable", rate: -10 });
    expect(markup).toBe(
      '<RATE SPEED="-10%">The C D C &amp; N I H found twenty percent &lt;more&gt; <EMPH>deep</EMPH> sleep. <BREAK LEVEL="MEDIUM"/> ' +
        'Doctor Lee agreed. <BREAK LEVEL="LARGE"/> See example dot com for more.</RATE>',
    );
    expect(markup).not.toMatch(/<\?xml|DOCTYPE/);
    expect(balanced(`<SABLE>${markup}</SABLE>`)).toBe(true);
  });

  it("wraps SSML in prosody when a rate is set", () => {
    expect(optimizeForSpeech("Hello there.", { lexicon: [], engine: "ssml", rate: -10 }).markup).toBe(
      '<prosody rate="90%">Hello there.</prosody>',
    );
  });

  it("emits plain text with line-break and ellipsis pauses for flite", () => {
    const { markup } = optimizeForSpeech(script, { lexicon: [], engine: "plain" });
    expect(markup).toBe(
      "The C D C & N I H found twenty percent <more> deep sleep.\nDoctor Lee agreed.\n...\nSee example dot com for more.",
    );
  });

  it("splits sentences longer than maxSentenceWords only where a clause ends", () => {
    const long =
      "The group that napped for twenty minutes remembered more of the word pairs, while the group that stayed awake " +
      "and watched a documentary remembered fewer of them by the evening test.";
    const result = optimizeForSpeech(long, { lexicon: [], engine: "ssml" });
    expect(result.text).toBe(
      "The group that napped for twenty minutes remembered more of the word pairs. While the group that stayed awake " +
        "and watched a documentary remembered fewer of them by the evening test.",
    );
    expect(result.markup).toContain('pairs. <break time="400ms"/> While');
    expect(result.changes.at(-1)?.rule).toBe("split-sentence");

    // "and" here joins two subjects of one clause: no boundary, so the sentence is left whole, not cut mid-clause.
    const noCommas =
      "Naps helped the group that slept in the afternoon and the group that slept in the morning remember more words";
    expect(optimizeForSpeech(noCommas, { lexicon: [], engine: "plain", maxSentenceWords: 12 }).text).toBe(noCommas);
    expect(optimizeForSpeech(long, { lexicon: [], engine: "plain", maxSentenceWords: 40 }).changes).toEqual([]);
  });
});
