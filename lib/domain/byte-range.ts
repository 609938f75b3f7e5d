/** Inclusive byte offsets, as in an HTTP Range header: { start: 0, end: 99 } is the first 100 bytes. */
export interface ByteRange {
  start: number;
  end: number;
}
