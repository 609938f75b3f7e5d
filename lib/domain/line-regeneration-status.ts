/** Where an editor's line regeneration stands: the worker performs it, the Audio tab polls this while it is pending. */
export type LineRegenerationStatus =
  | { state: "idle" }
  | { state: "pending"; line: number | null }
  | { state: "failed"; line: number | null; message: string };
