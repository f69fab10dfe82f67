import type { AnalysisFilter } from './inputs'
import type { MatrixAxis } from './analysis'

/** One end of a cell: an axis and a header id. */
export interface MatrixPick {
  axis: MatrixAxis
  id: string
}

/**
 * The filter that keeps exactly the statements of a matrix cell: the matrix's own filter narrowed by the row and
 * the column. Drill-downs from the matrix use it.
 */
export function matrixCellFilter(base: AnalysisFilter, row: MatrixPick, col: MatrixPick): AnalysisFilter {
  const out: AnalysisFilter = { ...base }
  for (const pick of [row, col]) {
    switch (pick.axis) {
      case 'themes':
        out.allThemeIds = [...(out.allThemeIds ?? []), pick.id]
        break
      case 'speakers':
        out.speakerIds = [pick.id]
        break
      case 'documents':
        out.documentIds = [pick.id]
        break
      case 'relation':
        out.relation = pick.id as AnalysisFilter['relation']
        break
    }
  }
  return out
}
