import type { EpisodeFormat, EpisodePlan, PlanSegment } from "@/lib/domain/episode-plan";
import type { PlanEpisodeInput } from "../schemas";
import { fitDurations } from "../invariants/fit-durations";
import { contentWords } from "@/lib/text/content-words";
import { CAUTION_CUE } from "@/lib/text/cues";
import { findNumbers } from "@/lib/text/find-numbers";
import { wordsOf } from "@/lib/text/lemma";
import { seededRandom } from "@/lib/text/seeded-random";
import { contentSeed } from "./content-seed";
import { SECONDS_PER_KEY_POINT } from "@/lib/domain/key-point-capacity";
import { asSentence, capitalize, continueSentence, plainText } from "@/lib/text/spoken-form";

const FORMAT_SPEAKERS: Record<EpisodeFormat, number> = { SOLO: 1, TWO_HOSTS: 2, INTERVIEW: 2, PANEL: 4 };
/** One body segment per ~4 minutes, at most 6. */
const MINUTES_PER_SEGMENT = 4;
const MAX_BODY_SEGMENTS = 6;
/**
 * The frame around the body, in seconds: a cold open and a wrap-up take a share of the running time within
 * bounds (a sign-off cannot be said in ten seconds, and a cold open should not run five minutes), and the segment
 * on what is unknown grows with what the brief leaves open. The body takes the rest.
 */
const COLD_OPEN = { share: 0.08, min: 15, max: 60 };
const WRAP_UP = { share: 0.1, min: 20, max: 90 };
const UNKNOWNS = { base: 30, perItem: 25, min: 40, maxShare: 0.12 };
const clamp = (n: number, min: number, max: number) => Math.max(min, Math.min(max, n));
/** Below this length the uncertainty is said in the wrap-up instead of a segment of its own. */
const MIN_MINUTES_FOR_UNKNOWNS_SEGMENT = 5;

const FALLBACK_TITLES = [
  "What the research says",
  "Digging deeper",
  "The details that matter",
  "Putting it together",
  "The bigger picture",
  "What it means for you",
];
const HOOK_TAILS = [
  "But how much of that holds up?",
  "So what does that mean for the rest of us?",
  "Is that the whole story?",
];

/** Splits n items into `parts` contiguous groups, the first ones one larger when it does not divide evenly. */
function chunk(n: number, parts: number): number[][] {
  return Array.from({ length: parts }, (_, p) => {
    const from = Math.floor((p * n) / parts);
    const to = Math.floor(((p + 1) * n) / parts);
    return Array.from({ length: to - from }, (_, i) => from + i);
  });
}

/** Word endings of verbs, adjectives and adverbs: a title is named after things, not "largest" or "generalise". */
const NOT_A_THEME =
  /(?:est|ise|ize|ed|ing|ly)$|^(?:small|large|young|old|older|new|many|most|few|fewer|less|more|several|often)$/i;

/**
 * "Naps and recall": the two words the segment's key points share most (each in at least two points), minus the
 * topic's own. A segment without such a theme gets a template title.
 */
function titleFor(points: string[], topic: string, taken: Set<string>, fallback: string): string {
  const topicWords = contentWords(topic);
  const themes = new Map<string, { word: string; points: number; first: number }>();
  let position = 0;
  points.forEach((point) => {
    const seen = new Set<string>();
    for (const word of wordsOf(plainText(point))) {
      const [lemma] = contentWords(word);
      position++;
      if (
        !lemma ||
        seen.has(lemma) ||
        topicWords.has(lemma) ||
        word.length < 4 ||
        NOT_A_THEME.test(word) ||
        /\d/.test(word)
      )
        continue;
      seen.add(lemma);
      const entry = themes.get(lemma) ?? { word: word.toLowerCase(), points: 0, first: position };
      entry.points++;
      themes.set(lemma, entry);
    }
  });
  const [a, b] = [...themes.values()]
    .filter((t) => t.points >= 2)
    .sort((x, y) => y.points - x.points || x.first - y.first);
  const title = a && b ? `${capitalize(a.word)} and ${b.word}` : fallback;
  return taken.has(title.toLowerCase()) ? fallback : title;
}

/** The cold open's hook, and the key point it says (which the body then leaves out), if it says one. */
function hookFor(input: PlanEpisodeInput, random: () => number): { text: string; point: number | null } {
  const points = input.brief.keyPoints.map((k) => plainText(k.text));
  // A number that is not hedged makes the strongest opening line; a hedged point opens with humility, not as a hook.
  const withNumber = points.findIndex((p) => findNumbers(p).length > 0 && !CAUTION_CUE.test(p));
  const point = withNumber >= 0 ? withNumber : points.findIndex((p) => !CAUTION_CUE.test(p));
  if (point < 0)
    return {
      text: `What do we actually know about ${continueSentence(input.topic.replace(/[.?!]+$/, ""))}?`,
      point: null,
    };
  return { text: `${asSentence(points[point]!)} ${HOOK_TAILS[Math.floor(random() * HOOK_TAILS.length)]}`, point };
}

