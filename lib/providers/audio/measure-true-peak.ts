/** Digital silence has no finite level; reports use this floor (24-bit quantisation) so they stay JSON-safe. */
export const SILENCE_FLOOR_DB = -144;

const amplitudeToDb = (amplitude: number) => Math.max(SILENCE_FLOOR_DB, 20 * Math.log10(amplitude));

const TAPS_PER_PHASE = 24;
const KAISER_BETA = 8;

/**
 * True peak (dBTP) by polyphase windowed-sinc oversampling. BS.1770-4 oversamples 48 kHz audio 4x, to 192 kHz;
 * lower sample rates are oversampled by more so every file is examined at >= 192 kHz, as ffmpeg's ebur128 does.
 */
export function measureTruePeak(channels: Float32Array[], sampleRate: number): number {
  const factor = Math.max(4, Math.ceil(192_000 / sampleRate));
  const phases = interpolationPhases(factor);
  let peak = 0;
  for (const x of channels) {
    for (let i = 0; i < x.length; i++) peak = Math.max(peak, Math.abs(x[i]!));
    for (const h of phases) {
      for (let i = 0; i + TAPS_PER_PHASE <= x.length; i++) {
        let y = 0;
        for (let k = 0; k < TAPS_PER_PHASE; k++) y += h[k]! * x[i + k]!;
        peak = Math.max(peak, Math.abs(y));
      }
    }
  }
  return amplitudeToDb(peak);
}

/** Sub-sample phases 1..factor-1 of a Kaiser-windowed sinc low-pass at the original Nyquist frequency. */
function interpolationPhases(factor: number): Float64Array[] {
  const length = TAPS_PER_PHASE * factor;
  // Centred on a multiple of `factor`, so phase 0 would return the original samples exactly.
  const centre = length / 2;
  const prototype = Array.from({ length }, (_, n) => {
    const t = (n - centre) / factor;
    const sinc = t === 0 ? 1 : Math.sin(Math.PI * t) / (Math.PI * t);
    const r = (n - centre) / centre;
    return (sinc * besselI0(KAISER_BETA * Math.sqrt(1 - r * r))) / besselI0(KAISER_BETA);
  });
  return Array.from({ length: factor - 1 }, (_, p) => {
    // Taps of phase p+1, reversed into convolution order, normalised to unity gain at DC.
    const taps = Float64Array.from(
      { length: TAPS_PER_PHASE },
      (_, k) => prototype[(TAPS_PER_PHASE - 1 - k) * factor + p + 1]!,
    );
    const sum = taps.reduce((s, v) => s + v, 0);
    return taps.map((v) => v / sum);
  });
}

function besselI0(x: number): number {
  let sum = 1;
  let term = 1;
  for (let k = 1; k < 50; k++) {
    term *= (x / (2 * k)) ** 2;
    sum += term;
    if (term < 1e-12 * sum) break;
  }
  return sum;
}
