/** The engine-neutral voice names a show's hosts use (and a voice picker can offer); every offline engine maps each. */
export const LOCAL_VOICES = {
  slt: "US English, female",
  kal: "US English, male",
  rms: "US English, male, deeper",
  awb: "Scottish English, male",
} as const;

export type LocalVoice = keyof typeof LOCAL_VOICES;
