import { z } from 'zod'
import { HexColor, Id, IsoDate, Relation } from '../domain'
import { AnalysisFilter } from './inputs'
import { MATRIX_AXES } from './matrix-axes'

export { MATRIX_AXES }
export const MatrixAxis = z.enum(MATRIX_AXES)
export type MatrixAxis = z.infer<typeof MatrixAxis>

/**
 * A cross-tabulation of the filtered statements. Themes rows count a theme with its descendants, each statement once;
 * themes × themes is co-occurrence within a statement (only themes may be on both axes); a `relation` column counts the statements at either end of a
 * cross-reference of that relation (so speakers × relation is who contradicts, or is contradicted).
 */
export const MatrixInput = z
  .object({
    rows: MatrixAxis,
    cols: MatrixAxis,
    /** `statements`: how many statements; `codings`: how many codings of the theme axis's themes (rows first). */
    count: z.enum(['statements', 'codings']).optional(),
    /** Only top-level themes and the children of these; every theme when absent. */
    expand: z.array(Id).max(500).optional(),
    filter: AnalysisFilter.optional()
  })
  .strict()
export type MatrixInput = z.infer<typeof MatrixInput>

export const MatrixHeader = z.object({
  /** A theme, speaker ("none" for no speaker) or document id, or a relation. */
  id: z.string(),
  label: z.string(),
  /** Themes: nesting depth (0 at the top), parent, colour and whether it has sub-themes. */
  depth: z.number().int(),
  parentId: Id.nullable(),
  color: HexColor.nullable(),
  hasChildren: z.boolean()
})
export type MatrixHeader = z.infer<typeof MatrixHeader>

export const MatrixResult = z.object({
  rows: z.array(MatrixHeader),
  cols: z.array(MatrixHeader),
  /** cells[row][col], in the order of `rows` and `cols`. */
  cells: z.array(z.array(z.number().int())),
  /** Distinct statements (or their codings) of a row with any column: not the sum of a row's cells. */
  rowTotals: z.array(z.number().int()),
  colTotals: z.array(z.number().int()),
  /** Distinct statements (or their codings) in any cell. */
  total: z.number().int(),
  count: z.enum(['statements', 'codings'])
})
export type MatrixResult = z.infer<typeof MatrixResult>

export const RelationsInput = z
  .object({
    /** Links of this relation only (also read from filter.relation). */
    relation: Relation.optional(),
    /** A link is kept when either of its statements passes the filter's other fields. */
    filter: AnalysisFilter.optional()
  })
  .strict()
export type RelationsInput = z.infer<typeof RelationsInput>

export const RelationEnd = z.object({
  id: Id,
  documentId: Id,
  text: z.string(),
  speakerId: Id.nullable(),
  speakerName: z.string().nullable(),
  documentTitle: z.string(),
  publishedAt: IsoDate.nullable()
})
export type RelationEnd = z.infer<typeof RelationEnd>

export const RelationRow = z.object({
  id: Id,
  relation: Relation,
  from: RelationEnd,
  to: RelationEnd,
  note: z.string(),
  /** Statements joined by same-claim links form a cluster (a connected component), numbered from 1. */
  cluster: z.number().int().nullable()
})
export type RelationRow = z.infer<typeof RelationRow>

export const RelationsResult = z.object({
  rows: z.array(RelationRow),
  /** How many links of each relation pass the filter (before the relation choice), for the chips. */
  byRelation: z.record(z.string(), z.number().int()),
  clusters: z.number().int()
})
export type RelationsResult = z.infer<typeof RelationsResult>
