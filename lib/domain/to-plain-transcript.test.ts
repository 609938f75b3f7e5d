import { describe, expect, it } from "vitest";
import { audioTimelineSchema } from "./audio-timeline";
import { toPlainTranscript } from "./to-plain-transcript";

describe("toPlainTranscript", () => {
  it("writes one speaker-labelled paragraph per turn, joining a speaker's consecutive lines, in time order", () => {
    const timeline = audioTimelineSchema.parse([
      { segment: 0, line: 3, speaker: "Maya", text: "Back to you.", start: 5, end: 6 },
      { segment: 0, line: 1, speaker: "Maya", text: "Welcome.", start: 0, end: 1 },
      { segment: 0, line: 2, speaker: "Maya", text: "Today:\nsleep.", start: 1, end: 2 },
      { segment: 1, line: 4, speaker: "Theo", text: "Thanks, Maya.", start: 3, end: 4 },
      { segment: 1, line: 5, speaker: "Theo", text: "", start: 4, end: 5 },
    ]);
    expect(toPlainTranscript(timeline)).toBe(
      "Maya: Welcome. Today: sleep.\n\nTheo: Thanks, Maya.\n\nMaya: Back to you.\n",
    );
  });
});
