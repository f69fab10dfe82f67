import type {
  Annotation,
  Coder,
  Link,
  Note,
  Speaker,
  Statement,
  Theme,
  WorkspaceMeta
} from '../../shared/domain'
import type { SavedView } from '../../shared/api/saved-views'
import { linkShardOf } from '../store/link-shard'
import type { Change, CoderRoster, DocumentBundle } from './change'
import type { CodingStamp } from './theme-codings'
import { nowIso } from './new-id'
import type { RemovedTheme } from './removed-themes'
import { statementsInRange } from './statements-in-range'

const addTo = (m: Map<string, Set<string>>, key: string, value: string): void => {
  let s = m.get(key)
  if (!s) m.set(key, (s = new Set()))
  s.add(value)
}
const count = (m: Map<string, Map<string, number>>, key: string, value: string, by: 1 | -1): void => {
  let inner = m.get(key)
  if (!inner) m.set(key, (inner = new Map()))
  const n = (inner.get(value) ?? 0) + by
  if (n > 0) inner.set(value, n)
  else inner.delete(value)
  if (inner.size === 0) m.delete(key)
}
const removeFrom = (m: Map<string, Set<string>>, key: string, value: string): void => {
  const s = m.get(key)
  if (!s) return
  s.delete(value)
  if (s.size === 0) m.delete(key)
}

/** One coding of a statement (see WorkspaceState.codingsByTheme). */
export type Coding =
  { themeId: string; kind: 'statement' } | { themeId: string; kind: 'span'; annotationId: string }

const EMPTY_CODINGS: ReadonlyMap<string, number> = new Map()

/** Where a statement is in its document's list: found by its offset (the list is in text order), else by a scan. */
function indexOfStatement(list: readonly Statement[], st: Statement): number {
  let lo = 0
  let hi = list.length - 1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    const m = list[mid]!
    if (m.id === st.id) return mid
    if (m.start < st.start || (m.start === st.start && m.end < st.end)) lo = mid + 1
    else hi = mid - 1
  }
  return list.findIndex((x) => x.id === st.id)
}

/**
 * The workspace in memory, with the indexes queries need. Mutated only through `apply`, so every index stays
 * in step with the entities (and undo is `apply(invertChanges(changes))`).
 */
export class WorkspaceState {
  meta: WorkspaceMeta | null = null
  /** Everyone who has coded here, by id. */
  readonly coders = new Map<string, Coder>()
  /** The coder new work is credited to; null while workspace.json is damaged. */
  coderId: string | null = null
  readonly themes = new Map<string, Theme>()
  readonly speakers = new Map<string, Speaker>()
  readonly docs = new Map<string, DocumentBundle>()
  readonly statements = new Map<string, Statement>()
  readonly annotations = new Map<string, Annotation>()
  readonly links = new Map<string, Link>()
  readonly notes = new Map<string, Note>()
  /** Saved views by id (views.json). */
  readonly views = new Map<string, SavedView>()
  /** Themes merged away or deleted here, oldest first (see removed-themes.ts; kept by Workspace.commit). */
  readonly removedThemes = new Map<string, RemovedTheme>()

  readonly statementsByTheme = new Map<string, Set<string>>()
  /**
   * The one coding model: a theme codes a statement when it is on the statement or on a highlight (annotation)
   * that touches it. Theme → statement → how many codings (the whole statement counts one, each span one).
   */
  readonly codingsByTheme = new Map<string, Map<string, number>>()
  readonly statementsBySpeaker = new Map<string, Set<string>>()
  readonly annotationsByTheme = new Map<string, Set<string>>()
  readonly linksByStatement = new Map<string, Set<string>>()
  /** Link ids by the shard file they belong in (see linkShardOf). */
  readonly linksByShard = new Map<string, Set<string>>()
  readonly annotationsByStatement = new Map<string, Set<string>>()
  readonly notesByStatement = new Map<string, Set<string>>()
  private orderCache: string[] | null = null
  private positionCache: Map<string, number> | null = null
  private readonly revisions = new Map<Change['kind'], number>()

  constructor(init?: {
    meta: WorkspaceMeta | null
    coders?: CoderRoster | null
    themes: Theme[]
    speakers: Speaker[]
    documents: DocumentBundle[]
    links: Link[]
    notes: Note[]
    views?: SavedView[]
    removedThemes?: RemovedTheme[]
  }) {
    if (!init) return
    this.meta = init.meta
    if (init.coders) this.setCoders(init.coders)
    for (const t of init.themes) this.themes.set(t.id, t)
    for (const s of init.speakers) this.speakers.set(s.id, s)
    for (const d of init.documents) this.addDocument(d)
    for (const l of init.links) this.setLink(null, l)
    for (const n of init.notes) this.setNote(null, n)
    for (const v of init.views ?? []) this.views.set(v.id, v)
    for (const t of init.removedThemes ?? []) this.removedThemes.set(t.id, t)
  }

