/**
 * Median fundamental frequency (Hz) of the voiced frames of a mono signal, by normalised autocorrelation over
 * 40 ms frames, searching 60-400 Hz. Used to check that two host voices are measurably different; null when
 * nothing is voiced.
 */
export function estimateMedianPitch(samples: Float32Array, sampleRate: number): number | null {
  const frame = Math.round(0.04 * sampleRate);
  const hop = Math.round(0.01 * sampleRate);
  const minLag = Math.floor(sampleRate / 400);
  const maxLag = Math.ceil(sampleRate / 60);
  const loudest = samples.reduce((m, x) => Math.max(m, Math.abs(x)), 0);
  const pitches: number[] = [];

  for (let start = 0; start + frame + maxLag <= samples.length; start += hop) {
    let energy = 0;
    for (let i = start; i < start + frame; i++) energy += samples[i]! ** 2;
    // Skip pauses and breath: only frames within 30 dB of the loudest sample can be voiced speech.
    if (Math.sqrt(energy / frame) < loudest * 0.03) continue;

    const r = new Float64Array(maxLag + 1);
    for (let lag = minLag; lag <= maxLag; lag++) {
      let cross = 0;
      let shifted = 0;
      for (let i = start; i < start + frame; i++) {
        cross += samples[i]! * samples[i + lag]!;
        shifted += samples[i + lag]! ** 2;
      }
      r[lag] = cross / Math.sqrt(energy * shifted || 1);
    }
    const best = Math.max(...r.subarray(minLag));
    if (best < 0.7) continue;
    // The shortest lag nearly as good as the best avoids reporting half the pitch (an octave error).
    for (let lag = minLag + 1; lag < maxLag; lag++) {
      if (r[lag]! >= 0.9 * best && r[lag]! >= r[lag - 1]! && r[lag]! >= r[lag + 1]!) {
        pitches.push(sampleRate / lag);
        break;
      }
    }
  }
  if (pitches.length === 0) return null;
  pitches.sort((a, b) => a - b);
  return pitches[Math.floor(pitches.length / 2)]!;
}
