// Six two-host scripts on the bench sources, written by hand before the content measures were tuned, from good to
// bad. Each bad one is bad in one way a listener would notice; `fault` names the measure that should see it.

import type { ScriptLine } from "../measure-script";

export type CalibrationFault = "none" | "redundancy" | "filler" | "coverage" | "copying";

export interface CalibrationScript {
  key: string;
  description: string;
  fault: CalibrationFault;
  lines: ScriptLine[];
}

/** "Ada: text" per line. */
function dialogue(text: string): ScriptLine[] {
  return text
    .trim()
    .split("\n")
    .map((row) => {
      const at = row.indexOf(": ");
      return { speaker: row.slice(0, at).trim(), text: row.slice(at + 2).trim() };
    });
}

export const NATURAL = dialogue(`
Ada: Welcome back. Today, a question every tired parent has asked: does sleep actually help you learn?
Ben: And the short answer seems to be yes, but with more fine print than you'd expect.
Ada: Start with what happens at night. The brain isn't idle. It replays the day's memories and strengthens them. Researchers call that consolidation.
Ben: Replays them how, literally?
Ada: Pretty much. A small structure called the hippocampus holds new experiences for a while, and in deep sleep it fires them off again in quick bursts, called sharp-wave ripples.
Ben: And those bursts line up with sleep spindles, which are little flickers of brain activity. It's oddly well choreographed.
Ada: Most of this seems to happen in slow-wave sleep, the deepest stage. That's only about 15 to 25 percent of a young adult's night.
Ben: So a fairly small slice of the night does the heavy lifting. How do we know the ripples matter, though?
Ada: From rats. When researchers disrupted those ripples right after the animals learned a maze, the rats got worse at finding their way through it.
Ben: What about people? Rats aren't studying for exams.
Ada: In word-pair studies, adults who slept after learning remembered more pairs the next day than adults who stayed awake. In some studies the gap was 20 percent or more.
Ben: That's real, but I'd call it modest. Now flip it around: what does losing sleep do?
Ada: A 2007 imaging study kept people up for one night. The next day they were about 40 percent worse at forming new memories than rested volunteers.
Ben: Forty percent is a lot. And I assume cutting back a little every night isn't harmless either.
Ada: No. Adults who slept under six hours a night for two weeks did about as badly on attention tests as people kept awake for a night or two, and they didn't notice how impaired they were.
Ben: Which is the worrying part. Okay, naps. Parents of toddlers want to know.
Ada: A nap of about 20 minutes restores alertness without the grogginess. Longer naps, an hour to an hour and a half, can reach slow-wave sleep and, in a few small studies, helped people recall facts.
Ben: Now the honest caveat. A lot of these studies are small, often under 50 people, mostly young university students, and the effects are measured the next morning, not weeks later.
Ada: So we shouldn't oversell it. Let's pull it together.
Ben: Sleep seems to lock in what you learned, losing it clearly hurts, and a short nap helps alertness.
Ada: And most adults need seven to nine hours a night. Protect that first. Thanks for listening.
`);

/** The same few points, each said again in other words, and the co-host echoing back what was just said. */
export const REPETITIVE = dialogue(`
Ada: Welcome back. Today we ask whether sleep helps you learn.
Ben: Does sleep help you learn? That's today's question.
Ada: During sleep the brain replays the day's memories and strengthens them. That's consolidation.
Ben: So the brain replays memories and makes them stronger while you sleep.
Ada: Right, memories from the day get replayed and strengthened at night, which researchers call consolidation.
Ben: Consolidation, the replaying and strengthening of memories during sleep.
Ada: And a 2007 study found that after a night without sleep, people were about 40 percent worse at forming new memories.
Ben: Forty percent worse at forming new memories after one night without sleep.
Ada: Yes, one sleepless night left people about 40 percent worse at making new memories.
Ben: That's a big drop, 40 percent worse at forming memories after no sleep.
Ada: Most adults need seven to nine hours of sleep a night.
Ben: Seven to nine hours a night is what most adults need.
Ada: So aim for seven to nine hours of sleep every night.
Ben: Seven to nine hours, every night, for most adults.
Ada: Let's pull it together. Sleep replays and strengthens memories, that's consolidation.
Ben: And one night without sleep makes you about 40 percent worse at forming memories.
Ada: And most adults need seven to nine hours. Thanks for listening.
`);

/** The template writer's stock linking lines: ordinal meta-talk and questions about nothing. */
export const TEMPLATE_META = dialogue(`
Ada: Welcome to the show. This one is for busy parents who want the gist.
Ben: Why should anyone care about how sleep helps you learn?
Ada: Let's start with the first finding.
Ben: Go on, what's the first one?
Ada: The first finding is about consolidation during sleep.
Ben: Can we put the first finding next to the second finding?
Ada: The second finding is about slow-wave sleep.
Ben: Go on, what's the next one?
Ada: The third finding is about sleep loss.
Ben: The first finding and the third finding share a source, so they stand or fall together.
Ada: That's a good point. Let's look at the next finding.
Ben: Go on, what's the next one?
Ada: The fourth finding is about naps.
Ben: Can we put the third finding next to the fourth finding?
Ada: The third finding and the fourth finding share a source, so they stand or fall together.
Ben: What should we take away from all of the findings?
Ada: To recap, we covered four findings today. Thanks for listening.
`);

