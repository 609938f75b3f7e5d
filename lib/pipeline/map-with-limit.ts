/**
 * Maps `items` through `fn`, at most `concurrency` at a time, starting them in order. After the first failure, or
 * once `signal` is aborted, nothing new starts; the calls already running are awaited (their work is done, and kept,
 * within the attempt), then the first error is thrown. Unlike Promise.all over a queue, nothing goes on running after
 * the caller has been told of the failure.
 */
export async function mapWithLimit<T, R>(
  items: readonly T[],
  concurrency: number,
  fn: (item: T, index: number) => Promise<R>,
  signal?: AbortSignal,
): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  let failure: { error: unknown } | undefined;
  async function lane() {
    while (!failure && !signal?.aborted && next < items.length) {
      const index = next++;
      try {
        results[index] = await fn(items[index]!, index);
      } catch (error) {
        failure ??= { error };
      }
    }
  }
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, items.length)) }, lane));
  if (failure) throw failure.error;
  signal?.throwIfAborted();
  return results;
}
