import { describe, expect, it } from "vitest";
import type { Script } from "@/lib/domain/script";
import { echoesGuidance } from "@/lib/text/echoes-guidance";
import { countWords } from "@/lib/text/spoken-form";
import { createOfflineWriter } from "../create-offline-writer";
import { SHOW, TOPIC } from "../test-fixtures";
import { reviseScript } from "./revise-script";

const MAYA = "Maya Chen";
const THEO = "Theo Marsh";
const line = (speaker: string, text: string) => ({ speaker, text });

/** An editor's version: the cold open and the wrap-up carry the editor's own words. */
const EDITED: Script = {
  segments: [
    {
      title: "Cold open",
      lines: [
        line(MAYA, "Welcome to Signal and Noise. Tonight, my own edit: why your pillow might be a study tool."),
        line(THEO, "Does sleep really help you remember?"),
        line(MAYA, "As far as we can tell, yes, and the numbers are worth a look."),
      ],
    },
    {
      title: "The evidence",
      lines: [
        line(MAYA, "Next: the evidence."),
        line(THEO, "What did the 2019 study find?"),
        line(MAYA, "One study found 48 students recalled 20% more word pairs after eight hours of sleep."),
        line(THEO, "Why should anyone care about how sleep helps memory?"),
        line(MAYA, "There's a lot of advice out there, and not all of it comes with evidence. Call it a sleep hack."),
        line(THEO, "How do you decide what makes it into the show?"),
        line(
          MAYA,
          "Every point we make comes with the source behind it, so you can check it, line by line, each time.",
        ),
        line(THEO, "What happens when two sources disagree?"),
        line(MAYA, "Then we tell you, rather than pick the one we like, and we say which one is bigger."),
        line(THEO, "What about naps?"),
        line(MAYA, "A 2021 trial with 90 adults found a 60-minute nap improved recall by 12 percent."),
        line(THEO, "What's the mistake people make with research like this?"),
        line(MAYA, "Treating one result as the final word, when a single study is only a starting point for everyone."),
        line(THEO, "Is there a simple rule of thumb for listeners who want to check a headline about sleep?"),
        line(MAYA, "Look for the number, the size of the study, and whether anyone has repeated it since then."),
      ],
    },
    {
      title: "Wrap-up",
      lines: [
        line(THEO, "My edit: what would change your mind about sleep and memory? Let us know."),
        line(MAYA, "That's where things stand today. Thanks for listening."),
      ],
    },
  ],
};

const revise = (guidance: string, script: Script = EDITED, editorLines: string[] = []) =>
  reviseScript({ show: SHOW, tier: "standard", topic: TOPIC, script, editorLines, guidance });
const linesOf = (script: Script) => script.segments.flatMap((s) => s.lines);
const words = (script: Script) => linesOf(script).reduce((n, l) => n + countWords(l.text), 0);

