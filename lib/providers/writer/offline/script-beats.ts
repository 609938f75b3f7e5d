import type { Brief } from "@/lib/domain/research";
import type { PlanSegment } from "@/lib/domain/episode-plan";
import { CAUTION_CUE } from "@/lib/text/cues";
import { findNumbers } from "@/lib/text/find-numbers";
import { splitSentences } from "@/lib/text/split-sentences";
import {
  asSentence,
  capitalize,
  continueSentence,
  countWords,
  forTheEar,
  inSentence,
  plainText,
} from "@/lib/text/spoken-form";
import type { Line, ScriptState } from "./script-state";

/**
 * The offline script's templates. A beat is a short exchange (a question and its answer, a point and a reaction)
 * placed in a slot of its segment; `priority` says what a segment keeps when time is short: 0 always (required
 * phrases, the key points, humility, guidance, the sign-off), 1 when it fits (audience, roadmap, recap), 2 to fill
 * the segment to its length. Fillers talk about the points and how we know them; they never add facts the brief
 * does not have.
 */
export interface Beat {
  slot: number;
  priority: 0 | 1 | 2;
  /** Fillers are taken from their queues in turn (a point's follow-ups, comparisons, general talk), so they mix. */
  queue?: string;
  make: (s: ScriptState) => Line[] | null;
}

export interface Point {
  /** The key point's sentences, cut for the ear. */
  sentences: string[];
  hedged: boolean;
  /** "the second finding": how the hosts refer back to it. */
  name: string;
  /** The percentage a listener should notice ("20%", "12 percent"), if any. */
  figure: string | null;
  sample: number | null;
  year: number | null;
  sourceCount: number;
  sourceIds: string[];
}

/** Who speaks in a segment: the lead opens and closes; points rotate presenter and questioner. */
export interface Cast {
  lead: string;
  speakers: string[];
}

/** Where beats sit in a segment, in speaking order; beats in one slot keep the order they were chosen in. */
export const SLOT = {
  opening: 0,
  point: (j: number) => 10 + 10 * j,
  notes: 900,
  doubts: 1000,
  questions: 1500,
  talk: 1900,
  recap: 2990,
  closing: 3000,
} as const;

const ORDINALS = [
  "first",
  "second",
  "third",
  "fourth",
  "fifth",
  "sixth",
  "seventh",
  "eighth",
  "ninth",
  "tenth",
  "eleventh",
  "twelfth",
];
const COUNTS = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];
const RECAP = ["First", "Second", "Third", "Fourth", "Fifth"];

const firstName = (name: string) => name.trim().split(/\s+/)[0] ?? name;

export function pointOf(keyPoint: Brief["keyPoints"][number], index: number): Point {
  const text = plainText(keyPoint.text);
  const numbers = findNumbers(text);
  const figure = /\d[\d,.]*\s*(?:%|percent\b|per cent\b)/i.exec(text)?.[0] ?? null;
  return {
    sentences: forTheEar(text),
    hedged: CAUTION_CUE.test(text),
    name: index < ORDINALS.length ? `the ${ORDINALS[index]} finding` : `finding number ${index + 1}`,
    figure,
    sample: numbers.find((q) => q.kind === "sample")?.value ?? null,
    year: numbers.find((q) => q.kind === "year")?.value ?? null,
    sourceCount: keyPoint.sourceIds.length,
    sourceIds: keyPoint.sourceIds,
  };
}

/** A question and its answer; null when either would repeat an earlier line. */
function exchange(
  s: ScriptState,
  asker: string,
  question: string | null,
  presenter: string,
  answer: string | null,
): Line[] | null {
  if (!question || !answer) return null;
  const q = s.line(asker, question);
  const a = s.line(presenter, answer);
  return q && a ? [q, a] : null;
}

const some = (...lines: (Line | null)[]) => {
  const kept = lines.filter((l): l is Line => l !== null);
  return kept.length ? kept : null;
};

/** The point as the presenter says it: a hedged point gets a humility marker. */
function statement(s: ScriptState, point: Point): string {
  const [first = "", ...rest] = point.sentences;
  return [point.hedged ? s.humble(first) : first, ...rest].join(" ");
}

