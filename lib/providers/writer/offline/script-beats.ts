import type { Brief } from "@/lib/domain/research";
import { CAUTION_CUE } from "@/lib/text/cues";
import { findNumbers } from "@/lib/text/find-numbers";
import { asSentence, capitalize, continueSentence, countWords, inSentence, plainText } from "@/lib/text/spoken-form";
import type { Line, ScriptState } from "./script-state";
import { questionAbout, type Topic } from "./ask-about";
import { keyWordOf, speakText, subjectOf } from "./speak-point";

/**
 * The offline script's templates. A beat is a short exchange (a question and its answer, a point and a reaction)
 * placed in a slot of its segment; `priority` says what a segment keeps when time is short: 0 always (required
 * phrases, the key points, humility, guidance, the sign-off), 1 when it fits (further doubts, an open question), 2
 * follow-ups on a point, 3 general talk, both only to fill the segment to its length. Fillers talk about the points
 * and how we know them; they never add facts the brief does not have.
 */
export interface Beat {
  slot: number;
  priority: 0 | 1 | 2 | 3;
  /** Fillers are taken from their queues in turn (each point's follow-ups, general talk), so they mix. */
  queue?: string;
  make: (s: ScriptState) => Line[] | null;
}

export interface Point {
  /** The key point's sentences, said the way a host talks (`speakText`). */
  sentences: string[];
  hedged: boolean;
  /** "the point about sleep inertia": how the hosts refer back to it, by what it is about. */
  name: string;
  /** What the point is about, in two of its own words ("sleep inertia"); null if none. */
  subject: string | null;
  /** What a listener would ask before hearing it ("How much sleep do adults really need?"); null if nothing fits. */
  question: string | null;
  /** The percentage a listener should notice ("20%", "12 percent"), if any. */
  figure: string | null;
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
  closing: 3000,
} as const;

const COUNTS = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];

const firstName = (name: string) => name.trim().split(/\s+/)[0] ?? name;

