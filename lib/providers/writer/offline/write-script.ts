import type { PlanSegment } from "@/lib/domain/episode-plan";
import type { Script } from "@/lib/domain/script";
import type { WriteScriptInput } from "../schemas";
import { ensureRequiredPhrases, isOpeningPhrase } from "../invariants/ensure-required-phrases";
import { WORDS_PER_MINUTE } from "@/lib/domain/spoken-length";
import { contentWords, sharedCount } from "@/lib/text/content-words";
import { asSentence, plainText } from "@/lib/text/spoken-form";
import { readGuidance } from "@/lib/text/read-guidance";
import { seededRandom } from "@/lib/text/seeded-random";
import { contentSeed } from "./content-seed";
import { countWords } from "@/lib/text/spoken-form";
import { hedgeClaims } from "./hedge-claims";
import { DEFAULT_HUMILITY_MARKERS } from "./humility";
import {
  closingBeats,
  doubtBeats,
  generalFillers,
  guidanceBeats,
  openingBeats,
  pointBeat,
  pointFillers,
  pointOf,
  SLOT,
  transitionBeat,
  type Beat,
  type Cast,
  type Point,
} from "./script-beats";
import { ScriptState, type Line } from "./script-state";

interface Placed {
  slot: number;
  order: number;
  lines: Line[];
}

/** Words of a topic that say what it is about, not how it is asked ("How sleep helps memory" → sleep, memory). */
const NOT_TOPIC_WORDS =
  /^(?:how|why|what|when|where|who|does|do|did|really|actually|help|helps|helped|affect|affects|affected|work|works|worked|improve|improves|improved|change|changes|changed|make|makes|made|need|needs|needed|matter|matters|mattered|learn|learned|you|your|part|episode|chapter|section|series|number)$/i;