export function openingBeats(
  cast: Cast,
  segment: PlanSegment,
  topic: string,
  audience: string,
  openingPhrases: string[],
  upcoming: string[],
): Beat[] {
  const others = cast.speakers.filter((n) => n !== cast.lead);
  const asker = others[0] ?? cast.lead;
  const greeting = openingPhrases.length ? openingPhrases.map(asSentence).join(" ") : "Hello.";
  const roadmap = upcoming
    .map((t, i) =>
      i === upcoming.length - 1 && i > 0
        ? WRAP_UP_TITLE.test(t)
          ? "Then we wrap up."
          : `And we finish with ${inSentence(t)}.`
        : `${i === 0 ? "First" : "Then"}, ${inSentence(t)}.`,
    )
    .join(" ");
  return [
    {
      slot: 0,
      priority: 0,
      make: (s) =>
        some(
          s.line(cast.lead, `${greeting} I'm ${cast.lead}.`),
          ...others.map((o) => s.line(o, `And I'm ${firstName(o)}.`)),
        ),
    },
    { slot: 1, priority: 0, make: (s) => (segment.hook ? some(s.line(cast.lead, segment.hook)) : null) },
    {
      slot: 2,
      priority: 0,
      make: (s) => some(s.line(asker, `Today's topic: ${continueSentence(topic.replace(/[.?!]+$/, ""))}.`)),
    },
    {
      slot: 3,
      priority: 1,
      make: (s) =>
        audience.trim()
          ? some(s.line(cast.lead, asSentence(`This one is for ${inSentence(audience.trim().replace(/[.]+$/, ""))}`)))
          : null,
    },
    {
      slot: 4,
      priority: 1,
      make: (s) =>
        roadmap
          ? exchange(
              s,
              asker,
              s.pick(["So where do we start?", "So what's the plan?", "Where are we going with this?"]),
              cast.lead,
              `Here's the plan. ${roadmap}`,
            )
          : null,
    },
  ];
}

/** A closing segment is announced as one, whatever the plan called it. */
const WRAP_UP_TITLE = /^(?:wrap|recap|outro|sign[- ]?off|closing)/i;
const CLOSING_TRANSITIONS = ["Time to wrap up.", "Let's bring it home.", "Let's pull it together."];
const FIRST_TRANSITIONS = ["Let's start with {t}.", "First up: {t}."];
const TRANSITIONS = [
  "Next: {t}.",
  "Let's turn to {t}.",
  "Now, {t}.",
  "On to {t}.",
  "Moving on: {t}.",
  "Here's where it gets interesting: {t}.",
  "Our next stop: {t}.",
];

export function transitionBeat(cast: Cast, title: string, position: "first" | "middle" | "last"): Beat {
  const variants =
    position === "last" && WRAP_UP_TITLE.test(title)
      ? CLOSING_TRANSITIONS
      : (position === "first" ? FIRST_TRANSITIONS : TRANSITIONS).map((t) => t.replace("{t}", inSentence(title)));
  return {
    slot: SLOT.opening,
    priority: 0,
    make: (s) => some(s.line(cast.lead, s.pick(variants) ?? asSentence(capitalize(title)))),
  };
}

const ASK_FOR_POINT = [
  "So what did the research find?",
  "What's the headline here?",
  "What do the sources actually say?",
  "Okay, what's next on your list?",
  "Where does the evidence point?",
  "What did you find on this one?",
  "Walk me through it.",
  "What's the finding?",
  "What else came up?",
  "And what did you dig up next?",
  "Go on, what's the next one?",
  "What should people know about this part?",
];

/** The point itself, asked for and stated: always kept. */
export function pointBeat(slot: number, asker: string, presenter: string, point: Point): Beat {
  return {
    slot,
    priority: 0,
    make: (s) => {
      const said = s.line(presenter, statement(s, point));
      if (!said) return null;
      const asked = s.line(asker, s.pick(ASK_FOR_POINT) ?? "");
      return asked ? [asked, said] : [said];
    },
  };
}

