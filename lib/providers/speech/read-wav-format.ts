/** Sample rate and channel count from a RIFF/WAVE header (the "fmt " chunk may follow other chunks). */
export function readWavFormat(wav: Buffer): { sampleRate: number; channels: number } {
  if (wav.length < 12 || wav.toString("ascii", 0, 4) !== "RIFF" || wav.toString("ascii", 8, 12) !== "WAVE") {
    throw new Error("Not a WAV file");
  }
  for (let at = 12; at + 8 <= wav.length; at += 8 + wav.readUInt32LE(at + 4) + (wav.readUInt32LE(at + 4) % 2)) {
    if (wav.toString("ascii", at, at + 4) === "fmt ") {
      return { channels: wav.readUInt16LE(at + 10), sampleRate: wav.readUInt32LE(at + 12) };
    }
  }
  throw new Error("WAV file has no fmt chunk");
}
