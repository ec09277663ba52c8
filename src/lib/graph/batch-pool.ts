/**
 * Sends `chunks` with at most `concurrency` in flight, answers in chunk order. After a chunk
 * fails no further chunk is started (the ones already in flight are awaited, so nothing is still
 * writing when the caller sees the error), and the first failure is rethrown.
 */
export async function sendChunksPooled<T, R>(
  chunks: readonly T[],
  concurrency: number,
  send: (chunk: T) => Promise<R>,
): Promise<R[]> {
  const width = Math.max(1, Math.min(Math.floor(concurrency), chunks.length));
  const results: R[] = [];
  const failures: unknown[] = [];
  let next = 0;
  const worker = async (): Promise<void> => {
    while (failures.length === 0 && next < chunks.length) {
      const index = next++;
      const chunk = chunks[index] as T;
      try {
        results[index] = await send(chunk);
      } catch (error) {
        failures.push(error);
      }
    }
  };
  await Promise.all(Array.from({ length: width }, worker));
  if (failures.length > 0) throw failures[0];
  return results;
}
