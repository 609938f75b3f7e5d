import { randomBytes } from "node:crypto";

/** A seeded PRNG (mulberry32): the same --seed gives the same workload shape. */
export function createRandom(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const between = (min: number, max: number) => min + next() * (max - min);
  const chance = (p: number) => next() < p;
  /** Picks a key by weight. */
  const weighted = <K extends string>(weights: Record<K, number>): K => {
    const entries = Object.entries(weights) as [K, number][];
    let r = next() * entries.reduce((s, [, w]) => s + w, 0);
    for (const [key, w] of entries) if ((r -= w) < 0) return key;
    return entries.at(-1)![0];
  };
  return { next, int, pick, between, chance, weighted };
}
export type Random = ReturnType<typeof createRandom>;

let counter = 0;
const processTag = randomBytes(4).toString("hex");

/** A cuid-like id made here, so a batch's rows can point at each other before any is inserted. */
export function newId(): string {
  counter = (counter + 1) % 1_679_616;
  return `c${Date.now().toString(36)}${counter.toString(36).padStart(4, "0")}${processTag}${randomBytes(3).toString("hex")}`;
}

const WORDS = (
  "the evidence suggests that sleep memory neurons signal noise research study early brain circuits consolidation " +
  "listeners curious question answer model data careful honest results sample size trial effect replication " +
  "mechanism hippocampus cortex night dream rest learning recall pattern experiment lab scientists found measure " +
  "climate ocean carbon battery solar grid energy storage chemistry material quantum computer error correction " +
  "algorithm privacy network protocol signal bandwidth latency compression audio podcast story history culture " +
  "we don't know yet as far as we can tell one study found I could be wrong the research is still early"
).split(" ");

export function words(random: Random, n: number): string {
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(random.pick(WORDS));
  return out.join(" ");
}

export function sentence(random: Random, min = 8, max = 22): string {
  const s = words(random, random.int(min, max));
  return `${s[0]!.toUpperCase()}${s.slice(1)}.`;
}

export function paragraph(random: Random, sentences: number): string {
  return Array.from({ length: sentences }, () => sentence(random)).join(" ");
}
