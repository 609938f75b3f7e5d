/** What a caller may pass to any port's call: its signal aborts the call (the step's attempt ended). */
export interface CallOptions {
  signal?: AbortSignal;
}