  apply(changes: readonly Change[]): void {
    for (const c of changes) {
      this.revisions.set(c.kind, this.revision(c.kind) + 1)
      this.applyOne(c)
    }
  }

  /** How many changes of this kind were applied: a cache of something derived notes those it read. */
  revision(kind: Change['kind']): number {
    return this.revisions.get(kind) ?? 0
  }

  private applyOne(c: Change): void {
    switch (c.kind) {
      case 'meta':
        this.meta = c.after
        return
      case 'coders':
        return this.setCoders(c.after)
      case 'theme':
        if (c.after) this.themes.set(c.after.id, c.after)
        else if (c.before) this.themes.delete(c.before.id)
        return
      case 'speaker':
        if (c.after) this.speakers.set(c.after.id, c.after)
        else if (c.before) this.speakers.delete(c.before.id)
        return
      case 'view':
        if (c.before && c.before.id !== c.after?.id) this.views.delete(c.before.id)
        if (c.after) this.views.set(c.after.id, c.after)
        return
      case 'statement':
        return this.setStatement(c.before, c.after)
      case 'annotation':
        return this.setAnnotation(c.before, c.after)
      case 'link':
        return this.setLink(c.before, c.after)
      case 'note':
        return this.setNote(c.before, c.after)
      case 'document':
        if (c.before) this.removeDocument(c.before.document.id)
        if (c.after) this.addDocument(c.after)
        return
    }
  }

  private setCoders(roster: CoderRoster): void {
    this.coders.clear()
    for (const c of roster.coders) this.coders.set(c.id, c)
    this.coderId = roster.coderId
  }

  /** The coders and the current one, as workspace.json keeps them. */
  coderRoster(): CoderRoster | null {
    return this.coderId === null ? null : { coders: [...this.coders.values()], coderId: this.coderId }
  }

  /** Who is coding now, and when: what a new coding, highlight, link, note or speaker records. */
  stamp(): CodingStamp {
    return { by: this.coderId, at: nowIso() }
  }

  private addDocument(bundle: DocumentBundle): void {
    const copy: DocumentBundle = {
      document: bundle.document,
      statements: [...bundle.statements],
      annotations: [...bundle.annotations]
    }
    this.docs.set(copy.document.id, copy)
    for (const s of copy.statements) this.indexStatement(s)
    for (const a of copy.annotations) this.indexAnnotation(a)
    this.orderCache = null
    this.positionCache = null
  }

  private removeDocument(id: string): void {
    const bundle = this.docs.get(id)
    if (!bundle) return
    for (const a of bundle.annotations) this.unindexAnnotation(a)
    for (const s of bundle.statements) this.unindexStatement(s)
    this.docs.delete(id)
    this.orderCache = null
    this.positionCache = null
  }

  private indexStatement(s: Statement): void {
    this.statements.set(s.id, s)
    for (const t of s.themeIds) {
      addTo(this.statementsByTheme, t, s.id)
      count(this.codingsByTheme, t, s.id, 1)
    }
    addTo(this.statementsBySpeaker, s.speakerId ?? 'none', s.id)
  }

  private unindexStatement(s: Statement): void {
    this.statements.delete(s.id)
    for (const t of s.themeIds) {
      removeFrom(this.statementsByTheme, t, s.id)
      count(this.codingsByTheme, t, s.id, -1)
    }
    removeFrom(this.statementsBySpeaker, s.speakerId ?? 'none', s.id)
  }

  private setStatement(before: Statement, after: Statement): void {
    const bundle = this.docs.get(after.documentId)
    const index = bundle ? indexOfStatement(bundle.statements, before) : -1
    if (!bundle || index < 0) throw new Error(`statement ${after.id} is not loaded`)
    this.unindexStatement(before)
    bundle.statements[index] = after
    this.indexStatement(after)
  }

  private indexAnnotation(a: Annotation): void {
    this.annotations.set(a.id, a)
    for (const t of a.themeIds) addTo(this.annotationsByTheme, t, a.id)
    const bundle = this.docs.get(a.documentId)
    if (bundle)
      for (const s of statementsInRange(bundle.statements, a.start, a.end)) {
        addTo(this.annotationsByStatement, s.id, a.id)
        for (const t of a.themeIds) count(this.codingsByTheme, t, s.id, 1)
      }
  }

  private unindexAnnotation(a: Annotation): void {
    this.annotations.delete(a.id)
    for (const t of a.themeIds) removeFrom(this.annotationsByTheme, t, a.id)
    const bundle = this.docs.get(a.documentId)
    if (bundle)
      for (const s of statementsInRange(bundle.statements, a.start, a.end)) {
        removeFrom(this.annotationsByStatement, s.id, a.id)
        for (const t of a.themeIds) count(this.codingsByTheme, t, s.id, -1)
      }
  }

