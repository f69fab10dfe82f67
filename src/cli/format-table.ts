/** A plain-text table: columns padded to their widest cell (capped), long cells cut with an ellipsis. */
export function formatTable(headers: string[], rows: (string | number | null)[][], maxWidth = 70): string {
  const cells = rows.map((r) => r.map((c) => flat(c == null ? '' : String(c), maxWidth)))
  const widths = headers.map((h, i) => Math.max(h.length, ...cells.map((r) => r[i]?.length ?? 0)))
  const line = (r: string[]) =>
    r
      .map((c, i) => c.padEnd(widths[i]!))
      .join('  ')
      .trimEnd()
  return [line(headers), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n')
}

function flat(s: string, max: number): string {
  const one = s.replace(/\s+/g, ' ').trim()
  return one.length > max ? one.slice(0, max - 1) + '…' : one
}
