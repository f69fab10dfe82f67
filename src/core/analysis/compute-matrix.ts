import { RELATIONS, type Theme } from '../../shared/domain'
import { ApiError, type MatrixAxis, type MatrixHeader, type MatrixInput, type MatrixResult } from '../../shared/api'
import type { WorkspaceState } from '../model/workspace-state'
import { statementsMatching } from '../handlers/statements-matching'
import { themesInTreeOrder } from './themes-in-tree-order'

/** A statement's codings by theme: how many times each theme codes it, as the filter's `coding` counts them. */
type RawCodings = Map<string, number>

interface Axis {
  headers: MatrixHeader[]
  index: Map<string, number>
  /** Indexes of the headers this statement falls under (distinct). */
  keysOf: (statementId: string) => number[]
}

/**
 * Cross-tabulates the statements the filter keeps (see MatrixInput). A theme counts with its descendants, each
 * statement once; cells, row and column totals and the total are computed from the statements themselves, so a
 * total is the number of distinct statements, not a sum of cells.
 */
export function computeMatrix(s: WorkspaceState, input: MatrixInput): MatrixResult {
  const count = input.count ?? 'statements'
  const filter = input.filter ?? {}
  if (input.rows === input.cols && input.rows !== 'themes')
    throw new ApiError('INVALID_INPUT', `only themes can be on both axes of a matrix, not ${input.rows}`)
  const base = statementsMatching(s, filter)
  const coding = filter.coding ?? 'any'
  const usesThemes = input.rows === 'themes' || input.cols === 'themes'

  const raw = new Map<string, RawCodings>()
  const wantRaw = usesThemes || count === 'codings'
  if (wantRaw)
    for (const [themeId, byStatement] of s.codingsByTheme) {
      const onStatement = s.statementsByTheme.get(themeId)
      for (const [sid, n] of byStatement) {
        if (base && !base.has(sid)) continue
        const own = onStatement?.has(sid) ? 1 : 0
        const k = coding === 'any' ? n : coding === 'statement' ? own : n - own
        if (k <= 0) continue
        let m = raw.get(sid)
        if (!m) raw.set(sid, (m = new Map()))
        m.set(themeId, k)
      }
    }

  const ancestors = ancestorsOrSelf(s)
  const rowAxis = axis(s, input.rows, input, raw, ancestors)
  const colAxis = axis(s, input.cols, input, raw, ancestors)
  const R = rowAxis.headers.length
  const C = colAxis.headers.length
  const cells = Array.from({ length: R }, () => new Array<number>(C).fill(0))
  const rowTotals = new Array<number>(R).fill(0)
  const colTotals = new Array<number>(C).fill(0)
  let total = 0

  const rowThemes = input.rows === 'themes'
  const colThemes = input.cols === 'themes'
  /** Codings of the statement by any theme under one of `keys` (theme ids), or by any theme when keys is null. */
  const codingsUnder = (sid: string, keys: readonly string[] | null): number => {
    const m = raw.get(sid)
    if (!m) return 0
    let n = 0
    for (const [t, k] of m) if (keys === null || ancestors(t).some((a) => keys.includes(a))) n += k
    return n
  }
  const rowId = (i: number) => rowAxis.headers[i]!.id
  const colId = (j: number) => colAxis.headers[j]!.id

  const visit = (sid: string) => {
    const rk = rowAxis.keysOf(sid)
    if (!rk.length) return
    const ck = colAxis.keysOf(sid)
    if (!ck.length) return
    if (count === 'statements') {
      for (const i of rk) {
        rowTotals[i]!++
        const row = cells[i]!
        for (const j of ck) row[j]!++
      }
      for (const j of ck) colTotals[j]!++
      total++
      return
    }
    const colKeys = colThemes ? ck.map(colId) : []
    const rowKeys = rowThemes ? rk.map(rowId) : []
    for (const i of rk) {
      const r = rowThemes ? [rowId(i)] : []
      rowTotals[i]! += codingsUnder(sid, rowThemes || colThemes ? [...r, ...colKeys] : null)
      for (const j of ck) {
        const keys = [...r, ...(colThemes ? [colId(j)] : [])]
        cells[i]![j]! += codingsUnder(sid, keys.length ? keys : null)
      }
    }
    for (const j of ck) {
      const c = colThemes ? [colId(j)] : []
      colTotals[j]! += codingsUnder(sid, rowThemes || colThemes ? [...rowKeys, ...c] : null)
    }
    total += codingsUnder(sid, rowThemes || colThemes ? [...rowKeys, ...colKeys] : null)
  }

  if (usesThemes) for (const sid of raw.keys()) visit(sid)
  else if (input.rows === 'relation' || input.cols === 'relation') {
    for (const sid of s.linksByStatement.keys()) if (!base || base.has(sid)) visit(sid)
  } else if (base) for (const sid of base) visit(sid)
  else for (const sid of s.statements.keys()) visit(sid)

  const keep = (totals: number[], kind: MatrixAxis) =>
    kind === 'speakers' || kind === 'documents' ? totals.map((n, i) => (n > 0 ? i : -1)).filter((i) => i >= 0) : null
  const rowKeep = keep(rowTotals, input.rows)
  const colKeep = keep(colTotals, input.cols)
  const pick = <T>(list: T[], idx: number[] | null): T[] => (idx ? idx.map((i) => list[i]!) : list)
  return {
    rows: pick(rowAxis.headers, rowKeep),
    cols: pick(colAxis.headers, colKeep),
    cells: pick(cells, rowKeep).map((row) => pick(row, colKeep)),
    rowTotals: pick(rowTotals, rowKeep),
    colTotals: pick(colTotals, colKeep),
    total,
    count
  }
}

