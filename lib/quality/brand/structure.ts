import type { ScriptLine } from "@/lib/domain/script-lines";
import { atLine, toScore, unplaced } from "./script-lines";
import { META_TALK } from "@/lib/text/cues";
import { containsPhrase } from "@/lib/text/phrases";
import { plainText, stockTalk } from "./stock-lines";
import type { BrandViolation, RuleResult } from "./types";

const GREETING = /\b(?:welcome|hello|hi|hey|good (?:morning|evening|afternoon)|this is|today on|I'm|we're)\b/i;
/**
 * Words that tell a listener a new part is starting or one is ending. Ordinals count only opening a sentence
 * ("First, …"), and "next" not as a preposition ("next to"): the script naming its own parts is not a signpost.
 */
const SIGNPOST =
  /\b(?:next(?!\s+to\b)|now|let's (?:turn|move|look|talk|get|start|dig|shift|switch|go back|come back)|(?:start|begin) with|moving on|turning to|turn(?:s)? to|switching|speaking of|finally|so far|that brings us|which brings us|on to|over to|another|the other|here's where|what about|how about|back to|flip (?:it|that) around|shift(?:ing)? gears|zoom(?:ing)? out|meanwhile)\b|(?:^|[.!?:]\s+)(?:first|second|third|last(?:ly)?)\b/i;
const isSignpost = (text: string) => SIGNPOST.test(text.replace(new RegExp(META_TALK.source, "gi"), " "));
/**
 * A recap by what it does, not one fixed phrase: gathering verbs with their particle ("pull it together", "tie it all
 * together", "sum things up", "wrap up", "boil it down") and the usual closing questions and phrases.
 */
const GATHER =
  /\b(?:pull(?:s|ed|ing)?|bring(?:s|ing)?|brought|put(?:s|ting)?|tie[sd]?|tying|piec(?:e|es|ed|ing))\s+(?:(?:it|this|that|things|everything|them|all|of it)\s+)*together\b|\b(?:sum|wrap|round)(?:s|med|ped|ed|ming|ping|ing)?\s+(?:(?:it|this|that|things|everything|them|all)\s+)*up\b|\bboil(?:s|ed|ing)?\s+(?:(?:it|this|that|things|everything|all)\s+)*down\b/i;
const RECAP =
  /\b(?:to recap|recap|to sum up|in short|in summary|so today|today we|the takeaway|takeaways|wrap(?:ping)? up|that's (?:all|it) for|until next time|thanks for listening|see you next|the bottom line|the big picture|all in all|where (?:does|did) (?:that|this|all (?:of )?this) leave us|what (?:have|did) we learn(?:ed)?)\b/i;
const isRecap = (text: string) => RECAP.test(text) || GATHER.test(text);

/** A host above 1/hosts + BALANCE_SLACK of the words dominates (70% in a two-host show). */
const BALANCE_SLACK = 0.2;

const words = (text: string) => text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;

/**
 * Intro, signposted segment changes, a recap or sign-off, balance between hosts, and hosts asking each other
 * questions (one question turn per segment is enough).
 */
export function scoreStructure(
  lines: readonly ScriptLine[],
  segments: number,
  hosts: number,
  firstRequired?: string,
): RuleResult {
  const violations: BrandViolation[] = [];
  const first = lines[0];
  const intro =
    !!first &&
    first.segment === 0 &&
    (GREETING.test(first.text) || (!!firstRequired && containsPhrase(first.text, firstRequired)));
  if (!intro)
    violations.push(
      first
        ? atLine(first, "missing-intro", "structure", "the script does not open with a greeting", true)
        : unplaced("missing-intro", "structure", "empty script"),
    );

  const lastSegment = lines.filter((l) => l.segment === segments - 1);
  const outro = lastSegment.some((l) => isRecap(l.text));
  const last = lines[lines.length - 1];
  if (!outro && last)
    violations.push({
      ...atLine(last, "missing-outro", "structure", "no recap or sign-off in the last segment"),
      start: last.text.length,
    });

  // A change of segment is signposted (or opens a recap) in the last line before it or the first two after it. A
  // stock line signposting every change is one signpost: the one line that did it earlier counts, not the repeats.
  let transitions = 0;
  let signposted = 0;
  const used = new Set<string>();
  for (let s = 1; s < segments; s++) {
    const opening = lines.filter((l) => l.segment === s);
    if (opening.length === 0) continue;
    transitions++;
    const before = lines.filter((l) => l.segment === s - 1).slice(-1);
    const signposts = [...before, ...opening.slice(0, 2)].filter((l) => isSignpost(l.text) || isRecap(l.text));
    const fresh = signposts.find((l) => !used.has(plainText(l.text)));
    if (fresh) {
      signposted++;
      used.add(plainText(fresh.text));
    } else
      violations.push(
        atLine(
          opening[0]!,
          "missing-signpost",
          "structure",
          signposts.length
            ? `segment ${s + 1} starts with the same stock line as an earlier one`
            : `segment ${s + 1} starts without a signpost`,
          true,
        ),
      );
  }

  const bySpeaker = new Map<string, number>();
  for (const l of lines) bySpeaker.set(l.speaker, (bySpeaker.get(l.speaker) ?? 0) + words(l.text));
  const total = [...bySpeaker.values()].reduce((a, b) => a + b, 0);
  const maxShare = total ? Math.max(...bySpeaker.values()) / total : 0;
  const cap = hosts >= 2 ? 1 / hosts + BALANCE_SLACK : 1;
  const excess = Math.max(0, maxShare - cap);
  if (excess > 0)
    violations.push(
      unplaced("speaker-imbalance", "structure", `one host has ${Math.round(maxShare * 100)}% of the words`),
    );

  // A stock prompt ("Go on, what's the next one?") is not a host asking about the subject.
  const stock = stockTalk(lines).stockLines;
  const questions = lines.filter((l) => l.text.includes("?") && !stock.has(l.line)).length;
  const questionShare = hosts >= 2 ? Math.min(1, questions / Math.max(1, segments)) : 1;
  const signpostShare = transitions ? signposted / transitions : 1;

  const score =
    10 - (intro ? 0 : 3) - (outro ? 0 : 2) - 2 * (1 - signpostShare) - Math.min(2, 10 * excess) - (1 - questionShare);
  return {
    score: toScore(score),
    formula:
      "10 - 3 × noIntro - 2 × noOutro - 2 × (1 - signposted/transitions) - min(2, 10 × max(0, maxSpeakerShare - (1/hosts + 0.2))) " +
      "- (1 - min(1, questionLines/segments)) (balance and questions only with 2+ hosts; stock prompts are not question lines)",
    inputs: {
      intro: intro ? 1 : 0,
      outro: outro ? 1 : 0,
      transitions,
      signposted,
      maxSpeakerShare: Math.round(maxShare * 100) / 100,
      hosts,
      questionLines: questions,
      segments,
    },
    violations,
  };
}
