/** A cue of a subtitle or timed transcript: its offsets in the text and its timing (see ImportedSource.cues). */
export interface TimedRange {
  start: number
  end: number
  startMs: number
  endMs: number
}

/**
 * When each statement is spoken: from the start of the first cue its text overlaps to the end of the last one
 * (undefined for a statement that overlaps no cue). Statements and cues are offset ranges into the same text,
 * end exclusive; cues are in text order, as importers give them.
 */
export function statementTimes(
  statements: readonly { start: number; end: number }[],
  cues: readonly TimedRange[]
): ({ startMs: number; endMs: number } | undefined)[] {
  return statements.map((s) => {
    // The first cue ending after the statement's start (cue ends grow with their starts: cues do not nest).
    let lo = 0
    let hi = cues.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (cues[mid]!.end <= s.start) lo = mid + 1
      else hi = mid
    }
    let time: { startMs: number; endMs: number } | undefined
    for (let i = lo; i < cues.length && cues[i]!.start < s.end; i++) {
      const c = cues[i]!
      if (c.end <= s.start || c.end <= c.start) continue
      time ??= { startMs: c.startMs, endMs: c.endMs }
      time.endMs = Math.max(time.endMs, c.endMs)
    }
    return time
  })
}
