import type { Report } from './measurement'

const fmt = (x: number) => (Number.isInteger(x) ? x.toLocaleString('en-US') : x.toFixed(2))

/** The report as a fixed-width table: measurement, p50, p95, baseline p50/p95, budget and verdict. */
export function reportTable(report: Report): string {
  const rows = [['measurement', 'unit', 'p50', 'p95', 'baseline p50', 'baseline p95', 'budget', '']]
  for (const [key, m] of Object.entries(report))
    rows.push([
      key,
      m.unit,
      fmt(m.p50),
      fmt(m.p95),
      fmt(m.baseline.p50),
      fmt(m.baseline.p95),
      m.budget?.rule ?? '—',
      m.budget ? (m.budget.pass ? 'pass' : 'FAIL') : ''
    ])
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)))
  const line = (r: string[]) =>
    r
      .map((cell, c) => (c >= 2 && c <= 5 ? cell.padStart(widths[c]!) : cell.padEnd(widths[c]!)))
      .join('  ')
      .trimEnd()
  const out = [line(rows[0]!), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.slice(1).map(line)]
  out.push('', 'baselines:')
  for (const [key, m] of Object.entries(report)) out.push(`  ${key}: ${m.what} — vs ${m.baseline.what}`)
  return out.join('\n')
}
