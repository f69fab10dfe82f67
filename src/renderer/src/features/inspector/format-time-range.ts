/** A statement's time in a recording, as players show it: "1:23–1:30", "1:02:05–1:02:09". */
export function formatTimeRange(startMs: number, endMs: number): string {
  const long = endMs >= 3_600_000
  return `${clock(startMs, long)}–${clock(endMs, long)}`
}

function clock(ms: number, long: boolean): string {
  const total = Math.floor(ms / 1000)
  const h = Math.floor(total / 3600)
  const m = Math.floor((total % 3600) / 60)
  const s = String(total % 60).padStart(2, '0')
  return long ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`
}