describe("offline reviseScript", () => {
  it("changes only the lines with a phrase to avoid, cutting the sentence that has it (a line left empty goes)", () => {
    const revised = revise('Please drop "sleep hack" and "pick the one we like".');
    const before = linesOf(EDITED);
    const after = linesOf(revised);
    const at = before.findIndex((l) => l.text.includes("sleep hack"));
    const gone = before.findIndex((l) => l.text.includes("pick the one we like"));
    expect(after[at]).toEqual(line(MAYA, "There's a lot of advice out there, and not all of it comes with evidence."));
    expect(after).toEqual(before.flatMap((l, i) => (i === gone ? [] : i === at ? [after[at]!] : [l])));
    // The show's banned phrases go too, wherever an edit put one.
    const banned = {
      segments: [{ title: "Open", lines: [line(MAYA, "Hi. This is a game-changer."), line(THEO, "Sure.")] }],
    };
    const scrubbed = linesOf(revise('Avoid "sleep hack".', banned));
    expect(scrubbed.map((l) => l.text).join(" ")).not.toContain("game-changer");
    expect(scrubbed.slice(0, 2).map((l) => l.text)).toEqual(["Welcome to Signal and Noise. Hi.", "Sure."]);
  });

  it("says what the editor asked next to the line most about it, in the host's words, and keeps every other line", () => {
    const guidance = "Mention that the sample was small. Keep my edits to the cold open and wrap-up.";
    const revised = revise(guidance);
    const before = linesOf(EDITED);
    const after = linesOf(revised);
    expect(after).toHaveLength(before.length + 1);
    // After the line that gives the group's size (48 students), by the host who said it.
    const at = before.findIndex((l) => l.text.includes("48 students")) + 1;
    expect(after[at]).toEqual(line(MAYA, "One thing we want to be clear about: the sample was small."));
    expect([...after.slice(0, at), ...after.slice(at + 1)]).toEqual(before);
    expect(after.filter((l) => echoesGuidance(l.text, guidance))).toEqual([]);
    // Asked again, it is not said twice.
    expect(linesOf(revise(guidance, revised))).toEqual(after);
  });

  it("shortens to a length in minutes by whole exchanges of general talk, keeping the figures and the edits", () => {
    const guidance = "Keep it under 1 minute. Keep my edits to the cold open and wrap-up.";
    expect(words(EDITED)).toBeGreaterThan(200);
    const revised = revise(guidance);
    const after = linesOf(revised);
    expect(words(revised)).toBeLessThanOrEqual(150);
    // What is left is the edited version's lines, unchanged and in order.
    const before = linesOf(EDITED);
    let k = 0;
    for (const l of after) {
      while (k < before.length && before[k]!.text !== l.text) k++;
      expect(before[k]).toEqual(l);
    }
    const text = after.map((l) => l.text).join("\n");
    for (const kept of [
      "my own edit",
      "My edit:",
      "20% more",
      "12 percent",
      "Thanks for listening",
      "Next: the evidence.",
    ])
      expect(text).toContain(kept);
    // Questions go with their answers.
    expect(text).not.toContain("How do you decide what makes it into the show?");
    expect(text).not.toContain("Every point we make");
    expect(after.filter((l) => echoesGuidance(l.text, guidance))).toEqual([]);
  });

  it("never cuts a line the editor wrote to make the length", () => {
    const mine = "Look for the number, the size of the study, and whether anyone has repeated it since then.";
    const texts = (script: Script) => linesOf(script).map((l) => l.text);
    expect(texts(revise("Keep it under 1 minute."))).not.toContain(mine);
    const kept = revise("Keep it under 1 minute.", EDITED, [mine]);
    expect(texts(kept)).toContain(mine);
    expect(words(kept)).toBeLessThanOrEqual(150);
  });

  it("cuts about a sixth when asked to tighten without a length", () => {
    const revised = revise("Tighten it up.");
    expect(words(revised)).toBeLessThanOrEqual(Math.ceil(words(EDITED) * 0.85));
    expect(words(revised)).toBeGreaterThan(words(EDITED) * 0.6);
  });

  it("keeps the script byte for byte when nothing in the comment can be acted on, and never reads it out", () => {
    const guidance =
      "Keep my edits to the cold open and wrap-up. Too much jargon in part two. A note for the team: nice work.";
    const revised = revise(guidance);
    expect(revised).toEqual(EDITED);
    expect(linesOf(revised).some((l) => /note from our editor|jargon|nice work/i.test(l.text))).toBe(false);
  });

  it("adds a required phrase the guidance names, and is the offline writer's reviseScript", async () => {
    const { output, usage } = await createOfflineWriter().reviseScript({
      show: SHOW,
      tier: "standard",
      topic: TOPIC,
      script: EDITED,
      editorLines: [],
      guidance: 'Missing required phrase "Sweet dreams".',
    });
    expect(linesOf(output).slice(0, -1)).toEqual(linesOf(EDITED));
    expect(linesOf(output).at(-1)).toEqual(line(MAYA, "Sweet dreams."));
    expect(usage.map((u) => u.unit)).toEqual(["input_token", "output_token"]);
    await expect(
      createOfflineWriter().reviseScript({
        show: SHOW,
        tier: "standard",
        topic: TOPIC,
        script: EDITED,
        editorLines: [],
        guidance: " ",
      }),
    ).rejects.toThrow();
  });
});