function ancestorsOrSelf(s: WorkspaceState): (themeId: string) => string[] {
  const memo = new Map<string, string[]>()
  return (themeId) => {
    let chain = memo.get(themeId)
    if (!chain) {
      chain = []
      for (let t: Theme | undefined = s.themes.get(themeId); t && !chain.includes(t.id); ) {
        chain.push(t.id)
        t = t.parentId ? s.themes.get(t.parentId) : undefined
      }
      if (!chain.length) chain.push(themeId)
      memo.set(themeId, chain)
    }
    return chain
  }
}

const header = (id: string, label: string): MatrixHeader => ({
  id,
  label,
  depth: 0,
  parentId: null,
  color: null,
  hasChildren: false
})

function axis(
  s: WorkspaceState,
  kind: MatrixAxis,
  input: MatrixInput,
  raw: Map<string, RawCodings>,
  ancestors: (themeId: string) => string[]
): Axis {
  const headers: MatrixHeader[] = []
  let keysOf: Axis['keysOf']
  const index = new Map<string, number>()
  const add = (h: MatrixHeader) => {
    index.set(h.id, headers.length)
    headers.push(h)
  }
  switch (kind) {
    case 'themes': {
      const expand = input.expand ? new Set(input.expand) : null
      for (const { theme, depth, hasChildren } of themesInTreeOrder(s)) {
        if (expand && theme.parentId && !(expand.has(theme.parentId) && index.has(theme.parentId))) continue
        add({ id: theme.id, label: theme.name, depth, parentId: theme.parentId, color: theme.color, hasChildren })
      }
      keysOf = (sid) => {
        const out: number[] = []
        for (const t of raw.get(sid)?.keys() ?? [])
          for (const a of ancestors(t)) {
            const i = index.get(a)
            if (i !== undefined && !out.includes(i)) out.push(i)
          }
        return out
      }
      break
    }
    case 'speakers': {
      const speakers = [...s.speakers.values()].sort((a, b) => a.name.localeCompare(b.name))
      for (const sp of speakers) add(header(sp.id, sp.name))
      add(header('none', '(no speaker)'))
      keysOf = (sid) => {
        const i = index.get(s.statements.get(sid)?.speakerId ?? 'none')
        return i === undefined ? [] : [i]
      }
      break
    }
    case 'documents': {
      for (const b of s.documentOrder()) add(header(b.document.id, b.document.title))
      keysOf = (sid) => {
        const st = s.statements.get(sid)
        const i = st && index.get(st.documentId)
        return i === undefined || !st ? [] : [i]
      }
      break
    }
    case 'relation': {
      const only = input.filter?.relation
      for (const r of RELATIONS) if (!only || r === only) add(header(r, r))
      keysOf = (sid) => {
        const out: number[] = []
        for (const lid of s.linksByStatement.get(sid) ?? []) {
          const i = index.get(s.links.get(lid)?.relation ?? '')
          if (i !== undefined && !out.includes(i)) out.push(i)
        }
        return out
      }
      break
    }
  }
  return { headers, index, keysOf }
}
