import { inOrderShare } from "@/lib/text/in-order-share";
import { capitalize, continueSentence } from "@/lib/text/spoken-form";

/**
 * A source's sentence said in a host's words, not read out with words slipped in: the plainer word for a written one
 * (the meaning kept), and the sentence turned around the way people tell a finding (the consequence first, the
 * circumstance after, the cause said as a cause). Of the ways to say it, the one furthest from the source's order
 * of words is kept, so what the hosts say is theirs and what it says is the source's.
 */

/** Written words → the words people say; each keeps the meaning. */
const PLAINER: [RegExp, string][] = [
  [/\bforming\b/g, "making"],
  [/\bform new\b/g, "make new"],
  // "found a full night of sleep improved recall of new words by 20 percent" → what people did, then when.
  [
    /\bfound (.+?) improved recall of (.+?) by ((?:roughly |about )?\d+ percent)/g,
    "found people remembered $3 more $2 after $1",
  ],
  [/\bimproved recall of\b/g, "helped people remember"],
  [/\brecalled\b/g, "remembered"],
  [/\bparticipants\b/g, "people"],
  [/\bthe sample was small\b/g, "the group was small"],
  [/\bmost volunteers are\b/g, "the volunteers are mostly"],
  [/\bwas less active\b/g, "did less work"],
  [/\bwas more active\b/g, "did more work"],
  [/\b(as|while) they learned\b/g, "while they studied"],
  [/\bare replayed and strengthened\b/g, "get played back and made stronger"],
  [/\bmemories formed (?:over|during) the day\b/g, "the day's memories"],
  [/\bforgot fewer\b/g, "remembered more"],
  [/\bnonsense syllables\b/g, "made-up syllables"],
  [/\bthe same hours awake\b/g, "the same time spent awake"],
  [/\bhours awake\b/g, "time awake"],
  [/\bhealth bodies\b/g, "health agencies"],
  [/\bThe drawback is\b/g, "The catch is"],
  [/\bdrawback\b/g, "catch"],
  [/\b[Tt]he results may not hold for\b/g, "the findings may not apply to"],
  [/\bleave people groggy\b/g, "leave you feeling groggy"],
  [/\bafter learning\b/g, "after studying"],
  [/\bfacts learned\b/g, "things learned"],
  [/\bmixed across studies\b/g, "the studies don't agree"],
  [/\bmeasurable but modest\b/g, "real but small"],
  [/\bdisrupting\b/g, "interrupting"],
];

