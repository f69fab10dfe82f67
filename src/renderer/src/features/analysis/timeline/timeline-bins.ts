import type { TimelineView } from '../../../../../shared/api'

const MINUTE = 60_000
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR
/** Bin widths a timeline may use, narrowest first: the narrowest giving at most `maxBins` bins is chosen. */
export const BIN_WIDTHS = [10 * MINUTE, HOUR, DAY, 7 * DAY, 30 * DAY, 91 * DAY, 365 * DAY] as const

export interface TimelineBin {
  lane: number
  /** Start (inclusive) and end (exclusive) in ms since the epoch. */
  start: number
  end: number
  count: number
}

export function binWidthFor(min: number, max: number, maxBins = 160): number {
  for (const w of BIN_WIDTHS) if ((max - min) / w <= maxBins) return w
  return BIN_WIDTHS.at(-1)!
}

/**
 * Points counted per lane and period: one dot per (lane, period) with statements, so 100,000 statements draw as a
 * few thousand dots at most. Periods are aligned on multiples of their width since the epoch (days at midnight UTC).
 */
export function timelineBins(points: TimelineView['points'], width: number): TimelineBin[] {
  const counts = new Map<number, Map<number, number>>()
  const { times, lanes } = points
  for (let i = 0; i < times.length; i++) {
    const slot = Math.floor(times[i]! / width)
    let byLane = counts.get(lanes[i]!)
    if (!byLane) counts.set(lanes[i]!, (byLane = new Map()))
    byLane.set(slot, (byLane.get(slot) ?? 0) + 1)
  }
  const out: TimelineBin[] = []
  for (const [lane, bySlot] of counts)
    for (const [slot, count] of bySlot)
      out.push({ lane, start: slot * width, end: (slot + 1) * width, count })
  return out.sort((a, b) => a.lane - b.lane || a.start - b.start)
}

export const isoDay = (ms: number): string => new Date(ms).toISOString().slice(0, 10)

/** The days a bin covers, inclusive, as a filter's from/to. */
export function binDays(bin: Pick<TimelineBin, 'start' | 'end'>): { from: string; to: string } {
  return { from: isoDay(bin.start), to: isoDay(bin.end - 1) }
}
