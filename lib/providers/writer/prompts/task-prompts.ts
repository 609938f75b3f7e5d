import type { Brief, Passage } from "@/lib/domain/research";
import type { LineGuidance } from "@/lib/domain/line-comment";
import type { ShowProfile } from "@/lib/domain/show-profile";
import { WORDS_PER_MINUTE } from "@/lib/domain/spoken-length";
import { countWords } from "@/lib/text/spoken-form";
import { TASK_PURPOSE, type WriterInput, type WriterTask } from "../types";

const list = (items: readonly string[]) => (items.length ? items.map((p) => `"${p}"`).join(", ") : "(none)");

/** The show's brand profile: every task's system prompt carries it. */
function describeShow(show: ShowProfile): string {
  return [
    `Show: ${show.name}`,
    `Tone: ${show.tone}`,
    `Audience: ${show.audience}`,
    `Hosts: ${show.hosts.map((h) => `${h.name} (${h.persona})`).join("; ") || "(none)"}`,
    `Required phrases, verbatim: ${list(show.requiredPhrases)}`,
    `Banned phrases, never to be used: ${list(show.bannedPhrases)}`,
    `Humility markers, for anything uncertain: ${list(show.humilityMarkers)}`,
  ].join("\n");
}

const ROLE: Record<WriterTask, string> = {
  extractClaims:
    "You are the research desk. Extract checkable factual claims about the topic from the passages. Each claim " +
    "states what one quote says, no more. `quote` is copied character for character from one passage of the cited " +
    "source; `quoteStart`/`quoteEnd` are offsets into that source (passage start + index in the passage). Prefer " +
    "numbers, findings and cautions the sources state. Claims whose quote is not verbatim are discarded.",
  judgeClaims:
    "You are the fact checker. For each claim, decide whether its quote supports it (same numbers, same negation, " +
    "no added facts) and whether any other passage contradicts it (same subject, different number or opposite " +
    "finding). SUPPORTED needs the claim's own quote to entail it; CONTRADICTED needs a passage that disagrees; " +
    "anything else is UNSUPPORTED. Evidence quotes are copied verbatim from the passages; return one judgement per " +
    "claim with its claimIndex.",
  synthesize:
    "You are the producer writing the research brief. Key points are built only from SUPPORTED claims and cite " +
    "them by claimIndexes. UNSUPPORTED and CONTRADICTED claims are never stated as facts: they may only appear as " +
    "open questions or as uncertainty the hosts should voice with humility.",
  planEpisode:
    "You are the episode planner. Plan segments (a cold open with a hook, the body, a wrap-up with a question for " +
    "listeners) whose targetSeconds add up to the requested length, with speakers chosen only from the given hosts " +
    "and keyPointIndexes into the brief.",
  writeScript:
    "You are the script writer. Write a speaker-labelled script for the ear: short sentences, signposting at each " +
    "turn, questions between hosts, about 150 words per minute of each segment's targetSeconds. Use only the " +
    "plan's speakers and the brief's key points as facts, the show's required phrases (greeting first, sign-off " +
    "last), a humility marker wherever a point is uncertain, and never a banned phrase. If guidance is given, the " +
    "draft must visibly act on it. Never repeat a line.",
  reviseScript:
    "You are the script writer, revising the current script (it may hold an editor's own edits) by the editor's " +
    "feedback. Make the smallest revision that acts on the feedback: change only the lines it is about, and return " +
    "every other line exactly as it is, same speaker, same words, same order, same segments. Something the editor " +
    "asks to be said is said by a host in their own words next to the line it is most about; an instruction (cut " +
    "the length, keep my edits, avoid a phrase) is acted on, never read out. No line may mention the editor, a note " +
    "or the feedback. Keep the show's required phrases and never use a banned phrase.",
  judgeBrand:
    "You are the brand editor. Score the script 0-10 on each dimension (tone, vocabulary, humility, audience, " +
    "structure) against the show's profile, with a one-sentence rationale each.",
  judgeContent:
    "You are the content editor, judging the script as a listener would hear it. Score it 0-10 on engagement " +
    "(would a listener stay: concrete people, places and numbers, real questions and reactions, no filler or " +
    "repetition), clarity (easy to follow by ear: short sentences, no list-reading or meta-talk about the script) " +
    "and accuracy (every claim faithful to the key points and the source excerpts, uncertainty stated where they " +
    "are thin), each with a one-sentence reason. 5 is an ordinary draft; keep 9-10 for work you would publish as is.",
};

function systemPromptFor(task: WriterTask, show: ShowProfile): string {
  return `${ROLE[task]}\n\nBrand profile:\n${describeShow(show)}\n\nAnswer with JSON that matches the schema.`;
}

const passagesBlock = (passages: readonly Passage[]) =>
  passages.map((p) => `[source ${p.sourceId}, start ${p.start}]\n${p.text}`).join("\n\n");

const scriptBlock = (script: WriterInput<"judgeBrand">["script"]) =>
  script.segments.map((s) => `## ${s.title}\n${s.lines.map((l) => `${l.speaker}: ${l.text}`).join("\n")}`).join("\n\n");

/** A line comment with the lines it is about, quoted as the script has them. */
const commentBlock = (script: WriterInput<"judgeBrand">["script"], c: LineGuidance) => {
  const lines = script.segments.flatMap((s) => s.lines).slice(c.firstLine - 1, c.lastLine);
  const where = c.firstLine === c.lastLine ? `Line ${c.firstLine}` : `Lines ${c.firstLine}-${c.lastLine}`;
  return `- ${where} (${lines.map((l) => `${l.speaker}: ${l.text}`).join(" / ")})\n  Comment: ${c.text}`;
};

