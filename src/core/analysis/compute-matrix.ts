import { RELATIONS, type Statement, type Theme } from '../../shared/domain'
import {
  ApiError,
  type AnalysisFilter,
  type MatrixAxis,
  type MatrixHeader,
  type MatrixInput,
  type MatrixResult
} from '../../shared/api'
import type { WorkspaceState } from '../model/workspace-state'
import { statementsMatching } from '../handlers/statements-matching'
import { themesInTreeOrder } from './themes-in-tree-order'

/**
 * The codings of the kept statements, as linked lists by reading position: `head[pos]` is the first entry of the
 * statement at `pos`, each entry a theme (index into `themeIds`), how many times it codes the statement, and the next.
 */
interface Codings {
  themeIds: string[]
  head: Int32Array
  theme: Int32Array
  times: Int32Array
  next: Int32Array
}

interface Axis {
  kind: MatrixAxis
  headers: MatrixHeader[]
  index: Map<string, number>
  /** For a theme axis: by coding theme index, the headers (the theme and its ancestors) it counts under. */
  under: number[][]
}

/**
 * Cross-tabulates the statements the filter keeps (see MatrixInput). A theme counts with its descendants, each
 * statement once; cells, row and column totals and the total are computed from the statements themselves, so a
 * total is the number of distinct statements, not a sum of cells. In `codings`, a cell counts the codings of its
 * statements by the row's theme or the column's (when an axis is themes), else by any theme.
 */
