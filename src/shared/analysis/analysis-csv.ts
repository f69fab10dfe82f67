import type { MatrixResult, RelationsResult } from '../api/analysis'
import type { AgreementResult } from '../api/agreement'

const cell = (v: string | number | null): string => {
  const s = v == null ? '' : String(v)
  return /[",\r\n]/.test(s) || /^[=+\-@\t]/.test(s)
    ? `"${(/^[=+\-@\t]/.test(s) ? "'" : '') + s.replace(/"/g, '""')}"`
    : s
}
const csv = (rows: (string | number | null)[][]): string =>
  rows.map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n'

/** A matrix as CSV: a header row of the columns, a row per matrix row with its total, and a row of totals. */
export function matrixCsv(m: MatrixResult, corner = ''): string {
  return csv([
    [corner, ...m.cols.map((c) => c.label), 'Total'],
    ...m.rows.map((r, i) => [`${'· '.repeat(r.depth)}${r.label}`, ...m.cells[i]!, m.rowTotals[i]!]),
    ['Total', ...m.colTotals, m.total]
  ])
}

/** Every relation row as CSV. */
export function relationsCsv(r: RelationsResult): string {
  return csv([
    [
      'cluster',
      'from_id',
      'from_speaker',
      'from_document',
      'from_date',
      'from_text',
      'relation',
      'to_id',
      'to_speaker',
      'to_document',
      'to_date',
      'to_text',
      'note'
    ],
    ...r.rows.map((x) => [
      x.cluster,
      x.from.id,
      x.from.speakerName,
      x.from.documentTitle,
      x.from.publishedAt,
      x.from.text,
      x.relation,
      x.to.id,
      x.to.speakerName,
      x.to.documentTitle,
      x.to.publishedAt,
      x.to.text,
      x.note
    ])
  ])
}

/** Agreement per theme and overall as CSV: a row per theme, then the row over all themes; no value is empty. */
export function agreementCsv(r: AgreementResult): string {
  return csv([
    ['theme', 'units', 'percentAgreement', 'kappa', 'fleissKappa', 'alpha'],
    ...[...r.themes, r.overall].map((x) => [
      x.theme,
      x.units,
      x.percentAgreement,
      x.kappa,
      x.fleissKappa,
      x.alpha
    ])
  ])
}