/** The same sentence turned around; each returns null when the sentence has not that shape. */
const TURNS: ((s: string) => string | null)[] = [
  // "After one night without sleep, people were worse…" → "People were worse…, after one night without sleep".
  (s) => {
    const m = /^((?:After|During|Before|Over|Across|Among|For) [^,]{3,60}), (.+)$/.exec(s);
    // Moved past a second clause or an aside, the circumstance would qualify the wrong words ("…, but among children
    // they made no difference, among adults"; "The bridge after the war, which had been damaged").
    if (
      !m ||
      /,\s*(?:but|which|who|while|though|and|so)\b|, (?:After|During|Before|Over|Across|Among|For)\b/i.test(m[2]!)
    )
      return null;
    const when = m[1]!.replace(/^[A-Z]/, (c) => c.toLowerCase());
    // Before a closing aside ("…, what researchers call consolidation"), which names the whole of what went before.
    const aside = /^(.+?)(, (?:what|a process|which) .+)$/.exec(m[2]!);
    return aside ? `${capitalize(aside[1]!)} ${when}${aside[2]}` : `${capitalize(m[2]!)}, ${when}`;
  },
  // "If sleep helps memory, losing sleep should hurt it, and the evidence suggests it does" → the finding first.
  (s) => {
    const m = /^If (.+?), (?:then )?(.+?) should (\w+) it, and (the evidence suggests|studies suggest) it does$/.exec(
      s,
    );
    if (!m) return null;
    const object = m[1]!.split(" ").at(-1)!;
    return `${capitalize(m[4]!)} ${m[2]} does ${m[3]} ${object}, as you'd expect if ${m[1]}`;
  },
  // "Most adults need seven to nine hours of sleep a night" → the number first.
  (s) => {
    const m = /^(Most|Many|All) (\w+) need ([^,]+?) of (\w+)([^,]*)$/.exec(s);
    if (m && /\band\b/.test(m[5]!)) return null;
    return m ? `${capitalize(m[3]!)}${m[5]}: that's how much ${m[4]} ${m[1]!.toLowerCase()} ${m[2]} need` : null;
  },
  // "Longer naps of 60 to 90 minutes can include slow-wave sleep and improved recall…" → what they include first.
  (s) => {
    const m = /^([^,]+?) can include ([^,]+?) and ([^,]+)$/.exec(s);
    const head = m?.[1]!.split(" of ")[0]!.split(" ").at(-1);
    return m ? `${capitalize(m[2]!)} can happen in ${m[1]!.toLowerCase()}, and those ${head} ${m[3]}` : null;
  },
  // "Longer naps that reach slow-wave sleep may help consolidate memories but can leave people groggy" → a nap
  // long enough for it, what it may do, and the catch.
  (s) => {
    const m =
      /^(?:Longer|Long) (\w+?)s that reach ([\w\s-]+?) may help consolidate memories,? but can leave (?:people|you feeling|you) (\w+)(?: for a while)?$/.exec(
        s,
      );
    return m
      ? `A ${m[1]} long enough to reach ${m[2]} may help lock in what you learned, though you may wake up ${m[3]}`
      : null;
  },
  // "Short naps of twenty minutes can restore alertness without the grogginess of deep sleep" → the nap's length
  // as a kind of nap, what it leaves you, and what it spares you.
  (s) => {
    const m =
      /^(?:Short naps|A nap) of (?:about |roughly )?([\w-]+) minutes (?:can )?restores? alertness without the grogginess of deep sleep$/.exec(
        s,
      );
    return m
      ? `A ${m[1]}-minute nap can leave you more alert, and you skip the grogginess that comes with deep sleep`
      : null;
  },
  // "Slow-wave sleep appears to replay the day's experiences in the hippocampus" → where first, then what.
  (s) => {
    const m = /^(.+?) (?:appears|seems) to replay (.+?) in the (\w+)$/.exec(s);
    return m ? `In the ${m[3]}, ${m[1]!.toLowerCase()} seems to play back ${m[2]}` : null;
  },
  // "The researchers caution that the sample was small" → the caveat first, then whose it is.
  (s) => {
    const m = /^The (researchers|authors|scientists) caution that (.+)$/.exec(s);
    return m ? `${capitalize(m[2]!)}, as the ${m[1]} themselves point out` : null;
  },
  // "The evidence on naps is still early and mixed" → "It's still early days for the evidence on naps, and mixed".
  (s) => {
    const m = /^The (evidence|research|data) on (.+?) (?:is|are) still early(?: and)?(.*)$/.exec(s);
    return m ? `It's still early days for the ${m[1]} on ${m[2]}${m[3] ? `, and${m[3]}` : ""}` : null;
  },
  // "The catch is sleep inertia: waking…" → what happens first, then its name.
  (s) => {
    const m = /^The (catch|problem|downside) is ([^:]+): (.+)$/.exec(s);
    return m ? `${capitalize(m[3]!)}. That's called ${m[2]}, and it's the ${m[1]}` : null;
  },
  // "X, so Y" → "Y, because X": the consequence first, then its cause.
  (s) => {
    const m = /^(.{12,}?), so (?!that\b)(.{12,})$/.exec(s);
    // A cause that opens with a circumstance ("Before 1920, the ball was softer") stays as it is.
    if (!m || /,/.test(m[1]!)) return null;
    return `${capitalize(m[2]!)}, because ${continueSentence(m[1]!)}`;
  },
];

const WORSE_THAN_READING = 0.02;

/** The sentence in the plainest words and the order furthest from the source's; unchanged if no way is further. */
export function rewordSpoken(sentence: string, source: string): string {
  const plain = PLAINER.reduce((t, [pattern, to]) => t.replace(pattern, to), sentence);
  const ways = [plain, ...TURNS.map((turn) => turn(plain)).filter((s): s is string => s !== null)];
  let best = plain;
  let share = inOrderShare(plain, source);
  for (const way of ways.slice(1)) {
    const s = inOrderShare(way, source);
    if (s < share - WORSE_THAN_READING) [best, share] = [way, s];
  }
  return best;
}