/**
 * Template plan: a cold open with a hook, body segments that share the key points in brief order (as many as the
 * length can carry), a segment on what is unknown when the brief has doubts and the episode is long enough, and a
 * wrap-up. Durations are fitted to exactly the target: cold open 8% (15-60 s), wrap-up 10% (20-90 s), unknowns
 * 30 s + 25 s per doubt (40 s to 12%), the body the rest in proportion to key points + 1.
 */
export function planEpisode(input: PlanEpisodeInput): EpisodePlan {
  const random = seededRandom(contentSeed(input));
  const speakers = input.hosts.slice(0, FORMAT_SPEAKERS[input.format]);
  const total = Math.round(input.targetMinutes * 60);
  const hasDoubts = input.brief.uncertainty.length + input.brief.openQuestions.length > 0;
  const unknownsSegment = hasDoubts && input.targetMinutes >= MIN_MINUTES_FOR_UNKNOWNS_SEGMENT;
  const frame = [
    clamp(total * COLD_OPEN.share, COLD_OPEN.min, COLD_OPEN.max),
    clamp(total * WRAP_UP.share, WRAP_UP.min, WRAP_UP.max),
    unknownsSegment
      ? clamp(
          UNKNOWNS.base + UNKNOWNS.perItem * (input.brief.uncertainty.length + input.brief.openQuestions.length),
          UNKNOWNS.min,
          total * UNKNOWNS.maxShare,
        )
      : 0,
  ];
  const [coldOpen, wrapUp, unknowns] = frame as [number, number, number];
  const bodySeconds = Math.max(0, total - coldOpen - wrapUp - unknowns);

  const hook = hookFor(input, random);
  // The hook's point is said in the cold open, so the body has room for one more.
  const order = input.brief.keyPoints.map((_, i) => i).filter((i) => i !== hook.point);
  const capacity = Math.max(1, Math.floor(bodySeconds / SECONDS_PER_KEY_POINT));
  const usable = Math.min(order.length, capacity);
  const bodyCount = Math.max(
    1,
    Math.min(Math.ceil(input.targetMinutes / MINUTES_PER_SEGMENT), MAX_BODY_SEGMENTS, usable || 1),
  );
  const groups = chunk(usable, bodyCount).map((g) => g.map((i) => order[i]!));

  const taken = new Set<string>();
  const body: Omit<PlanSegment, "targetSeconds">[] = groups.map((indexes, n) => {
    const title = titleFor(
      indexes.map((i) => input.brief.keyPoints[i]!.text),
      input.topic,
      taken,
      FALLBACK_TITLES[n % FALLBACK_TITLES.length]!,
    );
    taken.add(title.toLowerCase());
    const which =
      indexes.length === 1
        ? `key point ${indexes[0]! + 1}`
        : indexes.length
          ? `key points ${indexes[0]! + 1} to ${indexes.at(-1)! + 1}`
          : "the background";
    return {
      title,
      purpose: `Present ${which} with the evidence behind it, then what it means for the listener.`,
      speakers,
      keyPointIndexes: indexes,
      hook: null,
    };
  });

  const segments: Omit<PlanSegment, "targetSeconds">[] = [
    {
      title: "Cold open",
      purpose: "Hook the listener, welcome them, introduce the hosts and what the episode will answer.",
      speakers,
      keyPointIndexes: [],
      hook: hook.text,
    },
    ...body,
    ...(unknownsSegment
      ? [
          {
            title: "What we don't know yet",
            purpose: "Say where the sources disagree or fall silent, with humility.",
            speakers,
            keyPointIndexes: [],
            hook: null,
          },
        ]
      : []),
    {
      title: "Wrap-up",
      purpose: "Recap the key points, ask listeners a question, sign off.",
      speakers,
      keyPointIndexes: [],
      hook: null,
    },
  ];
  // The frame keeps its seconds; the body shares the rest in proportion to key points + 1.
  const weights = [
    coldOpen,
    ...groups.map((g) => (bodySeconds * (g.length + 1)) / (usable + bodyCount)),
    ...(unknownsSegment ? [unknowns] : []),
    wrapUp,
  ];
  const seconds = fitDurations(weights, total);
  return { segments: segments.map((s, i) => ({ ...s, targetSeconds: seconds[i]! })) };
}