/** A key point as the hosts handle it; `topicWords` are left out of its subject, since every point shares them. */
export function pointOf(keyPoint: Brief["keyPoints"][number], topicWords: ReadonlySet<string>, topic: Topic): Point {
  const text = plainText(keyPoint.text);
  const numbers = findNumbers(text);
  const figure = /\d[\d,.]*\s*(?:%|percent\b|per cent\b)/i.exec(text)?.[0] ?? null;
  const subject = subjectOf(text, topicWords) ?? keyWordOf(text, topicWords);
  const sentences = speakText(text);
  return {
    sentences,
    hedged: CAUTION_CUE.test(text),
    name: "that",
    subject,
    // Asked about what is said first; the finding as written when that has no shape to ask about.
    question: questionAbout([sentences[0] ?? "", text], topic),
    figure,
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

/**
 * The topic in the hosts' words, never read out as written: its content words in a line of their own
 * ("Today: sleep and memory, and what one does for the other.").
 */
function topicLine(topicWords: string[]): string | null {
  if (topicWords.length === 0) return null;
  const listed =
    topicWords.length === 1 ? topicWords[0]! : `${topicWords.slice(0, -1).join(", ")} and ${topicWords.at(-1)}`;
  return topicWords.length === 1
    ? `Today it's all about ${listed}, and what the research really says.`
    : `Today: ${listed}, and what one does for the other.`;
}

export function openingBeats(cast: Cast, hook: string | null, topicWords: string[], openingPhrases: string[]): Beat[] {
  const others = cast.speakers.filter((n) => n !== cast.lead);
  const greeting = openingPhrases.length ? openingPhrases.map(asSentence).join(" ") : "Hello.";
  const about = topicLine(topicWords);
  return [
    {
      slot: 0,
      priority: 0,
      make: (s) =>
        some(
          // Alone, the host says the topic after the greeting; with a co-host, the co-host does.
          s.line(cast.lead, `${greeting} I'm ${cast.lead}.${others.length === 0 && about ? ` ${about}` : ""}`),
          ...others.map((o, i) => s.line(o, `And I'm ${firstName(o)}.${i === 0 && about ? ` ${about}` : ""}`)),
        ),
    },
    { slot: 1, priority: 0, make: (s) => (hook ? some(s.line(cast.lead, hook)) : null) },
  ];
}

/** A closing segment is announced as one, whatever the plan called it. */
const WRAP_UP_TITLE = /^(?:wrap|recap|outro|sign[- ]?off|closing)/i;
const CLOSING_TRANSITIONS = ["Time to wrap up.", "Let's pull it together.", "Let's sum up."];
const FIRST_TRANSITIONS = ["Let's start with {t}.", "First up: {t}."];
/** When the title is only a theme ("Adults and hours"): said aloud it would be a list of two words, not a signpost. */
const FIRST_UNTITLED = ["First, the basics.", "Let's start with the basics."];
const UNTITLED = ["Now, another piece of it.", "Let's turn to another part of the evidence.", "Let's shift gears."];
const TRANSITIONS = [
  "Next: {t}.",
  "Let's turn to {t}.",
  "Now, {t}.",
  "On to {t}.",
  "Moving on: {t}.",
  "Here's where it gets interesting: {t}.",
  "Our next stop: {t}.",
];

export function transitionBeat(
  cast: Cast,
  title: string,
  position: "first" | "middle" | "last",
  themeOnly = false,
): Beat {
  const variants =
    position === "last" && WRAP_UP_TITLE.test(title)
      ? CLOSING_TRANSITIONS
      : themeOnly
        ? position === "first"
          ? FIRST_UNTITLED
          : UNTITLED
        : (position === "first" ? FIRST_TRANSITIONS : TRANSITIONS).map((t) => t.replace("{t}", inSentence(title)));
  // The co-host calls the wrap-up and asks the listeners' question; the lead signs off.
  const speaker = position === "last" ? (cast.speakers.find((n) => n !== cast.lead) ?? cast.lead) : cast.lead;
  return {
    slot: SLOT.opening,
    priority: 0,
    make: (s) => some(s.line(speaker, s.pick(variants) ?? asSentence(capitalize(title)))),
  };
}

/** Said when a finding has no shape a question could be built on. */
const ASK_PLAIN = [
  "What else should people know?",
  "Is there more to it?",
  "Where does the research go from there?",
  "Anything else on this?",
];
/**
 * The other host's reaction to what was just said, as a question (a statement here would read as a claim): its group
 * size, its age or its number, in those words.
 */
function reactionTo(said: string, topic: Topic): string | null {
  const few = /\b(?:only|just)\s+(\w+)\s+(?:participants|people|students|adults|volunteers)\b/i.exec(said);
  if (few) return `Only ${few[1]} people? Isn't that a small group?`;
  // "fewer than 50 people": the group said back, so the number stays next to what follows it.
  const group =
    /\b(?:(?:fewer|less|under|more) than\s+)?(\d+)\s+(?:participants|people|students|adults|volunteers)\b/i.exec(said);
  if (group && Number(group[1]) < 100) return `${capitalize(group[0])}? Isn't that a small group?`;
  const year = findNumbers(said).find((q) => q.kind === "year")?.value;
  if (year !== undefined && year < 1990) return `${year}? People were testing ${topic.said} that long ago?`;
  const figure = /\d[\d,.]*\s*(?:%|percent\b|per cent\b)/i.exec(said)?.[0];
  if (figure) return `${figure}? Isn't that a big difference?`;
  return null;
}

/** A point longer than this is said in two turns, the other host asking in between. */
const ONE_TURN_WORDS = 22;

/** The point itself, asked for by what it is about and stated for the ear: always kept. */
export function pointBeat(slot: number, asker: string, presenter: string, point: Point, topic: Topic): Beat {
  return {
    slot,
    priority: 0,
    make: (s) => {
      const [first = "", ...rest] = point.sentences;
      // A cautious point is itself the doubt: the marker goes with it, not a "one study found" before it.
      const opening = point.hedged ? s.humble(first, "doubt") : first;
      const whole = [opening, ...rest].join(" ");
      const question = point.question ?? s.pick(ASK_PLAIN) ?? "";
      const asked = asker === presenter ? null : s.line(asker, question);
      // What the second half says decides the other host's nudge: "why's that?" before a reason.
      const next = rest.length ? rest.join(" ") : "";
      const later = /^That's because\b/.test(next) ? "Why's that?" : next ? questionAbout([next], topic) : null;
      // Where a finding comes from stays with it: "That's from a classic study" said alone would be a bare quote.
      const onlySource = rest.length === 1 && /^(?:That's from|That comes from|At least, that's)\b/.test(rest[0]!);
      if (asker === presenter || countWords(whole) <= ONE_TURN_WORDS || rest.length === 0 || onlySource) {
        const said = s.line(presenter, whole);
        return said ? some(asked, said) : null;
      }
      // Split where the words fall half and half, so neither turn is a paragraph; the other host reacts to what the
      // first half said, or asks about what the second turns to.
      let k = 0;
      while (k < rest.length - 1 && countWords([opening, ...rest.slice(0, k + 1)].join(" ")) < countWords(whole) / 2)
        k++;
      const head = [opening, ...rest.slice(0, k)].join(" ");
      const between = reactionTo(head, topic) ?? later;
      if (!between) {
        const said = s.line(presenter, whole);
        return said ? some(asked, said) : null;
      }
      const said = s.line(presenter, head);
      const follow = s.line(asker, between);
      const more = s.line(presenter, rest.slice(k).join(" "));
      return said ? some(asked, said, follow, more) : null;
    },
  };
}

/** Follow-ups on one point: where it comes from, how big, how recent, what it does and does not license. */
export function pointFillers(
  slot: number,
  asker: string,
  presenter: string,
  point: Point,
  topic: string,
  position: number,
): Beat[] {
  const solo = asker === presenter;
  const n = point.name;
  // Said right after the point: "this" is what was just said, where a keyword lifted from it would not read.
  const r = "this";
  const beats: ((s: ScriptState) => Line[] | null)[] = [
    (s) =>
      exchange(
        s,
        asker,
        s.pick([`How solid is ${n}?`, `Where does ${n} come from?`, `How sure are we about ${n}?`]),
        presenter,
        point.sourceCount >= 2
          ? `${capitalize(COUNTS[point.sourceCount] ?? String(point.sourceCount))} of our sources say so, which makes ${r} one of the better supported points today.`
          : s.pick([
              "One source, so we hold it a little loosely.",
              "Just one source for that, so keep it in mind.",
              "It rests on a single source.",
            ]),
      ),
    (s) =>
      point.year === null
        ? null
        : exchange(
            s,
            asker,
            s.pick([`How recent is ${n}?`, `When was the work on ${n} done?`]),
            presenter,
            `${point.year}. Newer work could still change the picture.`,
          ),
    (s) =>
      solo || !point.figure
        ? null
        : exchange(
            s,
            asker,
            `Hold on, ${point.figure} for ${r}? ${s.pick(["That's bigger than I expected.", "That's a real difference."]) ?? ""}`.trim(),
            presenter,
            "That's the figure the source reports, yes.",
          ),
    (s) =>
      point.hedged
        ? exchange(
            s,
            asker,
            s.pick(["So how much weight should we put on that?", "Should anyone change what they do because of that?"]),
            presenter,
            s.humble(`${r} is a reason to look closer, not a reason to change everything`, "statement"),
          )
        : null,
  ];
  // Each follow-up once an episode: asked of every point, it would be a template the listener hears coming. Each
  // point offers them from its own starting place, so they spread over the points instead of piling on the first.
  const start = position % beats.length;
  const order = [...beats.keys()].map((i) => (start + i) % beats.length);
  return order.map((t) => ({
    slot,
    priority: 2 as const,
    queue: `point:${slot}`,
    make: (s: ScriptState) => (s.once(`follow-up:${t}`) ? beats[t]!(s) : null),
  }));
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
  const sentences = speakText(text);
  let half = 1;
  while (half < sentences.length - 1 && countWords(sentences.slice(0, half).join(" ")) < countWords(text) / 2) half++;
  const parts =
    countWords(text) > LONG_LINE_WORDS && sentences.length > 1
      ? [sentences.slice(0, half), sentences.slice(half)]
      : [sentences];
  const first = s.line(cast.lead, s.humble(parts[0]!.join(" "), "doubt"));
  if (!first) return null;
  // The other host's nudge only before a second half that is said: alone, "Go on." leads nowhere.
  const second = parts[1] ? s.line(cast.lead, parts[1].join(" ")) : null;
  const rest = second
    ? [
        asker === cast.lead ? null : s.line(asker, s.pick(["Go on.", "And the other side?", "Okay.", "Right."]) ?? ""),
        second,
      ]
    : [];
  return some(question, first, ...rest);
}

export function doubtBeats(cast: Cast, uncertainty: string[], openQuestions: string[], topic: string): Beat[] {
  const readsTopic = (q: string) => q.toLowerCase().includes(topic.toLowerCase().replace(/[.?!]+$/, ""));
  const asker = cast.speakers.find((n) => n !== cast.lead) ?? cast.lead;
  return [
    ...uncertainty.map((u, i): Beat => ({
      slot: SLOT.doubts + i,
      priority: i === 0 ? 0 : 1,
      make: (s) => doubt(s, cast, asker, u),
    })),
    ...openQuestions
      // "…tell us about how sleep helps memory?" is asked without reading the topic out: the episode is about it.
      .map((q) => (readsTopic(q) ? q.replace(/,?\s+(?:about|on|of)\s+[^,?]+\?$/i, "?") : q))
      .filter((q) => !readsTopic(q))
      .map((q, i): Beat => ({
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
      "There's a lot of advice out there, and not all of it comes with evidence.",
    ],
    [
      "How do you decide what makes it into the show?",
      "Every point we make comes with the source behind it, so you can check it.",
    ],
    ["What happens when two sources disagree?", "Then we tell you, rather than pick the one we like."],
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
    priority: 3,
    queue: "general",
    make: (s) => exchange(s, asker, q, cast.lead, a),
  }));
}

/** How a host says what an editor asked to be said: in the host's words, never as the editor's request. */
export function sayStatement(statement: string, i: number): string {
  const framings = [
    "One thing we want to be clear about: {x}",
    "We also want to say this plainly: {x}",
    "And one more thing to be clear on: {x}",
  ];
  return framings[i % framings.length]!.replace("{x}", statement);
}

/** What an editor asked to be said. The rest of a comment is an instruction to act on: it is never said on air. */
export function guidanceBeats(cast: Cast, slot: number, statements: string[]): Beat[] {
  return statements.map((x, i): Beat => ({
    slot: slot + i,
    priority: 0,
    make: (s) => some(s.line(cast.lead, sayStatement(x, i))),
  }));
}

/** The sign-off: no recap of the points (said once is enough), a word on how sure we are, a question, goodbye. */
export function closingBeats(cast: Cast, topic: string, closingPhrases: string[]): Beat[] {
  const others = cast.speakers.filter((n) => n !== cast.lead);
  const asker = others[0] ?? cast.lead;
  const signOff = closingPhrases.length ? closingPhrases.map(asSentence).join(" ") : "That's it for today.";
  return [
    {
      slot: SLOT.closing + 1,
      priority: 0,
      make: (s) =>
        some(
          s.line(
            asker,
            `Here's our question for you: ${s.pick([`what would it take to change your mind about ${topic}?`, `has any of this on ${topic} matched your own experience?`]) ?? "what did we miss?"} Let us know.`,
          ),
        ),
    },
    {
      slot: SLOT.closing + 2,
      priority: 0,
      make: (s) => some(s.line(cast.lead, `That's where things stand today. ${signOff}`)),
    },
  ];
}
