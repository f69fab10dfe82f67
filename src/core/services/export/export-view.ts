import type {
  Annotation,
  Document,
  Link,
  Note,
  Speaker,
  Statement,
  Theme,
  WorkspaceSnapshot
} from '../../../shared/domain'
import { statementsInRange } from '../../model/statements-in-range'
import { finishAtOnce, finishInSlices, type SliceControl } from './run-in-slices'

/** Restricts an export to one theme (with its descendants) and/or one document. */
export interface ExportScope {
  themeId?: string
  documentId?: string
  /** Only these statements, and the highlights on them (a filter's statements, e.g. a saved view's). */
  statementIds?: ReadonlySet<string>
}

export interface ThemeEntry {
  theme: Theme
  /** 0 for a root theme. */
  depth: number
  /** Names from the root down to this theme. */
  path: string[]
}

export interface StatementEntry {
  statement: Statement
  document: Document
}

export interface DocumentEntry {
  document: Document
  /** In-scope statements, by position. */
  statements: Statement[]
  /** In-scope annotations, by position. */
  annotations: Annotation[]
}

/**
 * The snapshot resolved for exporting: indexes, codebook order and the scope applied.
 *
 * Scope rules: a theme scope keeps that theme's subtree, the statements and annotations tagged with a theme of
 * the subtree, the statements those annotations touch (coded through them), and (everywhere) only codings to
 * those themes. A document scope keeps that document's statements
 * and annotations. Links are kept when at least one end is in scope and both ends exist. Notes are kept when no
 * scope is given, when they reference an in-scope statement, or (with a theme scope) a theme of the subtree.
 */
export interface ExportView {
  snapshot: WorkspaceSnapshot
  scope: ExportScope
  /** In-scope themes in codebook order: depth first, siblings by `order`, then name, then id. */
  themes: ThemeEntry[]
  /** Every theme of the snapshot (in scope or not). */
  themeById: Map<string, ThemeEntry>
  documents: DocumentEntry[]
  /** Every statement of the snapshot (in scope or not). */
  statementById: Map<string, StatementEntry>
  speakerById: Map<string, Speaker>
  links: Link[]
  notes: Note[]
  isThemeInScope(id: string): boolean
  isStatementInScope(id: string): boolean
  /** In-scope links where the statement is the `from` or the `to` end. */
  linksOf(statementId: string): Link[]
  /** In-scope statements tagged with the theme, in document order. */
  statementsWithTheme(themeId: string): StatementEntry[]
  /** In-scope annotations tagged with the theme, in document order. */
  annotationsWithTheme(themeId: string): { annotation: Annotation; document: Document }[]
  /** In-scope annotations whose statement (see `statementOfAnnotation`) is this one. */
  annotationsOfStatement(statementId: string): Annotation[]
  /** The statement an annotation belongs to, in or out of scope: the one it overlaps most (ties: the earlier one). */
  statementOfAnnotation(annotation: Annotation): Statement | null
  /**
   * The one coding model: how each statement is coded by in-scope themes, whole (`statement`) or through each
   * in-scope highlight touching it (`span`; a highlight across two statements codes both). Whole first.
   */
  codingsOf(statementId: string): ExportCoding[]
  /** Statements coded with the theme through a highlight touching them, in document order, with the highlight. */
  spanCodedWithTheme(themeId: string): (StatementEntry & { annotation: Annotation })[]
}

export type ExportCoding =
  { themeId: string; how: 'statement' } | { themeId: string; how: 'span'; annotation: Annotation }

export class ExportScopeError extends Error {
  override name = 'ExportScopeError'
}

const byPosition = (a: { start: number; end: number }, b: { start: number; end: number }): number =>
  a.start - b.start || a.end - b.end

export function resolveExportView(snapshot: WorkspaceSnapshot, scope: ExportScope = {}): ExportView {
  return finishAtOnce(exportViewSteps(snapshot, scope))
}

/** The same view, with turns for other work between documents (cancel, a responsive server). */
export function resolveExportViewInSlices(
  snapshot: WorkspaceSnapshot,
  scope: ExportScope = {},
  ctl: SliceControl = {}
): Promise<ExportView> {
  return finishInSlices(exportViewSteps(snapshot, scope), ctl)
}

