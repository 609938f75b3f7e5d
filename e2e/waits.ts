/**
 * How long a journey waits for a state, by the work behind it. These are ceilings, not pauses: every wait ends as
 * soon as its state is there. They are sized for the suite's two workers sharing two cores with the pipeline (and
 * with whatever else the machine runs), where work that takes a second on an idle machine can take ten. Pages,
 * server actions and live updates use expect's default from playwright.config.ts.
 */
export const WAIT = {
  /** The server reading a large upload (an 8.4 MB PDF takes about a second on an idle machine). */
  upload: 60_000,
  /** One pipeline stage, or a rewrite after a rejection. */
  stage: 120_000,
  /** An episode through the whole pipeline, gates approved as they come (about a minute on an idle machine). */
  pipeline: 360_000,
} as const;