export function computeMatrix(s: WorkspaceState, input: MatrixInput): MatrixResult {
  const count = input.count ?? 'statements'
  const filter = input.filter ?? {}
  if (input.rows === input.cols && input.rows !== 'themes')
    throw new ApiError('INVALID_INPUT', `only themes can be on both axes of a matrix, not ${input.rows}`)
  const base = statementsMatching(s, filter)
  const order = s.statementOrder()
  const usesThemes = input.rows === 'themes' || input.cols === 'themes'
  const codings = usesThemes || count === 'codings' ? codingsOf(s, base, filter) : null

  const rowAxis = axis(s, input.rows, input, codings)
  const colAxis = axis(s, input.cols, input, codings)
  const R = rowAxis.headers.length
  const C = colAxis.headers.length
  const cells = Array.from({ length: R }, () => new Array<number>(C).fill(0))
  const rowTotals = new Array<number>(R).fill(0)
  const colTotals = new Array<number>(C).fill(0)
  let total = 0

  const rk = new Int32Array(R)
  const ck = new Int32Array(C)
  const rowThemes = rowAxis.kind === 'themes'
  const colThemes = colAxis.kind === 'themes'
  const mark = new Uint8Array(Math.max(R, C))
  const weight = new Int32Array(Math.max(R, C))

  // No closures are made per statement: the loop below runs once per statement of the workspace.
  /** The headers of an axis the statement at `pos` falls under, into `out` (distinct); how many. */
  const keysInto = (a: Axis, pos: number, st: Statement | null, out: Int32Array): number => {
    let n = 0
    let i: number | undefined
    switch (a.kind) {
      case 'themes':
        for (let e = codings!.head[pos]!; e >= 0; e = codings!.next[e]!) {
          const under = a.under[codings!.theme[e]!]!
          for (let u = 0; u < under.length; u++)
            if (!mark[(i = under[u]!)]) {
              mark[i] = 1
              out[n++] = i
            }
        }
        break
      case 'speakers':
        if ((i = a.index.get(st!.speakerId ?? 'none')) !== undefined) out[n++] = i
        break
      case 'documents':
        if ((i = a.index.get(st!.documentId)) !== undefined) out[n++] = i
        break
      case 'relation':
        for (const lid of s.linksByStatement.get(order[pos]!) ?? [])
          if ((i = a.index.get(s.links.get(lid)?.relation ?? '')) !== undefined && !mark[i]) {
            mark[i] = 1
            out[n++] = i
          }
        break
    }
    for (let k = 0; k < n; k++) mark[out[k]!] = 0
    return n
  }

  const ANY = -1
  /**
   * Codings of the statement at `pos` by a theme under row header `i` or column header `j` (ANY: under any header
   * of that axis), on the axes that are themes; every coding when neither is.
   */
  const codingsWhere = (pos: number, i: number, j: number): number => {
    let sum = 0
    for (let e = codings!.head[pos]!; e >= 0; e = codings!.next[e]!) {
      const t = codings!.theme[e]!
      let keep = !rowThemes && !colThemes
      if (!keep && rowThemes) {
        const under = rowAxis.under[t]!
        keep = i === ANY ? under.length > 0 : under.includes(i)
      }
      if (!keep && colThemes) {
        const under = colAxis.under[t]!
        keep = j === ANY ? under.length > 0 : under.includes(j)
      }
      if (keep) sum += codings!.times[e]!
    }
    return sum
  }

  const visit = (pos: number, st: Statement | null) => {
    const rn = keysInto(rowAxis, pos, st, rk)
    if (!rn) return
    const cn = keysInto(colAxis, pos, st, ck)
    if (!cn) return
    if (count === 'statements') {
      for (let a = 0; a < rn; a++) {
        const i = rk[a]!
        rowTotals[i]!++
        const row = cells[i]!
        for (let b = 0; b < cn; b++) row[ck[b]!]!++
      }
      for (let b = 0; b < cn; b++) colTotals[ck[b]!]!++
      total++
      return
    }
    if (!rowThemes || !colThemes) {
      // At most one theme axis: a statement's codings under one of its headers, whatever the other axis.
      const themed = rowThemes ? rowAxis : colThemes ? colAxis : null
      let any = 0
      for (let e = codings!.head[pos]!; e >= 0; e = codings!.next[e]!) {
        const k = codings!.times[e]!
        const under = themed ? themed.under[codings!.theme[e]!]! : null
        if (!under || under.length) any += k
        if (under) for (let u = 0; u < under.length; u++) weight[under[u]!]! += k
      }
      for (let a = 0; a < rn; a++) {
        const i = rk[a]!
        const w = rowThemes ? weight[i]! : any
        rowTotals[i]! += w
        for (let b = 0; b < cn; b++) cells[i]![ck[b]!]! += colThemes ? weight[ck[b]!]! : w
      }
      for (let b = 0; b < cn; b++) colTotals[ck[b]!]! += colThemes ? weight[ck[b]!]! : any
      total += any
      if (rowThemes) for (let a = 0; a < rn; a++) weight[rk[a]!] = 0
      if (colThemes) for (let b = 0; b < cn; b++) weight[ck[b]!] = 0
      return
    }
    for (let a = 0; a < rn; a++) {
      const i = rk[a]!
      rowTotals[i]! += codingsWhere(pos, i, ANY)
      for (let b = 0; b < cn; b++) cells[i]![ck[b]!]! += codingsWhere(pos, i, ck[b]!)
    }
    for (let b = 0; b < cn; b++) colTotals[ck[b]!]! += codingsWhere(pos, ANY, ck[b]!)
    total += codingsWhere(pos, ANY, ANY)
  }

  const needStatement = [input.rows, input.cols].some((a) => a === 'speakers' || a === 'documents')
  const visitId = (sid: string) => {
    const st = s.statements.get(sid)
    if (st) visit(s.position(sid), st)
  }
  if (usesThemes) {
    for (let pos = 0; pos < order.length; pos++)
      if (codings!.head[pos]! >= 0) visit(pos, needStatement ? s.statements.get(order[pos]!)! : null)
  } else if (input.rows === 'relation' || input.cols === 'relation') {
    for (const sid of s.linksByStatement.keys()) if (!base || base.has(sid)) visitId(sid)
  } else if (base) for (const sid of base) visitId(sid)
  else {
    // Documents in reading order hold their statements in reading order: positions without a lookup.
    let pos = 0
    for (const b of s.documentOrder()) for (const st of b.statements) visit(pos++, st)
  }

  /** Speakers and documents with nothing to count are left out (null: every header stays). */
  const keep = (totals: number[], kind: MatrixAxis): number[] | null => {
    if (kind !== 'speakers' && kind !== 'documents') return null
    const idx = totals.map((n, i) => (n > 0 ? i : -1)).filter((i) => i >= 0)
    return idx.length === totals.length ? null : idx
  }
  const rowKeep = keep(rowTotals, input.rows)
  const colKeep = keep(colTotals, input.cols)
  const pick = <T>(list: T[], idx: number[] | null): T[] => (idx ? idx.map((i) => list[i]!) : list)
  return {
    rows: pick(rowAxis.headers, rowKeep),
    cols: pick(colAxis.headers, colKeep),
    cells: colKeep ? pick(cells, rowKeep).map((row) => pick(row, colKeep)) : pick(cells, rowKeep),
    rowTotals: pick(rowTotals, rowKeep),
    colTotals: pick(colTotals, colKeep),
    total,
    count
  }
}

