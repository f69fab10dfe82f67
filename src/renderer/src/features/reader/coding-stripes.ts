import type { Annotation, Statement } from '../../../../shared/domain'

/** One coding in a document: a theme on a whole statement or on a highlight's words. */
export interface Coding {
  themeId: string
  start: number
  end: number
  kind: 'statement' | 'annotation'
  /** The statement's or the highlight's id. */
  id: string
}

/** Every coding of a document in one pass: statement tags, then highlights' themes (unknown themes left out). */
export function documentCodings(
  statements: readonly Statement[],
  annotations: readonly Annotation[],
  isTheme: (id: string) => boolean
): Coding[] {
  const out: Coding[] = []
  for (const s of statements)
    for (const themeId of s.themeIds)
      if (isTheme(themeId) && s.end > s.start)
        out.push({ themeId, start: s.start, end: s.end, kind: 'statement', id: s.id })
  for (const a of annotations)
    for (const themeId of a.themeIds)
      if (isTheme(themeId) && a.end > a.start)
        out.push({ themeId, start: a.start, end: a.end, kind: 'annotation', id: a.id })
  return out
}

/** A run of one theme's codings drawn as one bar: [start, end) in the caller's units (text offsets or pixels). */
export interface StripeRun {
  themeId: string
  start: number
  end: number
  codings: Coding[]
}

/**
 * Joins each theme's codings that overlap or follow each other with at most `joinable(gapFrom, gapTo)` between them
 * (e.g. only whitespace) into runs. Runs come out per theme, sorted by start.
 */
export function mergeCodings(
  codings: readonly Coding[],
  joinable: (from: number, to: number) => boolean
): StripeRun[] {
  const byTheme = new Map<string, Coding[]>()
  for (const c of codings) {
    const list = byTheme.get(c.themeId)
    if (list) list.push(c)
    else byTheme.set(c.themeId, [c])
  }
  const runs: StripeRun[] = []
  for (const [themeId, list] of byTheme) {
    list.sort((a, b) => a.start - b.start || b.end - a.end)
    let run: StripeRun | null = null
    for (const c of list) {
      if (run && (c.start <= run.end || joinable(run.end, c.start))) {
        run.end = Math.max(run.end, c.end)
        run.codings.push(c)
      } else {
        run = { themeId, start: c.start, end: c.end, codings: [c] }
        runs.push(run)
      }
    }
  }
  return runs
}

export interface PlacedStripe<T extends { themeId: string; start: number; end: number }> {
  item: T
  lane: number
}

/**
 * Gives every stripe a lane (0 nearest the text) so that stripes whose extents overlap (touching within `gap`) never
 * share one. Themes are placed in codebook order (`order`: theme id → rank; unknown last), each at the lowest free
 * lane, so a theme keeps the same lane wherever earlier themes leave it room, and the result does not depend on
 * the input order.
 */
export function assignStripeLanes<T extends { themeId: string; start: number; end: number }>(
  items: readonly T[],
  order: ReadonlyMap<string, number>,
  gap = 0
): { stripes: PlacedStripe<T>[]; lanes: number } {
  const rank = (id: string) => order.get(id) ?? Number.MAX_SAFE_INTEGER
  const sorted = [...items].sort(
    (a, b) =>
      rank(a.themeId) - rank(b.themeId) ||
      (a.themeId < b.themeId ? -1 : a.themeId > b.themeId ? 1 : 0) ||
      a.start - b.start ||
      a.end - b.end
  )
  // Per lane, the occupied extents sorted by start (they never overlap one another).
  const lanes: { start: number; end: number }[][] = []
  const free = (lane: { start: number; end: number }[], start: number, end: number): boolean => {
    let lo = 0
    let hi = lane.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (lane[mid]!.end + gap <= start) lo = mid + 1
      else hi = mid
    }
    return lo === lane.length || lane[lo]!.start >= end + gap
  }
  const insert = (lane: { start: number; end: number }[], extent: { start: number; end: number }) => {
    let lo = 0
    let hi = lane.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (lane[mid]!.start < extent.start) lo = mid + 1
      else hi = mid
    }
    lane.splice(lo, 0, extent)
  }
  const stripes: PlacedStripe<T>[] = []
  for (const item of sorted) {
    let lane = lanes.findIndex((l) => free(l, item.start, item.end))
    if (lane < 0) lane = lanes.push([]) - 1
    insert(lanes[lane]!, { start: item.start, end: item.end })
    stripes.push({ item, lane })
  }
  return { stripes, lanes: lanes.length }
}

/** The stripe's accessible name and tooltip: the theme and what it codes here. */
export function stripeLabel(themeName: string, codings: readonly Coding[]): string {
  const statements = new Set<string>()
  let highlights = 0
  for (const c of codings) {
    if (c.kind === 'statement') statements.add(c.id)
    else highlights++
  }
  const parts: string[] = []
  if (statements.size) parts.push(`${statements.size} statement${statements.size === 1 ? '' : 's'}`)
  if (highlights) parts.push(`${highlights} highlight${highlights === 1 ? '' : 's'}`)
  return `${themeName} — ${parts.join(', ')}`
}
