// The pure parts of DNSMOS P.835 scoring, as Microsoft's reference (DNS-Challenge, DNSMOS/dnsmos_local.py) does
// them: 16 kHz mono input, 9.01 s windows hopped by 1 s, short audio tiled, and a polynomial mapping of each
// window's raw SIG/BAK/OVRL before averaging.

export const DNSMOS_SAMPLE_RATE = 16_000;
export const DNSMOS_INPUT_SECONDS = 9.01;
/** Samples per window: int(9.01 × 16000). */
export const DNSMOS_WINDOW_SAMPLES = 144_160;
export const DNSMOS_HOP_SAMPLES = DNSMOS_SAMPLE_RATE;

/** numpy.poly1d coefficients, highest power first, of the reference's non-personalized mapping. */
export const DNSMOS_POLYFIT = {
  sig: [-0.08397278, 1.22083953, 0.0052439],
  bak: [-0.13166888, 1.60915514, -0.39604546],
  ovrl: [-0.06766283, 1.11546468, 0.04602535],
} as const;

export interface DnsmosRaw {
  sig: number;
  bak: number;
  ovrl: number;
}

/** np.poly1d(coefficients)(x): Horner's rule, highest power first. */
export function polyval(coefficients: readonly number[], x: number): number {
  return coefficients.reduce((acc, c) => acc * x + c, 0);
}

/** The reference's get_polyfit_val with is_personalized_MOS=False. */
export function mapDnsmos(raw: DnsmosRaw): DnsmosRaw {
  return {
    sig: polyval(DNSMOS_POLYFIT.sig, raw.sig),
    bak: polyval(DNSMOS_POLYFIT.bak, raw.bak),
    ovrl: polyval(DNSMOS_POLYFIT.ovrl, raw.ovrl),
  };
}

/**
 * Audio shorter than one window repeated onto itself (the reference's `audio = np.append(audio, audio)` until it
 * is long enough); longer audio is returned as it is.
 */
export function tileToWindow(samples: Float32Array): Float32Array {
  if (samples.length === 0) throw new Error("DNSMOS cannot score empty audio.");
  let length = samples.length;
  while (length < DNSMOS_WINDOW_SAMPLES) length *= 2;
  if (length === samples.length) return samples;
  const tiled = new Float32Array(length);
  for (let offset = 0; offset < length; offset += samples.length) tiled.set(samples, offset);
  return tiled;
}

/**
 * How many windows the reference scores for this many (already tiled) samples:
 * int(floor(len / fs) − 9.01) + 1, Python's int() truncating towards zero.
 */
export function windowCount(sampleCount: number): number {
  return Math.trunc(Math.floor(sampleCount / DNSMOS_SAMPLE_RATE) - DNSMOS_INPUT_SECONDS) + 1;
}

/**
 * Start sample of every window. Each window is exactly DNSMOS_WINDOW_SAMPLES long. (The reference computes each
 * end as int((i + 9.01) × fs), which floating point rounds one sample short for some i, e.g. 7-23, and then
 * skips those windows; we score every hop instead.)
 */
export function windowStarts(sampleCount: number): number[] {
  const starts: number[] = [];
  for (let i = 0; i < windowCount(sampleCount); i++) {
    const start = i * DNSMOS_HOP_SAMPLES;
    if (start + DNSMOS_WINDOW_SAMPLES <= sampleCount) starts.push(start);
  }
  return starts;
}

export interface DnsmosAggregate {
  sig: number;
  bak: number;
  ovrl: number;
  windows: number;
  raw: DnsmosRaw;
}

/** Each window mapped, then the mapped and the raw scores averaged over the windows. */
export function aggregateDnsmos(windows: readonly DnsmosRaw[]): DnsmosAggregate {
  if (windows.length === 0) throw new Error("DNSMOS scored no window.");
  const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
  const mapped = windows.map(mapDnsmos);
  return {
    sig: mean(mapped.map((w) => w.sig)),
    bak: mean(mapped.map((w) => w.bak)),
    ovrl: mean(mapped.map((w) => w.ovrl)),
    windows: windows.length,
    raw: {
      sig: mean(windows.map((w) => w.sig)),
      bak: mean(windows.map((w) => w.bak)),
      ovrl: mean(windows.map((w) => w.ovrl)),
    },
  };
}