/** Follow-ups on one point: where it comes from, how big, how recent, what it does and does not license. */
export function pointFillers(slot: number, asker: string, presenter: string, point: Point, topic: string): Beat[] {
  const solo = asker === presenter;
  const n = point.name;
  const N = capitalize(n);
  const first = point.sentences[0] ?? "";
  const beats: ((s: ScriptState) => Line[] | null)[] = [
    (s) =>
      exchange(
        s,
        asker,
        s.pick([
          "How solid is that?",
          "Where does that come from?",
          "How many sources back that up?",
          "Who says so?",
          "How sure are we about that one?",
        ]),
        presenter,
        point.sourceCount >= 2
          ? `${capitalize(COUNTS[point.sourceCount] ?? String(point.sourceCount))} of our sources say so, which makes ${n} one of the better supported points today.`
          : s.pick([
              `One source, so we hold ${n} a little loosely.`,
              `Just one source for ${n}, so keep that in mind.`,
              `${N} rests on a single source.`,
            ]),
      ),
    (s) =>
      solo || !point.figure
        ? null
        : exchange(
            s,
            asker,
            `Hold on. ${point.figure}? ${s.pick(["That's bigger than I expected.", "That's a real difference.", "That's not nothing."]) ?? ""}`.trim(),
            presenter,
            `It's a measured number, not a guess, and that's why it's worth repeating: ${point.figure}.`,
          ),
    (s) =>
      exchange(
        s,
        asker,
        s.pick([
          "How many people were in that study?",
          "How big was the study behind it?",
          "Do we know how big the study was?",
        ]),
        presenter,
        point.sample !== null
          ? `${point.sample} took part, according to the source behind ${n}. Bigger samples make a result harder to dismiss.`
          : `Our notes don't say how many took part in ${n}, and that's worth noticing.`,
      ),
    (s) =>
      point.year === null
        ? null
        : exchange(
            s,
            asker,
            s.pick(["How recent is that?", "When was that done?"]),
            presenter,
            `${N} dates from ${point.year}. Newer work could still change the picture.`,
          ),
    (s) =>
      exchange(
        s,
        asker,
        s.pick([
          "Can you say that again, slower?",
          "Give me that one more time.",
          "Say that again for the people driving.",
        ]),
        presenter,
        `${s.pick(["Sure.", "Of course.", "Happily."]) ?? "Sure."} ${first}`,
      ),
    (s) =>
      exchange(
        s,
        asker,
        `What would you want to know before acting on ${n}?`,
        presenter,
        s.pick([
          "Whether it holds up in a bigger group, and in people unlike the ones studied.",
          "Whether someone else can repeat it, with a different group.",
          "How big the effect is in everyday life, not just in a study.",
          "What exactly was compared, and for how long.",
        ]),
      ),
    (s) =>
      point.hedged
        ? exchange(
            s,
            asker,
            s.pick(["So how much weight should we put on that?", "Should anyone change what they do because of that?"]),
            presenter,
            s.humble(`${n} is a reason to look closer, not a reason to change everything`, "statement"),
          )
        : null,
    (s) =>
      solo
        ? null
        : exchange(
            s,
            asker,
            s.pick(["Did that surprise you?", "Were you expecting that?", "Is that what you thought going in?"]),
            presenter,
            `${s.pick(["A little, honestly.", "Not entirely.", "Partly."]) ?? ""} ${N} is the kind of result that's easy to overstate, so we've tried not to.`.trim(),
          ),
    (s) =>
      exchange(
        s,
        asker,
        `Who should care most about ${n}?`,
        presenter,
        s.pick([
          `Anyone making decisions about ${topic}. But ${n} on its own isn't a prescription.`,
          `Anyone curious about ${topic}, as long as they treat ${n} as one piece of the picture.`,
        ]),
      ),
    (s) =>
      exchange(
        s,
        asker,
        `What's the limitation of ${n}?`,
        presenter,
        point.hedged
          ? `The source flags its own limits for ${n}, and we take that seriously.`
          : `Our notes don't flag one for ${n}, which doesn't mean there isn't one.`,
      ),
    (s) =>
      exchange(
        s,
        asker,
        `If you had to bet, does ${n} hold up in ten years?`,
        presenter,
        s.pick([
          `I'd want to see it repeated first. That's the honest answer for ${n}.`,
          `Ask me again after someone repeats ${n}.`,
        ]),
      ),
    (s) =>
      some(
        s.line(
          presenter,
          `If you're listening on a walk or a commute, here's ${n} in one line: ${continueSentence(first)}`,
        ),
      ),
    (s) =>
      exchange(
        s,
        asker,
        `Let me push back on ${n}. Couldn't that be chance?`,
        presenter,
        `It could be. That's why ${n} is a start, not an answer.`,
      ),
    (s) =>
      exchange(
        s,
        asker,
        `If you could ask the people behind ${n} one question, what would it be?`,
        presenter,
        s.pick([
          `How long the effect lasts. ${N} doesn't tell us that on its own.`,
          `Who was left out. That shapes how far ${n} reaches.`,
          `What happens when someone else runs it. That's the real test for ${n}.`,
        ]),
      ),
    (s) =>
      exchange(
        s,
        asker,
        `Does ${n} change anything for me tonight?`,
        presenter,
        `Not on its own. ${N} is worth knowing, and worth watching for follow-ups.`,
      ),
    (s) =>
      exchange(
        s,
        asker,
        `What would a bad headline about ${n} look like?`,
        presenter,
        `One that drops ${point.figure ? `the ${point.figure}` : "the details"} and the caveats. ${N} needs both.`,
      ),
    (s) =>
      exchange(
        s,
        asker,
        `On a scale from hunch to settled, where's ${n}?`,
        presenter,
        point.hedged
          ? `Closer to hunch. The source behind ${n} says as much itself.`
          : point.sourceCount >= 2
            ? `Leaning settled: more than one source agrees on ${n}.`
            : `In the middle. ${N} is measured, but it comes from one place.`,
      ),
    (s) =>
      exchange(
        s,
        asker,
        `What would change your mind about ${n}?`,
        presenter,
        `A larger study that finds nothing. That's true of ${n}, and of most things we cover.`,
      ),
  ];
  return beats.map((make) => ({ slot, priority: 2 as const, queue: `point:${slot}`, make }));
}

