import { describe, expect, it } from "vitest";
import { parseAstatsOverall, parseAudioStream, parseEbur128Summary, parseSilences } from "./parse-ffmpeg-output";

describe("parseAudioStream", () => {
  it("reads the input stream, not the output one ffmpeg also numbers #0:0", () => {
    const stderr = [
      "Input #0, mp3, from 'a.mp3':",
      "  Duration: 00:01:02.50, start: 0.025057, bitrate: 96 kb/s",
      "  Stream #0:0: Audio: mp3, 44100 Hz, mono, fltp, 96 kb/s",
      "Stream mapping:",
      "  Stream #0:0 -> #0:0 (mp3 (mp3float) -> pcm_s16le (native))",
      "Output #0, null, to 'pipe:':",
      "  Stream #0:0: Audio: pcm_s16le, 48000 Hz, stereo, s16, 1536 kb/s",
    ].join("\n");
    expect(parseAudioStream(stderr)).toEqual({ codec: "mp3", sampleRate: 44_100, channels: 1, durationSeconds: 62.5 });
  });

  it("understands language tags and other layouts", () => {
    const line = (layout: string) =>
      `Input #0\n  Stream #0:1(und): Audio: aac (LC) (mp4a / 0x6134706D), 48000 Hz, ${layout}, fltp`;
    expect(parseAudioStream(line("5.1(side)"))?.channels).toBe(6);
    expect(parseAudioStream(line("3 channels"))?.channels).toBe(3);
    expect(parseAudioStream(line("stereo"))).toMatchObject({
      codec: "aac",
      sampleRate: 48_000,
      channels: 2,
      durationSeconds: null,
    });
    expect(parseAudioStream("Input #0\n  Stream #0:0: Video: h264")).toBeNull();
  });
});

describe("parseEbur128Summary", () => {
  it("takes the last summary and reads -inf", () => {
    const summary = (i: string, lra: string, peak: string) =>
      `[Parsed_ebur128_0 @ 0x1] Summary:\n\n  Integrated loudness:\n    I:         ${i} LUFS\n    Threshold: -70.0 LUFS\n\n` +
      `  Loudness range:\n    LRA:       ${lra} LU\n\n  True peak:\n    Peak:      ${peak} dBFS\n`;
    expect(parseEbur128Summary(summary("-70.0", "0.0", "-inf") + summary("-16.2", "4.5", "-1.3"))).toEqual({
      integratedLufs: -16.2,
      loudnessRangeLu: 4.5,
      truePeakDbtp: -1.3,
    });
    expect(parseEbur128Summary(summary("-70.0", "0.0", "-inf")).truePeakDbtp).toBe(-Infinity);
  });
});

describe("parseSilences", () => {
  it("pairs starts with ends and closes an open silence at the end", () => {
    const stderr = [
      "[silencedetect @ 0x1] silence_start: -0.002",
      "[silencedetect @ 0x1] silence_end: 1.5 | silence_duration: 1.5",
      "[silencedetect @ 0x1] silence_start: 10.25",
    ].join("\n");
    expect(parseSilences(stderr, 12.25)).toEqual([
      { start: 0, end: 1.5, duration: 1.5 },
      { start: 10.25, end: 12.25, duration: 2 },
    ]);
  });
});

describe("parseAstatsOverall", () => {
  it("reads the Overall section, not the per-channel ones", () => {
    const stderr = [
      "[Parsed_astats_1 @ 0x2] Channel: 1",
      "[Parsed_astats_1 @ 0x2] Peak level dB: -3.000000",
      "[Parsed_astats_1 @ 0x2] RMS level dB: -20.000000",
      "[Parsed_astats_1 @ 0x2] Overall",
      "[Parsed_astats_1 @ 0x2] Peak level dB: -1.500000",
      "[Parsed_astats_1 @ 0x2] RMS level dB: -inf",
      "[Parsed_astats_1 @ 0x2] Number of samples: 132300",
    ].join("\n");
    expect(parseAstatsOverall(stderr)).toEqual({ peakLevelDb: -1.5, rmsLevelDb: -Infinity, numberOfSamples: 132_300 });
  });
});