const KINDS = ['document', 'statement', 'theme', 'annotation', 'speaker', 'link'] as const
const lastCodings = new WeakMap<WorkspaceState, { key: string; codings: Codings }>()

/** The codings under a filter, shared by the matrices of one filter while nothing they read changes. */
function codingsOf(s: WorkspaceState, base: Set<string> | null, filter: AnalysisFilter): Codings {
  const key = `${KINDS.map((k) => s.revision(k)).join()} ${JSON.stringify(filter)}`
  const last = lastCodings.get(s)
  if (last?.key === key) return last.codings
  const codings = collectCodings(s, base, filter.coding ?? 'any')
  lastCodings.set(s, { key, codings })
  return codings
}

/** Every coding of the kept statements, counted as the filter's `coding` says (see Codings). */
function collectCodings(
  s: WorkspaceState,
  base: Set<string> | null,
  coding: 'any' | 'statement' | 'span'
): Codings {
  let cap = 0
  for (const m of s.codingsByTheme.values()) cap += m.size
  const head = new Int32Array(s.statementOrder().length).fill(-1)
  const theme = new Int32Array(cap)
  const times = new Int32Array(cap)
  const next = new Int32Array(cap)
  const themeIds: string[] = []
  let n = 0
  for (const [themeId, byStatement] of s.codingsByTheme) {
    const t = themeIds.push(themeId) - 1
    const onStatement = s.statementsByTheme.get(themeId)
    for (const [sid, k] of byStatement) {
      if (base && !base.has(sid)) continue
      const own = onStatement?.has(sid) ? 1 : 0
      const times_ = coding === 'any' ? k : coding === 'statement' ? own : k - own
      if (times_ <= 0) continue
      const pos = s.position(sid)
      if (pos >= head.length) continue
      theme[n] = t
      times[n] = times_
      next[n] = head[pos]!
      head[pos] = n++
    }
  }
  return { themeIds, head, theme, times, next }
}

function ancestorsOrSelf(s: WorkspaceState, themeId: string): string[] {
  const chain: string[] = []
  for (let t: Theme | undefined = s.themes.get(themeId); t && !chain.includes(t.id);) {
    chain.push(t.id)
    t = t.parentId ? s.themes.get(t.parentId) : undefined
  }
  return chain
}

const header = (id: string, label: string): MatrixHeader => ({
  id,
  label,
  depth: 0,
  parentId: null,
  color: null,
  hasChildren: false
})

function axis(s: WorkspaceState, kind: MatrixAxis, input: MatrixInput, codings: Codings | null): Axis {
  const headers: MatrixHeader[] = []
  const index = new Map<string, number>()
  const add = (h: MatrixHeader) => {
    index.set(h.id, headers.length)
    headers.push(h)
  }
  let under: number[][] = []
  switch (kind) {
    case 'themes': {
      const expand = input.expand ? new Set(input.expand) : null
      for (const { theme, depth, hasChildren } of themesInTreeOrder(s)) {
        if (expand && theme.parentId && !(expand.has(theme.parentId) && index.has(theme.parentId))) continue
        add({
          id: theme.id,
          label: theme.name,
          depth,
          parentId: theme.parentId,
          color: theme.color,
          hasChildren
        })
      }
      under = (codings?.themeIds ?? []).map((t) =>
        ancestorsOrSelf(s, t)
          .map((a) => index.get(a))
          .filter((i) => i !== undefined)
      )
      break
    }
    case 'speakers': {
      const speakers = [...s.speakers.values()].sort((a, b) => a.name.localeCompare(b.name))
      for (const sp of speakers) add(header(sp.id, sp.name))
      add(header('none', '(no speaker)'))
      break
    }
    case 'documents':
      for (const b of s.documentOrder()) add(header(b.document.id, b.document.title))
      break
    case 'relation': {
      const only = input.filter?.relation
      for (const r of RELATIONS) if (!only || r === only) add(header(r, r))
      break
    }
  }
  return { kind, headers, index, under }
}