/** How two points relate, said only from what the brief knows: whether they share a source. */
export function pairFiller(slot: number, asker: string, presenter: string, a: Point, b: Point): Beat {
  const shared = a.sourceIds.some((id) => b.sourceIds.includes(id));
  const [A, B] = [capitalize(a.name), b.name];
  return {
    slot,
    priority: 2,
    queue: `pairs:${slot}`,
    make: (s) =>
      exchange(
        s,
        asker,
        s.pick([
          `How does ${a.name} fit with ${B}?`,
          `Do ${a.name} and ${B} tell the same story?`,
          `Can we put ${a.name} next to ${B}?`,
        ]),
        presenter,
        shared
          ? `${A} and ${B} share a source, so they stand or fall together.`
          : `${A} and ${B} come from different sources, so we keep them side by side rather than add them up.`,
      ),
  };
}

const ASK_FOR_DOUBT = [
  "So where do the sources disagree?",
  "So how sure can we be?",
  "What don't we know?",
  "Is there anything that doesn't fit?",
  "Where's the catch?",
];

/** Past this many words a line is split in two, with a nudge from the other host between the halves. */
const LONG_LINE_WORDS = 40;

/** A doubt said with humility; a long one (both sides of a disagreement) in two halves. */
function doubt(s: ScriptState, cast: Cast, asker: string, text: string): Line[] | null {
  const question = s.line(asker, s.pick(ASK_FOR_DOUBT) ?? "");
  const sentences = splitSentences(plainText(text)).map((x) => x.text);
  let half = 1;
  while (half < sentences.length - 1 && countWords(sentences.slice(0, half).join(" ")) < countWords(text) / 2) half++;
  const parts =
    countWords(text) > LONG_LINE_WORDS && sentences.length > 1
      ? [sentences.slice(0, half), sentences.slice(half)]
      : [sentences];
  const first = s.line(cast.lead, s.humble(parts[0]!.join(" "), "statement"));
  if (!first) return null;
  const rest = parts[1]
    ? [
        asker === cast.lead ? null : s.line(asker, s.pick(["Go on.", "And the other side?", "Okay.", "Right."]) ?? ""),
        s.line(cast.lead, parts[1].join(" ")),
      ]
    : [];
  return some(question, first, ...rest);
}

export function doubtBeats(cast: Cast, uncertainty: string[], openQuestions: string[]): Beat[] {
  const asker = cast.speakers.find((n) => n !== cast.lead) ?? cast.lead;
  return [
    ...uncertainty.map((u, i): Beat => ({
      slot: SLOT.doubts + i,
      priority: i === 0 ? 0 : 1,
      make: (s) => doubt(s, cast, asker, u),
    })),
    ...openQuestions.map((q, i): Beat => ({
      slot: SLOT.questions + i,
      priority: i === 0 ? 1 : 2,
      make: (s) =>
        some(
          s.line(
            cast.lead,
            i === 0
              ? `Here's a question our sources can't answer yet. ${q}`
              : `Another open question: ${continueSentence(q)}`,
          ),
        ),
    })),
  ];
}