const scriptWords = (script: WriterInput<"judgeBrand">["script"]) =>
  script.segments.reduce((n, s) => n + s.lines.reduce((m, l) => m + countWords(l.text), 0), 0);

const briefBlock = (brief: Brief) =>
  [
    ...brief.keyPoints.map((k, i) => `Key point ${i}: ${k.text} (sources: ${k.sourceIds.join(", ")})`),
    ...brief.uncertainty.map((u) => `Uncertain: ${u}`),
    ...brief.openQuestions.map((q) => `Open question: ${q}`),
  ].join("\n");

const PROMPTS: { [K in WriterTask]: (input: WriterInput<K>) => string } = {
  extractClaims: (i) => `Topic: ${i.topic}\nAt most ${i.maxClaims} claims.\n\nPassages:\n${passagesBlock(i.passages)}`,
  judgeClaims: (i) =>
    `Claims:\n${i.claims.map((c, n) => `${n}. ${c.text}\n   cites source ${c.sourceId}: "${c.quote}"`).join("\n")}\n\n` +
    `Passages:\n${passagesBlock(i.passages)}`,
  synthesize: (i) =>
    `Topic: ${i.topic}\n\nJudged claims:\n` +
    i.claims
      .map((c, n) => `${n}. [${c.verdict}, ${c.confidence.toFixed(2)}] ${c.text} (source ${c.sourceId}; ${c.reason})`)
      .join("\n"),
  planEpisode: (i) =>
    `Topic: ${i.topic}\nFormat: ${i.format}\nHosts: ${i.hosts.join(", ")}\n` +
    `Length: ${i.targetMinutes} minutes = ${Math.round(i.targetMinutes * 60)} seconds in total.\n\nBrief:\n${briefBlock(i.brief)}`,
  writeScript: (i) =>
    `Topic: ${i.topic}\n\nPlan:\n` +
    i.plan.segments
      .map(
        (s, n) =>
          `${n}. ${s.title} (${s.targetSeconds}s ≈ ${Math.round((s.targetSeconds / 60) * WORDS_PER_MINUTE)} words; ` +
          `speakers: ${s.speakers.join(", ")}; key points: ${s.keyPointIndexes.join(", ") || "none"})\n   ${s.purpose}` +
          (s.hook ? `\n   Hook: ${s.hook}` : ""),
      )
      .join("\n") +
    `\n\nBrief:\n${briefBlock(i.brief)}` +
    (i.guidance ? `\n\nGuidance for this draft (act on it visibly): ${i.guidance}` : ""),
  reviseScript: (i) =>
    `Topic: ${i.topic}\n\nCurrent script (${scriptWords(i.script)} words, ~${WORDS_PER_MINUTE} a minute):\n` +
    `${scriptBlock(i.script)}\n\n` +
    (i.editorLines.length
      ? `Lines the editor wrote (keep them exactly unless the feedback is about them):\n${i.editorLines.join("\n")}\n\n`
      : "") +
    `Editor's feedback (act on it; never say it on air): ${i.guidance}` +
    (i.lineGuidance?.length
      ? `\n\nEditor's comments on lines (lines numbered from 1 across the script; act on each at its lines or right ` +
        `next to them and leave the others as they are; never say a comment on air):\n` +
        i.lineGuidance.map((c) => commentBlock(i.script, c)).join("\n")
      : ""),
  judgeBrand: (i) => `Script:\n${scriptBlock(i.script)}`,
  judgeContent: (i) =>
    `Key points of the brief:\n${i.keyPoints.map((k, n) => `${n}. ${k}`).join("\n") || "(none)"}\n\n` +
    `Source excerpts:\n${passagesBlock(i.passages)}\n\nScript:\n${scriptBlock(i.script)}`,
};

function userPromptFor<K extends WriterTask>(task: K, input: WriterInput<K>): string {
  return PROMPTS[task](input);
}

/** Script length in words the plan asks for. */
function plannedWords(input: WriterInput<"writeScript">): number {
  return input.plan.segments.reduce((sum, s) => sum + (s.targetSeconds / 60) * WORDS_PER_MINUTE, 0);
}

/** An upper bound of each answer's length in tokens: the budget check reserves this much output. */
const MAX_OUTPUT_TOKENS: { [K in WriterTask]: (input: WriterInput<K>) => number } = {
  extractClaims: (i) => 300 + 160 * i.maxClaims,
  judgeClaims: (i) => 300 + 260 * i.claims.length,
  synthesize: (i) => 600 + 120 * i.claims.length,
  planEpisode: () => 2_500,
  // Words at +15%, ~1.4 tokens a word, and the JSON around each short line.
  writeScript: (i) => Math.ceil(500 + plannedWords(i) * 1.15 * 2.2),
  // The script comes back whole: its words at +15% (a statement may be added), as for a fresh draft.
  reviseScript: (i) => Math.ceil(500 + scriptWords(i.script) * 1.15 * 2.2),
  judgeBrand: () => 1_200,
  judgeContent: () => 800,
};

export interface TaskRequest {
  purpose: (typeof TASK_PURPOSE)[WriterTask];
  system: string;
  prompt: string;
  maxOutputTokens: number;
}

/** What a hosted model is sent for a task (the schema is added by the caller). */
export function requestFor<K extends WriterTask>(task: K, input: WriterInput<K>): TaskRequest {
  return {
    purpose: TASK_PURPOSE[task],
    system: systemPromptFor(task, input.show),
    prompt: userPromptFor(task, input),
    maxOutputTokens: MAX_OUTPUT_TOKENS[task](input),
  };
}
