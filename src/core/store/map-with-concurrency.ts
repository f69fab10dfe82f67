/**
 * Maps `items` through `fn`, running at most `limit` calls at once; results keep the input order.
 * After a failure no new call starts; the calls already running are awaited, then the first error is thrown.
 */
export async function mapWithConcurrency<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T, index: number) => Promise<R>
): Promise<R[]> {
  const results = new Array<R>(items.length)
  let next = 0
  let failure: { error: unknown } | null = null
  const worker = async (): Promise<void> => {
    while (!failure && next < items.length) {
      const i = next++
      try {
        results[i] = await fn(items[i] as T, i)
      } catch (error) {
        failure ??= { error }
      }
    }
  }
  await Promise.all(Array.from({ length: Math.min(Math.max(1, limit), items.length) }, worker))
  if (failure) throw (failure as { error: unknown }).error
  return results
}