/** resolveExportView's work, pausing after each document of its passes over them. */
function* exportViewSteps(snapshot: WorkspaceSnapshot, scope: ExportScope): Generator<void, ExportView> {
  const themeById = orderThemes(snapshot.themes)
  if (scope.themeId !== undefined && !themeById.has(scope.themeId)) {
    throw new ExportScopeError(`Unknown theme "${scope.themeId}"`)
  }
  if (scope.documentId !== undefined && !snapshot.documents.some((d) => d.document.id === scope.documentId)) {
    throw new ExportScopeError(`Unknown document "${scope.documentId}"`)
  }
  const allThemes = [...themeById.values()]
  const themes =
    scope.themeId === undefined
      ? allThemes
      : allThemes.filter((t) => isInSubtree(t.theme.id, scope.themeId!, themeById))
  const themeIds = new Set(themes.map((t) => t.theme.id))
  const isThemeInScope = (id: string): boolean => themeIds.has(id)
  const taggedInScope = (ids: string[]): boolean => scope.themeId === undefined || ids.some(isThemeInScope)

  const statementById = new Map<string, StatementEntry>()
  const sortedOf = new Map<string, Statement[]>()
  const documents: DocumentEntry[] = []
  for (const entry of snapshot.documents) {
    for (const statement of entry.statements)
      statementById.set(statement.id, { statement, document: entry.document })
    const sorted = [...entry.statements].sort(byPosition)
    sortedOf.set(entry.document.id, sorted)
    yield
    if (scope.documentId !== undefined && entry.document.id !== scope.documentId) continue
    const chosen = scope.statementIds
    const inScope = entry.annotations.filter((a) => taggedInScope(a.themeIds)).sort(byPosition)
    // With a theme scope, a statement an in-scope highlight touches is coded by the theme, so it is in scope.
    const touched = new Set<string>()
    if (scope.themeId !== undefined)
      for (const a of inScope) for (const s of statementsInRange(sorted, a.start, a.end)) touched.add(s.id)
    const statements = sorted.filter(
      (s) => (touched.has(s.id) || taggedInScope(s.themeIds)) && (!chosen || chosen.has(s.id))
    )
    if (chosen && statements.length === 0) continue
    const touchesChosen = (a: Annotation) =>
      !chosen || statements.some((s) => s.start < a.end && a.start < s.end)
    documents.push({
      document: entry.document,
      statements,
      annotations: inScope.filter(touchesChosen)
    })
  }
  const statementScope = new Set<string>()
  for (const d of documents) {
    for (const s of d.statements) statementScope.add(s.id)
    yield
  }
  const isStatementInScope = (id: string): boolean => statementScope.has(id)

  const links = snapshot.links.filter(
    (l) =>
      statementById.has(l.fromId) &&
      statementById.has(l.toId) &&
      (isStatementInScope(l.fromId) || isStatementInScope(l.toId))
  )
  const noScope =
    scope.themeId === undefined && scope.documentId === undefined && scope.statementIds === undefined
  const notes = snapshot.notes.filter(
    (n) =>
      noScope ||
      n.statementIds.some(isStatementInScope) ||
      (scope.themeId !== undefined && n.themeIds.some(isThemeInScope))
  )

  const statementsOfDoc = new Map<string, StatementsByPosition>()
  for (const d of snapshot.documents) {
    statementsOfDoc.set(d.document.id, new StatementsByPosition(sortedOf.get(d.document.id)!))
    yield
  }
  const statementOfAnnotation = (a: Annotation): Statement | null => {
    let best: Statement | null = null
    let bestOverlap = -1
    for (const s of statementsOfDoc.get(a.documentId)?.near(a.start, a.end) ?? []) {
      const overlap = Math.min(s.end, a.end) - Math.max(s.start, a.start)
      const touches = overlap > 0 || (a.start === a.end && s.start <= a.start && a.start <= s.end)
      if (touches && overlap > bestOverlap) {
        best = s
        bestOverlap = overlap
      }
    }
    return best
  }
  const annotationsByStatement = new Map<string, Annotation[]>()
  for (const d of documents) {
    for (const a of d.annotations) {
      const s = statementOfAnnotation(a)
      if (s) push(annotationsByStatement, s.id, a)
    }
    yield
  }
  const spansByStatement = new Map<string, Annotation[]>()
  const spanCoded = new Map<string, (StatementEntry & { annotation: Annotation })[]>()
  for (const d of documents) {
    const sorted = sortedOf.get(d.document.id)!
    for (const a of d.annotations) {
      const themes = distinct(a.themeIds).filter(isThemeInScope)
      if (themes.length === 0) continue
      for (const statement of statementsInRange(sorted, a.start, a.end)) {
        push(spansByStatement, statement.id, a)
        for (const t of themes) push(spanCoded, t, { statement, document: d.document, annotation: a })
      }
    }
    yield
  }
  for (const list of spanCoded.values()) {
    list.sort((x, y) => byPosition(x.statement, y.statement) || byPosition(x.annotation, y.annotation))
    yield
  }
  const codingsOf = (id: string): ExportCoding[] => {
    const st = statementById.get(id)?.statement
    if (!st) return []
    const out: ExportCoding[] = distinct(st.themeIds)
      .filter(isThemeInScope)
      .map((themeId) => ({ themeId, how: 'statement' as const }))
    for (const annotation of spansByStatement.get(id) ?? [])
      for (const themeId of distinct(annotation.themeIds))
        if (isThemeInScope(themeId)) out.push({ themeId, how: 'span', annotation })
    return out
  }
  const linksByStatement = new Map<string, Link[]>()
  for (const l of links) {
    push(linksByStatement, l.fromId, l)
    if (l.toId !== l.fromId) push(linksByStatement, l.toId, l)
  }
  const statementsByTheme = new Map<string, StatementEntry[]>()
  const annotationsByTheme = new Map<string, { annotation: Annotation; document: Document }[]>()
  for (const d of documents) {
    for (const statement of d.statements)
      for (const t of distinct(statement.themeIds))
        push(statementsByTheme, t, { statement, document: d.document })
    for (const annotation of d.annotations)
      for (const t of distinct(annotation.themeIds))
        push(annotationsByTheme, t, { annotation, document: d.document })
    yield
  }

  return {
    snapshot,
    scope,
    themes,
    themeById,
    documents,
    statementById,
    speakerById: new Map(snapshot.speakers.map((s) => [s.id, s])),
    links,
    notes,
    isThemeInScope,
    isStatementInScope,
    linksOf: (id) => [...(linksByStatement.get(id) ?? [])],
    statementsWithTheme: (themeId) => [...(statementsByTheme.get(themeId) ?? [])],
    annotationsWithTheme: (themeId) => [...(annotationsByTheme.get(themeId) ?? [])],
    annotationsOfStatement: (id) => annotationsByStatement.get(id) ?? [],
    statementOfAnnotation,
    codingsOf,
    spanCodedWithTheme: (themeId) => [...(spanCoded.get(themeId) ?? [])]
  }
}

