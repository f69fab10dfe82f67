import { isDeepStrictEqual } from 'node:util'
import type { Annotation, Statement, ThemeCoding } from '../../shared/domain'
import type { Change, DocumentBundle } from './change'
import type { WorkspaceState } from './workspace-state'

type Kind = Change['kind']
type Entity = NonNullable<Change['after']>

/** Fields that change together: reverting one of them reverts the group (what derives from it comes along). */
const GROUPS: Partial<Record<Kind, readonly (readonly string[])[]>> = {
  statement: [['speakerId', 'attribution']],
  annotation: [['note', 'notePlain']],
  note: [['content', 'plain', 'statementIds', 'themeIds']]
}
/** Statements and highlights: their themes are a set of codings, merged one coding at a time. */
const CODED: ReadonlySet<Kind> = new Set(['statement', 'annotation'])
const CODING_FIELDS = ['themeIds', 'codedBy']

export interface Rebased {
  changes: Change[]
  /** Entities the step changed that a teammate has changed or deleted since, kept as the teammate left them. */
  kept: number
}

/**
 * The changes that take the edits of one history step back (`undo`) or forward again (`redo`) on the workspace
 * as it is now, not as the step left it: what a teammate changed since is kept. Field by field, a value is set
 * back only where it is still what the step made it; a statement's or highlight's themes are merged coding by
 * coding. When nobody else changed anything, this is exactly the step's inverse (or the step).
 */
export function rebaseChanges(
  step: readonly Change[],
  direction: 'undo' | 'redo',
  state: WorkspaceState
): Rebased {
  const net = netChanges(step, direction)
  const overlay = new Map<string, Entity | null>()
  const current = (kind: Kind, id: string): Entity | null => {
    const key = `${kind}:${id}`
    return overlay.has(key) ? overlay.get(key)! : lookup(state, kind, id)
  }
  const exists: Exists = (kind, id) => current(kind, id) !== null
  const out: Rebased = { changes: [], kept: 0 }
  for (const { kind, id, from, to, mergedInto } of net) {
    const cur = current(kind, id)
    const target = rebaseEntity(kind, from, to, cur, exists)
    if (!same(target, to)) out.kept++
    if (same(target, cur)) continue
    overlay.set(`${kind}:${id}`, target)
    if (kind === 'document') {
      // What a document brings or takes with it is there or gone for the changes after it.
      for (const b of [cur, target] as (DocumentBundle | null)[]) {
        for (const st of b?.statements ?? []) overlay.set(`statement:${st.id}`, b === target ? st : null)
        for (const a of b?.annotations ?? []) overlay.set(`annotation:${a.id}`, b === target ? a : null)
      }
    }
    out.changes.push({
      kind,
      before: cur,
      after: target,
      ...(!target && mergedInto && { mergedInto })
    } as Change)
  }
  return out
}

interface Net {
  kind: Kind
  id: string
  from: Entity | null
  to: Entity | null
  /** A theme a redone merge removes: the theme it went into. */
  mergedInto?: string
}

const idOf = (c: Change): string => {
  if (c.kind === 'meta' || c.kind === 'coders') return c.kind
  if (c.kind === 'document') return (c.after ?? c.before)!.document.id
  return (c.after ?? c.before)!.id
}

/** One change per entity, from where the step leaves it to where it goes, in the order to apply them. */
function netChanges(step: readonly Change[], direction: 'undo' | 'redo'): Net[] {
  const ordered = direction === 'undo' ? [...step].reverse() : step
  const byKey = new Map<string, Net>()
  for (const c of ordered) {
    const key = `${c.kind}:${idOf(c)}`
    const [from, to] = direction === 'undo' ? [c.after, c.before] : [c.before, c.after]
    const mergedInto = direction === 'redo' && c.kind === 'theme' ? c.mergedInto : undefined
    const seen = byKey.get(key)
    if (seen) Object.assign(seen, { to, mergedInto })
    else byKey.set(key, { kind: c.kind, id: idOf(c), from, to, mergedInto })
  }
  return [...byKey.values()]
}

function lookup(state: WorkspaceState, kind: Kind, id: string): Entity | null {
  switch (kind) {
    case 'meta':
      return state.meta
    case 'coders':
      return state.coderRoster()
    case 'theme':
      return state.themes.get(id) ?? null
    case 'speaker':
      return state.speakers.get(id) ?? null
    case 'statement':
      return state.statements.get(id) ?? null
    case 'annotation':
      return state.annotations.get(id) ?? null
    case 'link':
      return state.links.get(id) ?? null
    case 'note':
      return state.notes.get(id) ?? null
    case 'view':
      return state.views.get(id) ?? null
    case 'document':
      return state.docs.get(id) ?? null
  }
}

const same = (a: unknown, b: unknown): boolean => a === b || isDeepStrictEqual(a, b)

type Exists = (kind: 'theme' | 'speaker' | 'document' | 'statement', id: string) => boolean

function rebaseEntity(
  kind: Kind,
  from: Entity | null,
  to: Entity | null,
  cur: Entity | null,
  exists: Exists
) {
  if (to === null) return from === null ? cur : null
  if (from === null) return cur ?? valid(kind, to, exists)
  if (cur === null) return null
  if (kind === 'document')
    return rebaseBundle(from as DocumentBundle, to as DocumentBundle, cur as DocumentBundle, exists)
  return valid(kind, merge(kind, from, to, cur), exists)
}

