import { describe, expect, it } from 'vitest'
import type { MatrixResult } from '../api/analysis'
import { matrixCsv } from './analysis-csv'

const header = (id: string, label: string, depth = 0) => ({
  id,
  label,
  depth,
  parentId: null,
  color: null,
  hasChildren: false
})

describe('matrix CSV', () => {
  it('writes columns, rows with totals, a totals row; quotes commas and defuses formulas', () => {
    const m: MatrixResult = {
      rows: [header('a', 'Risk, escalation'), header('b', '=SUM(A1)')],
      cols: [header('d1', 'Doc "one"'), header('d2', 'Two')],
      cells: [
        [2, 0],
        [1, 1]
      ],
      rowTotals: [2, 2],
      colTotals: [2, 1],
      total: 3,
      count: 'statements'
    }
    expect(matrixCsv(m, 'themes').split('\r\n')).toEqual([
      'themes,"Doc ""one""",Two,Total',
      '"Risk, escalation",2,0,2',
      `"'=SUM(A1)",1,1,2`,
      'Total,2,1,3',
      ''
    ])
  })
})
