/**
 * Recognises two-key sequences such as `g r`: feed it every plain key press; it returns the completed
 * sequence, or null. A prefix expires after `timeoutMs`.
 */
export function createKeySequence(sequences: readonly string[], timeoutMs = 1200) {
  const prefixes = new Set(sequences.map((s) => s.split(' ')[0]))
  let pending: { key: string; at: number } | null = null
  return {
    feed(key: string, now: number): string | null {
      if (pending && now - pending.at <= timeoutMs) {
        const candidate = `${pending.key} ${key}`
        pending = null
        if (sequences.includes(candidate)) return candidate
      }
      pending = prefixes.has(key) ? { key, at: now } : null
      return null
    },
    /** True while a prefix is waiting for its second key (so that key is not used for anything else). */
    isPending(now: number): boolean {
      return pending !== null && now - pending.at <= timeoutMs
    },
    reset(): void {
      pending = null
    }
  }
}
