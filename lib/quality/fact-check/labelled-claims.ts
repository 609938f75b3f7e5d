import type { Verdict } from "@/lib/domain/research";

/** What the pair exercises, so the benchmark can say which kind of case a miss belongs to. */
export type ClaimCase =
  | "verbatim"
  | "paraphrase"
  | "wrong-number"
  | "wrong-year"
  | "opposite-finding"
  | "compatible-numbers"
  | "range-vs-bound"
  | "different-measure"
  | "other-subject"
  | "not-stated"
  /** A number or year of another group, study or trial than the claim's: not the same quantity. */
  | "other-group"
  /** The same words about another outcome or object ("heart disease" against "diabetes"). */
  | "other-outcome"
  /** The claim restricts ("only during REM sleep") where the passage does not. */
  | "restrictive-only"
  /** A passage of several sentences on related subjects: the claim must be judged against the right one. */
  | "multi-sentence";

export interface LabelledClaim {
  claim: string;
  passage: string;
  label: Verdict;
  case: ClaimCase;
}

/**
 * Claim/passage pairs labelled by hand, as an editor would judge the claim against that passage alone: SUPPORTED
 * when the passage states it (in any words), CONTRADICTED when the passage states something about the same subject
 * and the same quantity that cannot be true with it, UNSUPPORTED otherwise. Written before the checker was run on
 * them, and not changed to suit it.
 */
