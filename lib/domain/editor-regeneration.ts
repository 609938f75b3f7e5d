/**
 * Iterations of the audio stages an editor asks for sit above any the pipeline reaches (it counts each stage's
 * iterations from 1 within a run), so a later revision's `audio-synthesizer#2` is never mistaken for one of them.
 */
export const EDITOR_ITERATIONS = 1_000;

/** A one-line regeneration takes seconds; a claim this old belongs to a process that is gone. */
const ABANDONED_AFTER_MS = 10 * 60_000;

/** The stages a line regeneration runs. */
export const REGENERATION_STAGES = ["audio-synthesizer", "audio-validator"] as const;

/** Whether a stage execution is an editor's regeneration rather than the pipeline's own. */
export function isEditorIteration(iteration: number): boolean {
  return iteration > EDITOR_ITERATIONS;
}

/** Running regeneration rows started before this were left by a server that died. */
export function abandonedBefore(now: Date): Date {
  return new Date(now.getTime() - ABANDONED_AFTER_MS);
}
