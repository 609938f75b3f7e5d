export type SpeechEngine = "ssml" | "sable" | "plain";

/** Text placed inside SSML or SABLE: every markup character escaped. */
export function escapeXml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** What escapeXml escaped, as the characters it stands for. */
export function unescapeXml(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|apos);/g, (_, entity: string) => ENTITIES[entity]!);
}

/** `*word*` in the script marks spoken emphasis. */
const EMPHASIS = /\*([^*\n]+)\*/g;

export function stripEmphasis(text: string): string {
  return text.replace(EMPHASIS, "$1");
}

interface Form {
  sentence: (text: string) => string;
  betweenSentences: string;
  betweenSegments: string;
  wrap: (body: string, rate: number) => string;
}

const FORMS: Record<SpeechEngine, Form> = {
  // ElevenLabs and espeak-ng: a fragment without <speak>, so the synthesizer can wrap or concatenate it.
  ssml: {
    sentence: (t) => escapeXml(t).replace(EMPHASIS, "<emphasis>$1</emphasis>"),
    betweenSentences: ' <break time="400ms"/> ',
    betweenSegments: ' <break time="1000ms"/> ',
    wrap: (body, rate) => (rate ? `<prosody rate="${100 + rate}%">${body}</prosody>` : body),
  },
  // Festival: SABLE tags without the XML header or <SABLE> root.
  sable: {
    sentence: (t) => escapeXml(t).replace(EMPHASIS, "<EMPH>$1</EMPH>"),
    betweenSentences: ' <BREAK LEVEL="MEDIUM"/> ',
    betweenSegments: ' <BREAK LEVEL="LARGE"/> ',
    wrap: (body, rate) => (rate ? `<RATE SPEED="${rate > 0 ? "+" : ""}${rate}%">${body}</RATE>` : body),
  },
  // flite reads no markup: a line break pauses between sentences, an ellipsis line longer between segments.
  plain: {
    sentence: stripEmphasis,
    betweenSentences: "\n",
    betweenSegments: "\n...\n",
    wrap: (body) => body,
  },
};

/** Segments of sentences in the engine's form, with a short pause between sentences and a longer one between segments. */
export function renderMarkup(segments: readonly string[][], engine: SpeechEngine, rate = 0): string {
  const form = FORMS[engine];
  const body = segments
    .map((sentences) => sentences.map(form.sentence).join(form.betweenSentences))
    .join(form.betweenSegments);
  return form.wrap(body, rate);
}
