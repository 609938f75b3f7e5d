import { measureTruePeak } from "./measure-true-peak";

export interface LoudnessMeasurement {
  /** BS.1770-4 gated loudness; -70 (the absolute gate) when nothing passes the gate, as ffmpeg reports it. */
  integratedLufs: number;
  /** EBU Tech 3342 loudness range; 0 for audio shorter than one 3 s window. */
  loudnessRangeLu: number;
  truePeakDbtp: number;
}

const ABSOLUTE_GATE_LUFS = -70;
const RELATIVE_GATE_LU = -10;
const LRA_RELATIVE_GATE_LU = -20;

/**
 * BS.1770-4 loudness meter on float channels: K-weighting designed for the file's own sample rate, 400 ms blocks
 * every 100 ms (75% overlap), absolute and relative gating; LRA from 3 s windows every 100 ms (Tech 3342); true peak
 * by oversampling. All channels weigh 1, which is right for the mono and stereo audio this product makes.
 */
/** Integrated loudness only: what levelling needs, without the cost of oversampling for the true peak. */
export function measureIntegratedLoudness(channels: Float32Array[], sampleRate: number): number {
  return integratedLoudness(windowPowers(weightedStepEnergies(channels, sampleRate), 4, Math.floor(sampleRate / 10)));
}

export function measureLoudness(channels: Float32Array[], sampleRate: number): LoudnessMeasurement {
  const steps = weightedStepEnergies(channels, sampleRate);
  const stepSamples = Math.floor(sampleRate / 10);
  const blocks = windowPowers(steps, 4, stepSamples);
  const shortTerm = windowPowers(steps, 30, stepSamples);
  return {
    integratedLufs: integratedLoudness(blocks),
    loudnessRangeLu: loudnessRange(shortTerm),
    truePeakDbtp: measureTruePeak(channels, sampleRate),
  };
}

const lufs = (power: number) => -0.691 + 10 * Math.log10(power);

/** Sum of squared K-weighted samples over each whole 100 ms step, added over channels. */
function weightedStepEnergies(channels: Float32Array[], sampleRate: number): Float64Array {
  const stepSamples = Math.floor(sampleRate / 10);
  const length = channels[0]?.length ?? 0;
  const steps = new Float64Array(Math.floor(length / stepSamples));
  const [shelf, highPass] = kWeightingFilters(sampleRate);
  for (const samples of channels) {
    let x1 = 0,
      x2 = 0,
      y1 = 0,
      y2 = 0,
      z1 = 0,
      z2 = 0;
    for (let i = 0; i < steps.length * stepSamples; i++) {
      const x = samples[i]!;
      const y = shelf.b0 * x + shelf.b1 * x1 + shelf.b2 * x2 - shelf.a1 * y1 - shelf.a2 * y2;
      const z = highPass.b0 * y + highPass.b1 * y1 + highPass.b2 * y2 - highPass.a1 * z1 - highPass.a2 * z2;
      x2 = x1;
      x1 = x;
      y2 = y1;
      y1 = y;
      z2 = z1;
      z1 = z;
      steps[Math.floor(i / stepSamples)]! += z * z;
    }
  }
  return steps;
}

interface Biquad {
  b0: number;
  b1: number;
  b2: number;
  a1: number;
  a2: number;
}

/** The two BS.1770 pre-filters (high shelf, then RLB high-pass) derived for any sample rate, as libebur128 does. */
function kWeightingFilters(sampleRate: number): [Biquad, Biquad] {
  let f0 = 1681.974450955533;
  const gainDb = 3.999843853973347;
  let q = 0.7071752369554196;
  let k = Math.tan((Math.PI * f0) / sampleRate);
  const vh = 10 ** (gainDb / 20);
  const vb = vh ** 0.4996667741545416;
  let a0 = 1 + k / q + k * k;
  const shelf = {
    b0: (vh + (vb * k) / q + k * k) / a0,
    b1: (2 * (k * k - vh)) / a0,
    b2: (vh - (vb * k) / q + k * k) / a0,
    a1: (2 * (k * k - 1)) / a0,
    a2: (1 - k / q + k * k) / a0,
  };
  f0 = 38.13547087602444;
  q = 0.5003270373238773;
  k = Math.tan((Math.PI * f0) / sampleRate);
  a0 = 1 + k / q + k * k;
  const highPass = { b0: 1, b1: -2, b2: 1, a1: (2 * (k * k - 1)) / a0, a2: (1 - k / q + k * k) / a0 };
  return [shelf, highPass];
}

/** Mean power of every window of `size` steps, sliding one step (100 ms) at a time. */
function windowPowers(steps: Float64Array, size: number, stepSamples: number): number[] {
  const powers: number[] = [];
  let sum = 0;
  for (let i = 0; i < steps.length; i++) {
    sum += steps[i]!;
    if (i >= size) sum -= steps[i - size]!;
    if (i >= size - 1) powers.push(Math.max(sum, 0) / (size * stepSamples));
  }
  return powers;
}

function gate(powers: number[], relativeGateLu: number): number[] {
  const aboveAbsolute = powers.filter((p) => lufs(p) >= ABSOLUTE_GATE_LUFS);
  if (aboveAbsolute.length === 0) return [];
  const threshold = lufs(mean(aboveAbsolute)) + relativeGateLu;
  return aboveAbsolute.filter((p) => lufs(p) >= threshold);
}

function integratedLoudness(blocks: number[]): number {
  const gated = gate(blocks, RELATIVE_GATE_LU);
  return gated.length === 0 ? ABSOLUTE_GATE_LUFS : lufs(mean(gated));
}

function loudnessRange(shortTerm: number[]): number {
  const values = gate(shortTerm, LRA_RELATIVE_GATE_LU)
    .map(lufs)
    .sort((a, b) => a - b);
  if (values.length === 0) return 0;
  // Nearest rank, rounded as ffmpeg's ebur128 does, so the two agree on short files too.
  const at = (p: number) => values[Math.max(0, Math.round(p * values.length) - 1)]!;
  return at(0.95) - at(0.1);
}

const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