/** Reads like the natural one, but the facts are wrong: wrong stage, numbers, year, animals and advice. */
export const FLUENT_WRONG = dialogue(`
Ada: Welcome back. Today, a question every tired parent has asked: does sleep actually help you learn?
Ben: And the short answer seems to be yes, but with more fine print than you'd expect.
Ada: Start with what happens at night. The brain isn't idle. It sorts the day's memories and deletes most of them. Researchers call that pruning.
Ben: Deletes them how, literally?
Ada: Pretty much. The cerebellum holds new experiences for a while, and in dreaming sleep it wipes them in long waves called theta storms.
Ben: And those storms line up with eye movements, which are the flickers you see under the eyelids. It's oddly well choreographed.
Ada: Most of this happens in REM sleep, the dreaming stage. That's about 70 percent of a young adult's night.
Ben: So most of the night does the heavy lifting. How do we know the storms matter, though?
Ada: From monkeys. When researchers woke the animals during dreams, they forgot the faces they had learned.
Ben: What about people? Monkeys aren't studying for exams.
Ada: In word-pair studies, adults who slept after learning remembered twice as many pairs the next day. In some studies the gap was 90 percent.
Ben: That's huge. Now flip it around: what does losing sleep do?
Ada: A 2017 imaging study kept people up for three nights. Afterwards they were about 10 percent worse at forming new memories.
Ben: Only ten percent. So cutting back a little every night is probably harmless.
Ada: Right. Adults who slept five hours a night for two months did just as well on attention tests as people who slept eight.
Ben: Good news for busy parents. Okay, naps.
Ada: A nap of about two hours restores alertness without any grogginess, and it always improves recall.
Ben: And the evidence is solid: these are large studies of thousands of older adults, and the effects last for years.
Ada: Let's pull it together.
Ben: Sleep prunes what you learned, losing a little doesn't hurt, and long naps always help.
Ada: And most adults need about five hours a night. Thanks for listening.
`);

/** Warm, fluent, and about nothing: no finding, number or name from the sources. */
export const FLUENT_FILLER = dialogue(`
Ada: Welcome back, everyone. It's so good to be here with you again.
Ben: It really is. And today we've got a topic that I think a lot of people are going to love.
Ada: Oh, absolutely. It's one of those things that touches all of our lives, isn't it?
Ben: It does. Everybody has an opinion about it, and everybody has a story.
Ada: I have a few stories myself, honestly. But let's not get ahead of ourselves.
Ben: Fair enough. So where do we even begin with something this big?
Ada: I think we begin by saying it's complicated. There's a lot going on, and it's fascinating.
Ben: It really is fascinating. The more you look into it, the more there is to look at.
Ada: Exactly. And I think that's what makes it so interesting to talk about.
Ben: Absolutely. It's the kind of thing where you think you know it, and then you realise you don't.
Ada: That's so true. It makes you stop and think, doesn't it?
Ben: It does. And I think our listeners will find it just as interesting as we do.
Ada: I hope so. There's really something in it for everyone.
Ben: So what's the big message here, would you say?
Ada: I'd say the big message is that it matters, and it's worth paying attention to.
Ben: I couldn't agree more. Let's pull it together.
Ada: It matters, it's interesting, and there's always more to learn. Thanks for listening.
`);

/** The sources read out sentence by sentence, with stock lines between them. */
export const VERBATIM = dialogue(`
Ada: Welcome back. Today: how sleep consolidates memory.
Ada: Sleep is not a pause for the brain. During the night, memories formed during the day are replayed and strengthened, a process researchers call consolidation.
Ben: Tell me more.
Ada: Most of this work appears to happen in slow-wave sleep, the deepest stage of non-REM sleep, which makes up roughly 15 to 25 percent of a young adult's night.
Ben: And then?
Ada: In slow-wave sleep the hippocampus, which stores new experiences for a short time, replays them in bursts called sharp-wave ripples.
Ben: Studies in rats found that disrupting the ripples after learning made the animals worse at finding their way through a maze they had just learned.
Ada: In a classic word-pair study, adults who slept after learning recalled more pairs the next day, in some studies by 20 percent or more, than adults who stayed awake for the same time.
Ben: What else?
Ada: After one night without sleep, people in a 2007 imaging study were about 40 percent worse at forming new memories than rested volunteers, and their hippocampus was less active while they learned.
Ben: Adults who sleep less than six hours a night for two weeks perform, on attention tests, about as badly as people kept awake for one or two full nights, and they tend to underrate how impaired they are.
Ada: A nap of about 20 minutes restores alertness without the grogginess of deep sleep.
Ben: Longer naps of 60 to 90 minutes can include slow-wave sleep and, in several small studies, improved recall of facts learned before the nap.
Ada: Many of these studies are small, often fewer than 50 people, and most volunteers are young university students, so the results may not hold for older adults.
Ben: Let's pull it together.
Ada: Most adults need between seven and nine hours of sleep a night, according to several national health bodies. Thanks for listening.
`);

export const CALIBRATION_SCRIPTS: CalibrationScript[] = [
  { key: "natural", description: "natural and accurate", fault: "none", lines: NATURAL },
  { key: "repetitive", description: "the same line in other words", fault: "redundancy", lines: REPETITIVE },
  { key: "template-meta", description: "template meta-talk", fault: "filler", lines: TEMPLATE_META },
  { key: "fluent-wrong", description: "fluent but wrong", fault: "coverage", lines: FLUENT_WRONG },
  { key: "fluent-filler", description: "fluent filler with no content", fault: "filler", lines: FLUENT_FILLER },
  { key: "verbatim", description: "the sources read aloud", fault: "copying", lines: VERBATIM },
];