/** How the show knows what it says: true of every episode, so they can fill any segment without adding facts. */
export function generalFillers(cast: Cast, slot: number, topic: string, firstPoint: Point | undefined): Beat[] {
  const asker = cast.speakers.find((n) => n !== cast.lead) ?? cast.lead;
  const pairs: [string, string][] = [
    [
      `Why should anyone care about ${topic}?`,
      "Because there's a lot of advice out there, and not all of it comes with evidence.",
    ],
    [
      "How do you decide what makes it into the show?",
      "Every point we make comes with the source that states it, word for word.",
    ],
    ["And when two sources disagree?", "Then we tell you, rather than pick the one we like."],
    ["What happens to a claim you couldn't check?", "It becomes a question for us, not a fact for you."],
    ["What's the mistake people make with research like this?", "Treating one result as the final word."],
    [
      "Is there a simple rule of thumb?",
      "Look for the number, the size of the study, and whether anyone has repeated it.",
    ],
    ["How should people read a headline about this?", "Ask what was measured, in whom, and compared with what."],
    ["What would a skeptic say here?", "That we should wait for more than one study. That's fair."],
    ["Why tell listeners what you don't know?", "Because an honest gap is more useful than a confident guess."],
    ["Does newer research beat older research?", "Not by itself. Bigger and more careful beats newer."],
    [
      "What's the difference between a link and a cause?",
      "A link says two things move together. A cause says one moves the other. Most studies only show the first.",
    ],
    [
      "Why do studies on the same question disagree?",
      "Different people, different measures, different lengths of time. Disagreement is normal, and it tells us something.",
    ],
    [
      "What's a replication?",
      "Someone else running the same study again, to see if the result holds. It's the closest thing science has to a second opinion.",
    ],
    [
      "Why does the size of a study matter so much?",
      "Small groups can swing a lot by chance. Bigger groups are steadier.",
    ],
    [
      "What's the best thing a listener can do with all this?",
      "Hold it loosely, look for follow-ups, and be wary of anyone who sounds certain.",
    ],
    ["Do you ever change your mind on the show?", "We try to, when the evidence changes. That's the point."],
    [
      "What do people get wrong about percentages?",
      "They forget to ask: a percentage of what? A big jump from a small base can still be small.",
    ],
    ["What makes a source trustworthy?", "It shows its method, its numbers, and its limits."],
    ["Is a single study ever enough?", "Rarely. It's a starting point, and a good one is worth talking about."],
    ...(firstPoint
      ? ([
          [
            `If a friend asked you about ${topic} tomorrow, what would you say?`,
            `That the evidence is interesting, and that ${firstPoint.name} is the place to start.`,
          ],
        ] as [string, string][])
      : []),
  ];
  return pairs.map(([q, a]) => ({
    slot,
    priority: 2,
    queue: "general",
    make: (s) => exchange(s, asker, q, cast.lead, a),
  }));
}

export function guidanceBeats(cast: Cast, slot: number, statements: string[], notes: string[]): Beat[] {
  const framings = [
    "One thing we want to be clear about: {x}",
    "We also want to say this plainly: {x}",
    "And one more thing to be clear on: {x}",
  ];
  return [
    ...statements.map((x, i): Beat => ({
      slot: slot + i,
      priority: 0,
      make: (s) => some(s.line(cast.lead, framings[i % framings.length]!.replace("{x}", x))),
    })),
    ...notes.map((x, i): Beat => ({
      slot: SLOT.notes + i,
      priority: 0,
      make: (s) => some(s.line(cast.lead, `A note from our editor shaped this episode: ${x}`)),
    })),
  ];
}

export function closingBeats(cast: Cast, topic: string, closingPhrases: string[], recap: Point[]): Beat[] {
  const others = cast.speakers.filter((n) => n !== cast.lead);
  const asker = others[0] ?? cast.lead;
  const signOff = closingPhrases.length ? closingPhrases.map(asSentence).join(" ") : "That's it for today.";
  return [
    ...recap.slice(0, RECAP.length).map((p, i): Beat => ({
      slot: SLOT.recap + i,
      priority: 1,
      make: (s) =>
        some(
          s.line(
            i % 2 === 0 ? cast.lead : asker,
            `${i === 0 ? "Let's recap. " : ""}${RECAP[i]}: ${continueSentence(p.sentences[0] ?? "")}`,
          ),
        ),
    })),
    {
      slot: SLOT.closing,
      priority: 0,
      make: (s) => some(s.line(cast.lead, s.humble("this is where things stand today", "statement"))),
    },
    {
      slot: SLOT.closing + 1,
      priority: 0,
      make: (s) =>
        some(
          s.line(
            asker,
            `Here's our question for you: ${s.pick([`what would it take to change your mind about ${topic}?`, "has any of this matched your own experience?"]) ?? "what did we miss?"} Let us know.`,
          ),
        ),
    },
    {
      slot: SLOT.closing + 2,
      priority: 0,
      make: (s) =>
        some(
          s.line(cast.lead, `${signOff} I'm ${cast.lead}.`),
          ...others.map((o) => s.line(o, `And I'm ${firstName(o)}. See you next time.`)),
        ),
    },
  ];
}