  private setAnnotation(before: Annotation | null, after: Annotation | null): void {
    const docId = (after ?? before)?.documentId
    const bundle = docId ? this.docs.get(docId) : undefined
    if (!bundle) throw new Error(`document ${docId} is not loaded`)
    if (before) {
      this.unindexAnnotation(before)
      bundle.annotations = bundle.annotations.filter((a) => a.id !== before.id)
    }
    if (after) {
      bundle.annotations.push(after)
      bundle.annotations.sort((x, y) => x.start - y.start || x.end - y.end)
      this.indexAnnotation(after)
    }
  }

  private setLink(before: Link | null, after: Link | null): void {
    if (before) {
      this.links.delete(before.id)
      removeFrom(this.linksByStatement, before.fromId, before.id)
      removeFrom(this.linksByStatement, before.toId, before.id)
      removeFrom(this.linksByShard, linkShardOf(before.id), before.id)
    }
    if (after) {
      this.links.set(after.id, after)
      addTo(this.linksByStatement, after.fromId, after.id)
      addTo(this.linksByStatement, after.toId, after.id)
      addTo(this.linksByShard, linkShardOf(after.id), after.id)
    }
  }

  private setNote(before: Note | null, after: Note | null): void {
    if (before) {
      this.notes.delete(before.id)
      for (const s of before.statementIds) removeFrom(this.notesByStatement, s, before.id)
    }
    if (after) {
      this.notes.set(after.id, after)
      for (const s of after.statementIds) addTo(this.notesByStatement, s, after.id)
    }
  }

  /** Documents in reading order: by date, then title. */
  documentOrder(): DocumentBundle[] {
    return [...this.docs.values()].sort(
      (a, b) =>
        (a.document.publishedAt ?? '').localeCompare(b.document.publishedAt ?? '') ||
        a.document.title.localeCompare(b.document.title) ||
        a.document.id.localeCompare(b.document.id)
    )
  }

  /** Every statement id in reading order (documents by date, statements by offset). Cached until documents change. */
  statementOrder(): string[] {
    if (!this.orderCache) {
      const order: string[] = []
      for (const d of this.documentOrder()) for (const s of d.statements) order.push(s.id)
      this.orderCache = order
    }
    return this.orderCache
  }

  position(statementId: string): number {
    if (!this.positionCache) {
      this.positionCache = new Map()
      this.statementOrder().forEach((id, i) => this.positionCache!.set(id, i))
    }
    return this.positionCache.get(statementId) ?? Number.MAX_SAFE_INTEGER
  }

  /** Statement ids in reading order (see statementOrder): a numeric sort of their positions, or a pass over the order. */
  inReadingOrder(ids: ReadonlySet<string>): string[] {
    const order = this.statementOrder()
    if (ids.size > order.length / 16) return order.filter((id) => ids.has(id))
    const positions = new Int32Array(ids.size)
    let n = 0
    for (const id of ids) {
      const p = this.position(id)
      if (p < order.length) positions[n++] = p
    }
    return Array.from(positions.subarray(0, n).sort(), (p) => order[p]!)
  }

  /** Statements coded with the theme, on the statement or through a highlight touching it (and how many times). */
  codedStatements(themeId: string): ReadonlyMap<string, number> {
    return this.codingsByTheme.get(themeId) ?? EMPTY_CODINGS
  }

  /** Statements coded with the theme or any of its descendants, each once. */
  codedStatementsUnder(themeId: string): Set<string> {
    const out = new Set<string>()
    for (const t of this.themeWithDescendants(themeId))
      for (const id of this.codedStatements(t).keys()) out.add(id)
    return out
  }

  /** How a statement is coded: each theme on it (`statement`) and on each highlight touching it (`span`). */
  codingsOf(statementId: string): Coding[] {
    const st = this.statements.get(statementId)
    if (!st) return []
    const out: Coding[] = st.themeIds.map((themeId) => ({ themeId, kind: 'statement' as const }))
    for (const aid of this.annotationsByStatement.get(statementId) ?? []) {
      const a = this.annotations.get(aid)
      if (a) for (const themeId of a.themeIds) out.push({ themeId, kind: 'span', annotationId: a.id })
    }
    return out
  }

  /** The theme and all its descendants. */
  themeWithDescendants(themeId: string): Set<string> {
    const result = new Set<string>([themeId])
    let grew = true
    while (grew) {
      grew = false
      for (const t of this.themes.values())
        if (t.parentId && result.has(t.parentId) && !result.has(t.id)) {
          result.add(t.id)
          grew = true
        }
    }
    return result
  }
}