/** The ids without repeats, in order (most have none: then the same array). */
function distinct(ids: readonly string[]): readonly string[] {
  for (let i = 1; i < ids.length; i++) if (ids.lastIndexOf(ids[i]!, i - 1) >= 0) return [...new Set(ids)]
  return ids
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key)
  if (list) list.push(value)
  else map.set(key, [value])
}

/** A document's statements by position, to find those near a range without a scan of them all. */
class StatementsByPosition {
  private readonly sorted: Statement[]
  /** The furthest end among `sorted[0..i]`: never decreasing, so it can be searched. */
  private readonly reach: number[]

  /** `sorted`: the document's statements by position. */
  constructor(sorted: Statement[]) {
    this.sorted = sorted
    let max = -Infinity
    this.reach = this.sorted.map((s) => (max = Math.max(max, s.end)))
  }

  /** In position order, every statement that overlaps or touches [start, end] (and a few around it). */
  *near(start: number, end: number): Generator<Statement> {
    let lo = 0
    let hi = this.reach.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (this.reach[mid]! < start) lo = mid + 1
      else hi = mid
    }
    for (let i = lo; i < this.sorted.length && this.sorted[i]!.start <= end; i++) yield this.sorted[i]!
  }
}

/** Depth-first codebook order. Themes whose parent is missing (or in a cycle) are treated as roots. */
function orderThemes(themes: Theme[]): Map<string, ThemeEntry> {
  const ids = new Set(themes.map((t) => t.id))
  const children = new Map<string | null, Theme[]>()
  const rootsOfCycles: Theme[] = []
  for (const t of themes) {
    const parent = t.parentId !== null && ids.has(t.parentId) && t.parentId !== t.id ? t.parentId : null
    children.set(parent, [...(children.get(parent) ?? []), t])
  }
  const sortSiblings = (list: Theme[]): Theme[] =>
    [...list].sort((a, b) => a.order - b.order || a.name.localeCompare(b.name) || (a.id < b.id ? -1 : 1))
  const out = new Map<string, ThemeEntry>()
  const visit = (t: Theme, depth: number, path: string[]): void => {
    if (out.has(t.id)) return
    const entry = { theme: t, depth, path: [...path, t.name] }
    out.set(t.id, entry)
    for (const c of sortSiblings(children.get(t.id) ?? [])) visit(c, depth + 1, entry.path)
  }
  for (const root of sortSiblings(children.get(null) ?? [])) visit(root, 0, [])
  // Themes only reachable through a parent cycle: export them as roots rather than lose them.
  for (const t of sortSiblings(themes)) if (!out.has(t.id)) rootsOfCycles.push(t)
  for (const t of rootsOfCycles) visit(t, 0, [])
  return out
}

function isInSubtree(id: string, rootId: string, themeById: Map<string, ThemeEntry>): boolean {
  const seen = new Set<string>()
  let current: string | null = id
  while (current !== null && !seen.has(current)) {
    if (current === rootId) return true
    seen.add(current)
    current = themeById.get(current)?.theme.parentId ?? null
  }
  return false
}