function topicWordsOf(topic: string): string[] {
  return (plainText(topic).match(/[\p{L}][\p{L}'’-]*/gu) ?? [])
    .filter((w) => w.length >= 3 && contentWords(w).size > 0 && !NOT_TOPIC_WORDS.test(w))
    .map((w) => (w === w.toUpperCase() ? w : w.toLowerCase()));
}

/** The key point the plan's hook opens with, if it opens with one: it is said there, not again in the body. */
function hookPoint(input: WriteScriptInput): { index: number; tail: string } | null {
  const hook = input.plan.segments[0]?.hook ?? "";
  const index = input.brief.keyPoints.findIndex((k) => hook.startsWith(asSentence(plainText(k.text))));
  if (index < 0) return null;
  return { index, tail: hook.slice(asSentence(plainText(input.brief.keyPoints[index]!.text)).length).trim() };
}
/** A planner's theme title, two words its points share ("Adults and hours"): a label, not something to say. */
const THEME_TITLE = /^[\p{L}-]+ and [\p{L}-]+$/u;

/**
 * Exchanges of general talk about evidence an episode may have: past this a longer episode is padded with lines any
 * episode could say, so a brief that cannot carry the plan's length makes a shorter script rather than a thinner one.
 */
const GENERAL_TALK_MOST = 3;

/** Optional beats may overshoot the word goal by this share. */
const OVERSHOOT = 0.05;

const wordsIn = (lines: readonly Line[]) => lines.reduce((n, l) => n + countWords(l.text), 0);

/** Lines a host says one after the other are one turn: a signpost and the question after it are said together. */
function oneTurnEach(lines: Line[]): Line[] {
  const turns: Line[] = [];
  for (const l of lines) {
    const last = turns.at(-1);
    if (last && last.speaker === l.speaker) turns[turns.length - 1] = { ...last, text: `${last.text} ${l.text}` };
    else turns.push(l);
  }
  return turns;
}

/** Fillers grouped per queue, so a segment takes one from each in turn rather than all from the first. */
function byQueue(beats: Beat[]): Beat[][] {
  const groups = new Map<string, Beat[]>();
  for (const b of beats) groups.set(b.queue ?? String(b.slot), [...(groups.get(b.queue ?? String(b.slot)) ?? []), b]);
  return [...groups.values()];
}

/** Where the guidance's statements fit best: after the key point that shares most words with them. */
function guidanceAnchor(input: WriteScriptInput, statements: string[]): { segment: number; slot: number } {
  const words = contentWords(statements.join(" "));
  let best: { segment: number; slot: number; score: number } = { segment: 0, slot: SLOT.notes, score: -1 };
  input.plan.segments.forEach((seg, i) =>
    seg.keyPointIndexes.forEach((k, j) => {
      const text = input.brief.keyPoints[k]?.text;
      const score = text === undefined ? -1 : sharedCount(words, contentWords(text));
      if (score > best.score) best = { segment: i, slot: SLOT.point(j) + 5, score };
    }),
  );
  return best;
}

function castOf(segment: PlanSegment, fallback: string): Cast {
  const speakers = segment.speakers.length ? segment.speakers : [fallback];
  return { lead: speakers[0]!, speakers };
}

/**
 * Template script in the show's voice. Each segment gets beats (see script-beats.ts) in three passes: what must be
 * said, what is kept when it fits its words (targetSeconds × 150 / 60: roadmap, audience, recap), then fillers,
 * one at a time to the segment furthest below its words (as a share), until the script reaches the plan's total.
 */
export function writeScript(input: WriteScriptInput): Script {
  const guidance = readGuidance(input.guidance);
  const avoid = [...input.show.bannedPhrases, ...guidance.avoid].filter((p) => p.trim());
  const required = [...new Set([...input.show.requiredPhrases, ...guidance.include])].filter((p) => p.trim());
  const markers = input.show.humilityMarkers.filter((m) => m.trim());
  const markersOrDefault = markers.length ? markers : DEFAULT_HUMILITY_MARKERS;
  const state = new ScriptState(seededRandom(contentSeed(input)), avoid, markersOrDefault);

  const segments = input.plan.segments;
  const last = segments.length - 1;
  const fallback = segments.find((s) => s.speakers.length)?.speakers[0] ?? input.show.hosts[0]?.name ?? "Host";
  // The topic shapes what the hosts ask about; it is said in their words, never read out as written.
  const topicWords = topicWordsOf(input.topic);
  const topicSet = new Set(topicWords.flatMap((w) => [...contentWords(w)]));
  const topic = topicWords.join(" and ") || "this";
  const topicSaid = { said: topic, first: topicWords[0] ?? "this", last: topicWords.at(-1) ?? "this" };
  const points: Point[] = input.brief.keyPoints.map((k) => pointOf(k, topicSet, topicSaid));
  const hooked = hookPoint(input);
  const hook = hooked
    ? [...points[hooked.index]!.sentences.slice(0, 2), hooked.tail].join(" ").trim()
    : (segments[0]?.hook ?? null);
  const spoken = [...new Set(segments.flatMap((s) => s.keyPointIndexes))].filter(
    (k) => points[k] && k !== hooked?.index,
  );
  const middle = segments.findIndex((s, i) => i > 0 && i < last && s.keyPointIndexes.length === 0);
  const doubtsAt = middle >= 0 ? middle : last;
  const anchor = guidanceAnchor(input, guidance.statements);

  let turn = 0;
  const beatsOf = segments.map((segment, i): Beat[] => {
    const cast = castOf(segment, fallback);
    const beats: Beat[] = [];
    if (i === 0) {
      const opening = required.filter(isOpeningPhrase);
      beats.push(...openingBeats(cast, hook, topicWords, opening));
    } else
      beats.push(
        transitionBeat(
          cast,
          segment.title,
          i === last ? "last" : i === 1 ? "first" : "middle",
          segment.keyPointIndexes.length > 0 && THEME_TITLE.test(segment.title),
        ),
      );

    segment.keyPointIndexes
      .filter((k) => spoken.includes(k))
      .forEach((k, j) => {
        // The lead signposts a segment and asks its first question in the same breath; then the hosts take turns.
        if (j === 0) turn = cast.speakers.length - 1;
        const presenter = cast.speakers[turn % cast.speakers.length]!;
        const asker = cast.speakers[(turn + 1) % cast.speakers.length]!;
        turn++;
        const slot = SLOT.point(j);
        beats.push(
          pointBeat(slot, asker, presenter, points[k]!, topicSaid),
          ...pointFillers(slot, asker, presenter, points[k]!, topic, spoken.indexOf(k)),
        );
      });
    if (i === doubtsAt)
      beats.push(...doubtBeats(cast, input.brief.uncertainty, input.brief.openQuestions, input.topic));
    if (i === anchor.segment) beats.push(...guidanceBeats(cast, anchor.slot, guidance.statements));
    // The cold open stays tight: general talk belongs in the body, mixed in after the segment's last point.
    const covered = segment.keyPointIndexes.filter((k) => spoken.includes(k)).length;
    if (i > 0)
      beats.push(
        ...generalFillers(cast, covered ? SLOT.point(covered - 1) : SLOT.talk, topic, points[spoken[0] ?? -1]),
      );
    if (i === last)
      beats.push(
        ...closingBeats(
          cast,
          topic,
          required.filter((p) => !isOpeningPhrase(p)),
        ),
      );
    return beats;
  });

  const placed: Placed[][] = segments.map(() => []);
  const words = segments.map(() => 0);
  let order = 0;
  const place = (i: number, slot: number, lines: Line[]) => {
    words[i]! += state.commit(lines);
    placed[i]!.push({ slot, order: order++, lines });
  };
  const targets = segments.map((s) => (s.targetSeconds / 60) * WORDS_PER_MINUTE);

  // 1. What must be said, everywhere. 2. What is kept when the segment has room.
  beatsOf.forEach((beats, i) =>
    beats
      .filter((b) => b.priority === 0)
      .forEach((b) => {
        const lines = b.make(state);
        if (lines) place(i, b.slot, lines);
      }),
  );
  beatsOf.forEach((beats, i) =>
    beats
      .filter((b) => b.priority === 1)
      .forEach((b) => {
        const lines = b.make(state);
        if (lines && words[i]! + wordsIn(lines) <= targets[i]! * (1 + OVERSHOOT)) place(i, b.slot, lines);
      }),
  );

  // 3. Fillers, one beat at a time, to whichever segment has the smallest share of its words and still has material: a
  // segment that runs out leaves its words to the others, so the whole script still lands on the planned length.
  const total = targets.reduce((a, b) => a + b, 0);
  // Follow-ups on the points first; general talk about evidence only once a segment has none left.
  const queuesAt = (priority: number) => beatsOf.map((beats) => byQueue(beats.filter((b) => b.priority === priority)));
  const said = () => words.reduce((a, b) => a + b, 0);
  for (const [queues, most] of [
    [queuesAt(2), Infinity],
    [queuesAt(3), GENERAL_TALK_MOST],
  ] as const) {
    const turns = segments.map(() => 0);
    let placedHere = 0;
    while (said() < total - 3 && placedHere < most) {
      const open = segments.map((_, i) => i).filter((i) => queues[i]!.some((q) => q.length));
      if (open.length === 0) break;
      const filled = (j: number) => words[j]! / Math.max(1, targets[j]!);
      const i = open.reduce((best, j) => (filled(j) < filled(best) ? j : best));
      const own = queues[i]!.filter((q) => q.length);
      const beat = own[turns[i]!++ % own.length]!.shift()!;
      const lines = beat.make(state);
      if (lines && said() + wordsIn(lines) <= total * (1 + OVERSHOOT)) {
        place(i, beat.slot, lines);
        placedHere++;
      }
    }
  }

  const script: Script = {
    segments: segments.map((segment, i) => ({
      title: segment.title,
      lines: oneTurnEach(placed[i]!.sort((a, b) => a.slot - b.slot || a.order - b.order).flatMap((p) => p.lines)),
    })),
  };
  return hedgeClaims(
    ensureRequiredPhrases(script, required, segments[0]?.speakers[0] ?? fallback),
    state,
    markersOrDefault,
  );
}