/** `to` made from `cur`: each field (or group, or coding) the step changes set where `cur` still has `from`'s. */
function merge<T extends object>(kind: Kind, from: T, to: T, cur: T): T {
  if (same(cur, from)) return to
  const f = from as Record<string, unknown>
  const t = to as Record<string, unknown>
  const out: Record<string, unknown> = { ...(cur as Record<string, unknown>) }
  const groups = [...(GROUPS[kind] ?? [])]
  const grouped = new Set(groups.flat())
  if (CODED.has(kind)) for (const field of CODING_FIELDS) grouped.add(field)
  for (const field of new Set([...Object.keys(f), ...Object.keys(t)]))
    if (!grouped.has(field)) groups.push([field])
  for (const group of groups) {
    const changed = group.some((k) => !same(f[k], t[k]))
    const untouched = group.every((k) => same(out[k], f[k]))
    if (!changed || !untouched) continue
    for (const k of group) {
      if (t[k] === undefined) delete out[k]
      else out[k] = t[k]
    }
  }
  if (CODED.has(kind)) {
    const codings = mergeCodings(from as Coded, to as Coded, cur as Coded)
    delete out.codedBy
    Object.assign(out, codings)
  }
  return out as T
}

type Coded = Pick<Statement, 'themeIds' | 'codedBy'>

const codingKey = (c: ThemeCoding) => `${c.themeId}\n${c.createdBy}`

/** The step's codings added and removed, applied to `cur`'s (a theme stays while any coder's coding holds it). */
function mergeCodings(from: Coded, to: Coded, cur: Coded): Coded {
  if (same(from.themeIds, to.themeIds) && same(from.codedBy, to.codedBy))
    return { themeIds: cur.themeIds, ...(cur.codedBy && { codedBy: cur.codedBy }) }
  if (same(cur.themeIds, from.themeIds) && same(cur.codedBy, from.codedBy))
    return { themeIds: to.themeIds, ...(to.codedBy && { codedBy: to.codedBy }) }
  const fromKeys = new Set((from.codedBy ?? []).map(codingKey))
  const toKeys = new Set((to.codedBy ?? []).map(codingKey))
  const removed = new Set([...fromKeys].filter((k) => !toKeys.has(k)))
  const added = (to.codedBy ?? []).filter((c) => !fromKeys.has(codingKey(c)))
  const codedBy = (cur.codedBy ?? []).filter((c) => !removed.has(codingKey(c)))
  const has = new Set(codedBy.map(codingKey))
  for (const c of added) if (!has.has(codingKey(c))) codedBy.push(c)
  const credited = new Set(codedBy.map((c) => c.themeId))
  const dropped = from.themeIds.filter((t) => !to.themeIds.includes(t))
  const themeIds = cur.themeIds.filter((t) => credited.has(t) || !dropped.includes(t))
  for (const t of to.themeIds) if (!from.themeIds.includes(t) && !themeIds.includes(t)) themeIds.push(t)
  for (const t of credited) if (!themeIds.includes(t)) themeIds.push(t)
  return { themeIds, ...(codedBy.length > 0 || cur.codedBy ? { codedBy } : {}) }
}

/** What the entity may still point at: a theme, speaker, document or statement gone since is left out. */
function valid(kind: Kind, e: Entity, exists: Exists): Entity | null {
  if (CODED.has(kind)) {
    const c = e as Statement | Annotation
    if (kind === 'annotation' && !exists('document', c.documentId)) return null
    const live = c.themeIds.filter((t) => exists('theme', t))
    if (live.length !== c.themeIds.length)
      e = {
        ...c,
        themeIds: live,
        ...(c.codedBy && { codedBy: c.codedBy.filter((x) => live.includes(x.themeId)) })
      } as Entity
  }
  if (kind === 'statement') {
    const s = e as Statement
    if (s.speakerId && !exists('speaker', s.speakerId))
      return { ...s, speakerId: null, attribution: { method: 'none' } }
  }
  if (kind === 'link') {
    const l = e as { fromId: string; toId: string }
    if (!exists('statement', l.fromId) || !exists('statement', l.toId)) return null
  }
  if (kind === 'theme') {
    const t = e as { parentId: string | null }
    if (t.parentId && !exists('theme', t.parentId)) return { ...e, parentId: null } as Entity
  }
  return e
}

/** A document's edit on its current bundle: its details field by field, each statement and highlight merged. */
function rebaseBundle(from: DocumentBundle, to: DocumentBundle, cur: DocumentBundle, exists: Exists) {
  if (same(cur, from)) return to
  const document = merge('document', from.document, to.document, cur.document)
  const fromS = new Map(from.statements.map((s) => [s.id, s]))
  const toS = new Map(to.statements.map((s) => [s.id, s]))
  const statements = cur.statements.map((s) => {
    const f = fromS.get(s.id)
    const t = toS.get(s.id)
    return f && t ? ((valid('statement', merge('statement', f, t, s), exists) as Statement | null) ?? s) : s
  })
  const fromA = new Map(from.annotations.map((a) => [a.id, a]))
  const toA = new Map(to.annotations.map((a) => [a.id, a]))
  const curA = new Map(cur.annotations.map((a) => [a.id, a]))
  const annotations: Annotation[] = []
  for (const id of new Set([...curA.keys(), ...toA.keys()])) {
    const a = rebaseEntity(
      'annotation',
      fromA.get(id) ?? null,
      toA.get(id) ?? null,
      curA.get(id) ?? null,
      (k, x) => (k === 'document' && x === cur.document.id ? true : exists(k, x))
    )
    if (a) annotations.push(a as Annotation)
  }
  annotations.sort((x, y) => x.start - y.start || x.end - y.end)
  return { document, statements, annotations }
}