export const LABELLED_CLAIMS: readonly LabelledClaim[] = [
  // The case: how much sleep adults need is not how much a group of people got.
  {
    claim: "Most adults need seven to nine hours of sleep.",
    passage: "People who slept less than six hours a night remembered fewer word pairs the next morning.",
    label: "UNSUPPORTED",
    case: "compatible-numbers",
  },
  {
    claim: "Most adults need seven to nine hours of sleep a night.",
    passage: "Sleep guidelines say most adults need 7-9 hours of sleep each night.",
    label: "SUPPORTED",
    case: "paraphrase",
  },
  {
    claim: "Most adults need seven to nine hours of sleep a night.",
    passage: "Sleep guidelines say most adults need only four to five hours of sleep each night.",
    label: "CONTRADICTED",
    case: "wrong-number",
  },
  {
    claim: "Adults need at least seven hours of sleep.",
    passage: "Most adults need seven to nine hours of sleep a night, according to the guidelines.",
    label: "SUPPORTED",
    case: "range-vs-bound",
  },
  {
    claim: "Adults should sleep eight hours a night.",
    passage: "The guidelines say adults should sleep between seven and nine hours a night.",
    label: "SUPPORTED",
    case: "range-vs-bound",
  },
  {
    claim: "Adults should sleep less than five hours a night.",
    passage: "The guidelines say adults should sleep between seven and nine hours a night.",
    label: "CONTRADICTED",
    case: "range-vs-bound",
  },
  {
    claim: "About a third of adults sleep less than six hours a night.",
    passage:
      "Most adults need seven to nine hours of sleep, yet surveys find that a third of adults get less than six.",
    label: "SUPPORTED",
    case: "compatible-numbers",
  },
  {
    claim: "A 20-minute nap improved recall by 12 percent.",
    passage: "In the trial, a 20-minute afternoon nap improved recall of word pairs by 12%.",
    label: "SUPPORTED",
    case: "verbatim",
  },
  {
    claim: "A 20-minute nap improved recall by 40 percent.",
    passage: "In the trial, a 20-minute afternoon nap improved recall of word pairs by 12%.",
    label: "CONTRADICTED",
    case: "wrong-number",
  },
  {
    claim: "A 20-minute nap improved recall by 12 percent.",
    passage: "The nap lasted 20 minutes and the 48 students were tested at 4 pm.",
    label: "UNSUPPORTED",
    case: "different-measure",
  },
  {
    claim: "Napping for twenty minutes made recall about twelve percent better.",
    passage: "In the trial, a 20-minute afternoon nap improved recall of word pairs by 12%.",
    label: "SUPPORTED",
    case: "paraphrase",
  },
  {
    claim: "A short nap made recall worse.",
    passage: "In the trial, a 20-minute afternoon nap improved recall of word pairs by 12%.",
    label: "CONTRADICTED",
    case: "opposite-finding",
  },
  {
    claim: "The trial recruited 48 university students.",
    passage: "The trial recruited 48 university students, who napped or stayed awake in the afternoon.",
    label: "SUPPORTED",
    case: "verbatim",
  },
  {
    claim: "The trial recruited 480 university students.",
    passage: "The trial recruited 48 university students, who napped or stayed awake in the afternoon.",
    label: "CONTRADICTED",
    case: "wrong-number",
  },
  {
    claim: "Hermann Ebbinghaus published his forgetting curve in 1885.",
    passage: "In 1885 Hermann Ebbinghaus published the forgetting curve, measured on himself with nonsense syllables.",
    label: "SUPPORTED",
    case: "verbatim",
  },
  {
    claim: "Hermann Ebbinghaus published his forgetting curve in 1913.",
    passage: "In 1885 Hermann Ebbinghaus published the forgetting curve, measured on himself with nonsense syllables.",
    label: "CONTRADICTED",
    case: "wrong-year",
  },
  {
    claim: "In 1924 Jenkins and Dallenbach found that people forgot less after sleeping than after staying awake.",
    passage:
      "Jenkins and Dallenbach reported in 1924 that students who slept after learning forgot less than those who stayed awake.",
    label: "SUPPORTED",
    case: "paraphrase",
  },
  {
    claim: "In 1952 Jenkins and Dallenbach found that people forgot less after sleeping.",
    passage:
      "Jenkins and Dallenbach reported in 1924 that students who slept after learning forgot less than those who stayed awake.",
    label: "CONTRADICTED",
    case: "wrong-year",
  },
  {
    claim: "The Eddystone lighthouse was first lit in 1698.",
    passage: "Henry Winstanley's Eddystone lighthouse was first lit in 1698 and swept away by the great storm of 1703.",
    label: "SUPPORTED",
    case: "verbatim",
  },
  {
    claim: "The Eddystone lighthouse was first lit in 1798.",
    passage: "Henry Winstanley's Eddystone lighthouse was first lit in 1698 and swept away by the great storm of 1703.",
    label: "CONTRADICTED",
    case: "wrong-year",
  },
  {
    claim: "A storm destroyed the first Eddystone lighthouse in 1703.",
    passage: "Henry Winstanley's Eddystone lighthouse was first lit in 1698 and swept away by the great storm of 1703.",
    label: "SUPPORTED",
    case: "paraphrase",
  },
  {
    claim: "The Bell Rock lighthouse is the oldest surviving sea-washed lighthouse.",
    passage: "Henry Winstanley's Eddystone lighthouse was first lit in 1698 and swept away by the great storm of 1703.",
    label: "UNSUPPORTED",
    case: "other-subject",
  },
  {
    claim: "The Fresnel lens let a lighthouse beam reach more than twenty miles.",
    passage: "Augustin Fresnel's lens, introduced in 1823, let a beam be seen from more than 20 miles away.",
    label: "SUPPORTED",
    case: "paraphrase",
  },
  {
    claim: "The Fresnel lens let a lighthouse beam reach about five miles.",
    passage: "Augustin Fresnel's lens, introduced in 1823, let a beam be seen from more than 20 miles away.",
    label: "CONTRADICTED",
    case: "range-vs-bound",
  },
  {
    claim: "The Fresnel lens was introduced in 1823.",
    passage: "The Fresnel lens cost about 20 percent more than the mirrors it replaced.",
    label: "UNSUPPORTED",
    case: "different-measure",
  },
  {
    claim: "Keepers lit the lamp at sunset every night.",
    passage: "Augustin Fresnel's lens, introduced in 1823, let a beam be seen from more than 20 miles away.",
    label: "UNSUPPORTED",
    case: "other-subject",
  },
  {
    claim: "Sleep deprivation impairs memory consolidation.",
    passage: "Losing a night of sleep impaired how well new memories were consolidated, the review concluded.",
    label: "SUPPORTED",
    case: "paraphrase",
  },
  {
    claim: "Sleep deprivation improves memory consolidation.",
    passage: "Losing a night of sleep impaired how well new memories were consolidated, the review concluded.",
    label: "CONTRADICTED",
    case: "opposite-finding",
  },
  {
    claim: "Caffeine improves memory consolidation.",
    passage: "Losing a night of sleep impaired how well new memories were consolidated, the review concluded.",
    label: "UNSUPPORTED",
    case: "other-subject",
  },
  {
    claim: "During deep sleep the hippocampus replays the day's experiences.",
    passage: "Recordings show the hippocampus replaying recent experiences during slow-wave sleep.",
    label: "SUPPORTED",
    case: "paraphrase",
  },
  {
    claim: "The hippocampus replays experiences during REM sleep only.",
    passage: "Recordings show the hippocampus replaying recent experiences during slow-wave sleep.",
    label: "UNSUPPORTED",
    case: "not-stated",
  },
  {
    claim: "Sleep loss raises the risk of car accidents.",
    passage: "Recordings show the hippocampus replaying recent experiences during slow-wave sleep.",
    label: "UNSUPPORTED",
    case: "other-subject",
  },
  {
    claim: "Teenagers need eight to ten hours of sleep.",
    passage: "Teenagers need 8 to 10 hours of sleep, more than adults do.",
    label: "SUPPORTED",
    case: "verbatim",
  },
  {
    claim: "Teenagers need nine hours of sleep.",
    passage: "Teenagers need 8 to 10 hours of sleep, more than adults do.",
    label: "SUPPORTED",
    case: "range-vs-bound",
  },
  {
    claim: "Teenagers need only five hours of sleep.",
    passage: "Teenagers need 8 to 10 hours of sleep, more than adults do.",
    label: "CONTRADICTED",
    case: "wrong-number",
  },
  {
    claim: "Teenagers need eight to ten hours of sleep.",
    passage: "Only 15 percent of teenagers sleep eight and a half hours or more on school nights.",
    label: "UNSUPPORTED",
    case: "different-measure",
  },
  {
    claim: "About 15 percent of teenagers get enough sleep on school nights.",
    passage: "Only 15 percent of teenagers sleep eight and a half hours or more on school nights.",
    label: "SUPPORTED",
    case: "paraphrase",
  },
  {
    claim: "Half of teenagers get enough sleep on school nights.",
    passage: "Only 15 percent of teenagers sleep eight and a half hours or more on school nights.",
    label: "CONTRADICTED",
    case: "wrong-number",
  },
  {
    claim: "Night shift workers have a higher risk of diabetes.",
    passage: "Night shift workers had a 40% higher risk of type 2 diabetes in the cohort.",
    label: "SUPPORTED",
    case: "paraphrase",
  },
  {
    claim: "Night shift workers had a 40 percent lower risk of diabetes.",
    passage: "Night shift workers had a 40% higher risk of type 2 diabetes in the cohort.",
    label: "CONTRADICTED",
    case: "opposite-finding",
  },
  {
    claim: "Night shift workers had a 40 percent higher risk of heart disease.",
    passage: "Night shift workers had a 40% higher risk of type 2 diabetes in the cohort.",
    label: "UNSUPPORTED",
    case: "other-subject",
  },
  {
    claim: "The cohort followed workers for at least ten years.",
    passage: "The cohort followed 12,000 nurses for 14 years.",
    label: "SUPPORTED",
    case: "range-vs-bound",
  },
  {
    claim: "The cohort followed nurses for only two years.",
    passage: "The cohort followed 12,000 nurses for 14 years.",
    label: "CONTRADICTED",
    case: "wrong-number",
  },
  {
    claim: "The cohort followed nurses for 14 years.",
    passage: "About 14 percent of the nurses left the cohort before the end.",
    label: "UNSUPPORTED",
    case: "different-measure",
  },
  {
    claim: "Blue light from screens delays the release of melatonin.",
    passage: "Evening exposure to blue light from screens delayed melatonin release by about 90 minutes.",
    label: "SUPPORTED",
    case: "paraphrase",
  },
  {
    claim: "Blue light from screens delayed melatonin by an hour and a half.",
    passage: "Evening exposure to blue light from screens delayed melatonin release by about 90 minutes.",
    label: "SUPPORTED",
    case: "paraphrase",
  },
  {
    claim: "Blue light from screens delayed melatonin by about ten minutes.",
    passage: "Evening exposure to blue light from screens delayed melatonin release by about 90 minutes.",
    label: "CONTRADICTED",
    case: "wrong-number",
  },
  {
    claim: "Blue light from screens causes insomnia in most children.",
    passage: "Evening exposure to blue light from screens delayed melatonin release by about 90 minutes.",
    label: "UNSUPPORTED",
    case: "not-stated",
  },
  {
    claim: "People who slept less than six hours were four times as likely to catch a cold.",
    passage: "Most adults need seven to nine hours of sleep, the guidelines say.",
    label: "UNSUPPORTED",
    case: "compatible-numbers",
  },
  {
    claim: "Most adults need seven to nine hours of sleep.",
    passage: "In the study, 30% of participants slept less than six hours a night.",
    label: "UNSUPPORTED",
    case: "compatible-numbers",
  },

  // Added in round 2, labelled before the checker was changed: the reviewer's probes (other group, other study,
  // other outcome, a dropped "only") and passages of several sentences.
  {
    claim: "Most adults get seven to nine hours of sleep.",
    passage: "A third of adults get less than six hours of sleep a night.",
    label: "UNSUPPORTED",
    case: "other-group",
  },
  {
    claim: "Most adults need seven to nine hours of sleep.",
    passage: "Adults who nap in the afternoon sleep about six hours at night.",
    label: "UNSUPPORTED",
    case: "other-group",
  },
  {
    claim: "In 2006 Ellenbogen found that sleep protected new memories from interference.",
    passage: "In 1924 Jenkins and Dallenbach found that sleep after learning reduced forgetting of new memories.",
    label: "UNSUPPORTED",
    case: "other-group",
  },
  {
    claim: "In 2006 Ellenbogen found that sleep protected new memories from interference.",
    passage:
      "In 1924 Jenkins and Dallenbach found that sleep after learning reduced forgetting. Ellenbogen and colleagues " +
      "reported in 2006 that sleep protected new memories from interference.",
    label: "SUPPORTED",
    case: "multi-sentence",
  },
  {
    claim: "In 2016 Ellenbogen found that sleep protected new memories from interference.",
    passage:
      "In 1924 Jenkins and Dallenbach found that sleep after learning reduced forgetting. Ellenbogen and colleagues " +
      "reported in 2006 that sleep protected new memories from interference.",
    label: "CONTRADICTED",
    case: "wrong-year",
  },
  {
    claim: "The trial recruited 48 university students.",
    passage: "The second trial recruited 120 university students from two cities.",
    label: "UNSUPPORTED",
    case: "other-group",
  },
  {
    claim: "The first trial recruited 48 students.",
    passage: "The first trial recruited 48 students. The second trial recruited 120 students from two cities.",
    label: "SUPPORTED",
    case: "multi-sentence",
  },
  {
    claim: "The second trial recruited 48 students.",
    passage: "The first trial recruited 48 students. The second trial recruited 120 students from two cities.",
    label: "CONTRADICTED",
    case: "wrong-number",
  },
  {
    claim: "Short sleep raises the risk of heart disease.",
    passage: "Short sleep raises the risk of type 2 diabetes, the cohort found.",
    label: "UNSUPPORTED",
    case: "other-outcome",
  },
  {
    claim: "Napping improved recall of word pairs.",
    passage: "Napping lowered blood pressure in the afternoon session.",
    label: "UNSUPPORTED",
    case: "other-outcome",
  },
  {
    claim: "Shift work raises the risk of heart disease by 40 percent.",
    passage: "Shift work raises the risk of diabetes by 40 percent, and the risk of heart disease by 20 percent.",
    label: "CONTRADICTED",
    case: "multi-sentence",
  },
  {
    claim: "Only teenagers need more than eight hours of sleep.",
    passage: "Teenagers need 8 to 10 hours of sleep, more than adults do.",
    label: "UNSUPPORTED",
    case: "restrictive-only",
  },
  {
    claim: "Memories are replayed only during REM sleep.",
    passage: "Memories are replayed during slow-wave sleep, and perhaps during REM sleep too.",
    label: "CONTRADICTED",
    case: "restrictive-only",
  },
  {
    claim: "The hippocampus replays new memories during slow-wave sleep.",
    passage: "The hippocampus replays new memories only during slow-wave sleep.",
    label: "SUPPORTED",
    case: "restrictive-only",
  },
  {
    claim: "Most adults get seven to nine hours of sleep a night.",
    passage:
      "Most adults need seven to nine hours of sleep a night, according to national health bodies. Yet a third of " +
      "adults report getting less than six. People who slept less than six hours were four times as likely to " +
      "catch a cold.",
    label: "UNSUPPORTED",
    case: "multi-sentence",
  },
  {
    claim: "A third of adults sleep less than six hours a night.",
    passage:
      "Most adults need seven to nine hours of sleep a night, according to national health bodies. Yet a third of " +
      "adults report getting less than six hours. People who slept less than six hours were four times as likely " +
      "to catch a cold.",
    label: "SUPPORTED",
    case: "multi-sentence",
  },
  {
    claim: "Half of adults report getting less than six hours of sleep.",
    passage:
      "Most adults need seven to nine hours of sleep a night, according to national health bodies. Yet a third of " +
      "adults report getting less than six hours. People who slept less than six hours were four times as likely " +
      "to catch a cold.",
    label: "CONTRADICTED",
    case: "multi-sentence",
  },
  {
    claim: "Most adults need at least seven hours of sleep a night.",
    passage:
      "Most adults need seven to nine hours of sleep a night, according to national health bodies. Yet a third of " +
      "adults report getting less than six hours. People who slept less than six hours were four times as likely " +
      "to catch a cold.",
    label: "SUPPORTED",
    case: "multi-sentence",
  },
  {
    claim: "Smeaton's tower was first lit in 1759.",
    passage:
      "The Eddystone Rocks lie fourteen miles off Plymouth. Henry Winstanley built the first lighthouse there in " +
      "1698. The great storm of 1703 swept it away, with Winstanley inside. John Smeaton's tower, first lit in " +
      "1759, stood for more than a century.",
    label: "SUPPORTED",
    case: "multi-sentence",
  },
  {
    claim: "Smeaton's tower was first lit in 1698.",
    passage:
      "The Eddystone Rocks lie fourteen miles off Plymouth. Henry Winstanley built the first lighthouse there in " +
      "1698. The great storm of 1703 swept it away, with Winstanley inside. John Smeaton's tower, first lit in " +
      "1759, stood for more than a century.",
    label: "CONTRADICTED",
    case: "wrong-year",
  },
  {
    claim: "The Eddystone Rocks lie forty miles off Plymouth.",
    passage:
      "The Eddystone Rocks lie fourteen miles off Plymouth. Henry Winstanley built the first lighthouse there in " +
      "1698. The great storm of 1703 swept it away, with Winstanley inside. John Smeaton's tower, first lit in " +
      "1759, stood for more than a century.",
    label: "CONTRADICTED",
    case: "multi-sentence",
  },
  {
    claim: "Winstanley built the first Eddystone lighthouse in 1698.",
    passage:
      "The Eddystone Rocks lie fourteen miles off Plymouth. Henry Winstanley built the first lighthouse there in " +
      "1698. The great storm of 1703 swept it away, with Winstanley inside. John Smeaton's tower, first lit in " +
      "1759, stood for more than a century.",
    label: "SUPPORTED",
    case: "multi-sentence",
  },
  {
    claim: "Winstanley died when the great storm swept his lighthouse away.",
    passage:
      "The Eddystone Rocks lie fourteen miles off Plymouth. Henry Winstanley built the first lighthouse there in " +
      "1698. The great storm of 1703 swept it away, with Winstanley inside. John Smeaton's tower, first lit in " +
      "1759, stood for more than a century.",
    label: "SUPPORTED",
    case: "multi-sentence",
  },
  {
    claim: "Smeaton's tower was lit by electric light from the start.",
    passage:
      "The Eddystone Rocks lie fourteen miles off Plymouth. Henry Winstanley built the first lighthouse there in " +
      "1698. The great storm of 1703 swept it away, with Winstanley inside. John Smeaton's tower, first lit in " +
      "1759, stood for more than a century.",
    label: "UNSUPPORTED",
    case: "not-stated",
  },
  {
    claim: "Short sleepers were twice as likely to catch a cold.",
    passage:
      "Most adults need seven to nine hours of sleep a night, according to national health bodies. Yet a third of " +
      "adults report getting less than six hours. People who slept less than six hours were four times as likely " +
      "to catch a cold.",
    label: "CONTRADICTED",
    case: "multi-sentence",
  },
  // Paraphrases: the source's facts in a script's own words (synonyms, word families), and near-paraphrases that
  // change a number, a group or the direction.
  {
    claim:
      "A 2007 brain-imaging study found one sleepless night left volunteers roughly forty percent worse at laying down new memories.",
    passage:
      "After one night without sleep, people in a 2007 imaging study were about 40 percent worse at forming new memories than rested volunteers, and their hippocampus was less active while they learned.",
    label: "SUPPORTED",
    case: "paraphrase",
  },
  {
    claim:
      "A 2007 brain-imaging study found one sleepless night left volunteers roughly ten percent worse at laying down new memories.",
    passage:
      "After one night without sleep, people in a 2007 imaging study were about 40 percent worse at forming new memories than rested volunteers, and their hippocampus was less active while they learned.",
    label: "CONTRADICTED",
    case: "wrong-number",
  },
  {
    claim:
      "A 2007 brain-imaging study found one sleepless night left volunteers roughly forty percent better at laying down new memories.",
    passage:
      "After one night without sleep, people in a 2007 imaging study were about 40 percent worse at forming new memories than rested volunteers, and their hippocampus was less active while they learned.",
    label: "CONTRADICTED",
    case: "opposite-finding",
  },
  {
    claim: "People who slept after studying word pairs remembered more of them the next day than people who stayed up.",
    passage:
      "In a classic word-pair study, adults who slept after learning recalled more pairs the next day, in some studies by 20 percent or more, than adults who stayed awake for the same time.",
    label: "SUPPORTED",
    case: "paraphrase",
  },
  {
    claim:
      "People who slept after studying word pairs remembered fewer of them the next day than people who stayed up.",
    passage:
      "In a classic word-pair study, adults who slept after learning recalled more pairs the next day, in some studies by 20 percent or more, than adults who stayed awake for the same time.",
    label: "CONTRADICTED",
    case: "opposite-finding",
  },
  {
    claim: "Waking from deep sleep can leave you groggy for half an hour.",
    passage: "The drawback is sleep inertia: waking from deep sleep can leave people groggy for up to 30 minutes.",
    label: "SUPPORTED",
    case: "paraphrase",
  },
  {
    claim: "Waking from deep sleep can leave you groggy for two hours.",
    passage: "The drawback is sleep inertia: waking from deep sleep can leave people groggy for up to 30 minutes.",
    label: "CONTRADICTED",
    case: "wrong-number",
  },
  {
    claim: "Interrupting the ripples after a rat learns a maze makes it worse at finding its way the next time.",
    passage:
      "Studies in rats found that disrupting the ripples after learning made the animals worse at finding their way through a maze they had just learned.",
    label: "SUPPORTED",
    case: "paraphrase",
  },
  {
    claim: "Teens' internal clocks move later, and early school starts can cost them an hour of sleep or more.",
    passage:
      "Teenagers are a special case: their body clocks shift later, and early school start times can cut their sleep by an hour or more.",
    label: "SUPPORTED",
    case: "paraphrase",
  },
  {
    claim: "Teens' internal clocks move earlier, and early school starts can cost them an hour of sleep or more.",
    passage:
      "Teenagers are a special case: their body clocks shift later, and early school start times can cut their sleep by an hour or more.",
    label: "CONTRADICTED",
    case: "opposite-finding",
  },
  {
    claim: "Overnight, what you learned during the day is played back and made stronger.",
    passage:
      "During the night, memories formed during the day are replayed and strengthened, a process researchers call consolidation.",
    label: "SUPPORTED",
    case: "paraphrase",
  },
  {
    claim: "Many of these studies are small, often under fifty people, mostly university students.",
    passage:
      "Many of these studies are small, often fewer than 50 people, and most volunteers are young university students, so the results may not hold for older adults.",
    label: "SUPPORTED",
    case: "paraphrase",
  },
  {
    claim: "Many of these studies are small, often under fifty people, mostly older adults.",
    passage:
      "Many of these studies are small, often fewer than 50 people, and most volunteers are young university students, so the results may not hold for older adults.",
    label: "UNSUPPORTED",
    case: "other-group",
  },
  {
    claim: "Most health bodies say adults should get seven to nine hours a night.",
    passage:
      "Most adults need between seven and nine hours of sleep a night, according to several national health bodies.",
    label: "SUPPORTED",
    case: "paraphrase",
  },
  {
    claim: "Most health bodies say adults should get five to six hours a night.",
    passage:
      "Most adults need between seven and nine hours of sleep a night, according to several national health bodies.",
    label: "CONTRADICTED",
    case: "wrong-number",
  },
  {
    claim:
      "Children who sleep less than six hours a night for two weeks do as badly on attention tests as kids kept up for a night or two.",
    passage:
      "Adults who sleep less than six hours a night for two weeks perform, on attention tests, about as badly as people kept awake for one or two full nights, and they tend to underrate how impaired they are.",
    label: "UNSUPPORTED",
    case: "other-group",
  },
];
