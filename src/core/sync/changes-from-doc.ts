import type * as Y from 'yjs'
import type { z } from 'zod'
import {
  Annotation,
  Coder,
  Document,
  Link,
  Note,
  Speaker,
  Statement,
  Theme,
  WorkspaceMeta
} from '../../shared/domain'
import { SavedView } from '../../shared/api/saved-views'
import type { Change, DocumentBundle } from '../model/change'
import type { WorkspaceState } from '../model/workspace-state'
import { codingOwner } from './coding-keys'
import { DocCodings, type OrphanCoding } from './doc-codings'
import { entityValue } from './entity-value'
import { META_KEY, entityMap, sameValue, type EntityMapName } from './sync-doc'

/** Keys changed by teammates, by map, not yet applied to the workspace. */
export type DirtyKeys = Map<EntityMapName, Set<string>>

export interface RemoteChanges {
  changes: Change[]
  /** One line per entity refused (malformed, or about something this workspace cannot hold). */
  refused: string[]
  /** Teammates' codings with a theme deleted (not merged) elsewhere, left out of `changes`. */
  orphans: OrphanCoding[]
}

const SIMPLE = {
  themes: { kind: 'theme', schema: Theme },
  speakers: { kind: 'speaker', schema: Speaker },
  links: { kind: 'link', schema: Link },
  notes: { kind: 'note', schema: Note },
  views: { kind: 'view', schema: SavedView }
} as const

type SimpleMap = keyof typeof SIMPLE

const stateMapOf = (state: WorkspaceState, name: SimpleMap): Map<string, { id: string }> =>
  ({
    themes: state.themes,
    speakers: state.speakers,
    links: state.links,
    notes: state.notes,
    views: state.views
  })[name]

const issue = (err: z.ZodError): string => {
  const first = err.issues[0]
  return first ? `${first.path.join('.') || 'value'}: ${first.message}` : 'invalid'
}

/**
 * The changes that bring the workspace to what the Y.Doc holds for the dirty keys, each entity checked against
 * its domain schema first. What fails is refused (listed), never applied; the rest still is. A changed coding,
 * or a theme deleted, merged or brought back, makes the statements and highlights coded with it dirty.
 */
export function changesFromDoc(doc: Y.Doc, dirty: DirtyKeys, state: WorkspaceState): RemoteChanges {
  const out: RemoteChanges = { changes: [], refused: [], orphans: [] }
  const refuse = (what: string, why: string) => out.refused.push(`${what}: ${why}`)
  // A theme this batch removes from the workspace does not hold its codings.
  const codings = new DocCodings(doc, (id) => state.themes.has(id) && !dirty.get('themes')?.has(id))

  function parse<S extends z.ZodType>(schema: S, map: EntityMapName, key: string): z.infer<S> | null {
    let raw: unknown
    try {
      raw = entityValue(doc, map, key, state, codings)
    } catch (err) {
      refuse(`${map}/${key}`, (err as Error).message)
      return null
    }
    const parsed = schema.safeParse(raw)
    if (!parsed.success) {
      refuse(`${map}/${key}`, issue(parsed.error))
      return null
    }
    const value = parsed.data as { id?: string }
    if (map !== 'meta' && value.id !== key) {
      refuse(`${map}/${key}`, `its id is "${String(value.id)}"`)
      return null
    }
    return parsed.data as z.infer<S>
  }
  const keys = (name: EntityMapName) => dirty.get(name) ?? new Set<string>()

  if (keys('meta').has(META_KEY) && entityMap(doc, 'meta').has(META_KEY)) {
    const meta = parse(WorkspaceMeta, 'meta', META_KEY)
    if (meta && state.meta && meta.id !== state.meta.id)
      refuse('meta', `it is workspace ${meta.id}, not ${state.meta.id}`)
    else if (meta && state.meta && !sameValue(meta, state.meta))
      out.changes.push({ kind: 'meta', before: state.meta, after: meta })
  }

  // Teammates who joined or renamed themselves; who codes here stays as it is, and nobody is removed.
  const roster = state.coderRoster()
  if (roster && keys('coders').size > 0) {
    const coders = new Map(roster.coders.map((c) => [c.id, c]))
    for (const key of keys('coders')) {
      if (!entityMap(doc, 'coders').has(key)) continue
      const coder = parse(Coder, 'coders', key)
      if (coder && !sameValue(coders.get(key), coder)) coders.set(key, coder)
    }
    const after = { coders: [...coders.values()], coderId: roster.coderId }
    if (!sameValue(roster.coders, after.coders)) out.changes.push({ kind: 'coders', before: roster, after })
  }

  for (const name of Object.keys(SIMPLE) as SimpleMap[]) {
    const { kind, schema } = SIMPLE[name]
    const current = stateMapOf(state, name)
    for (const key of keys(name)) {
      const before = current.get(key) ?? null
      if (!entityMap(doc, name).has(key)) {
        if (before) out.changes.push({ kind, before, after: null } as Change)
        continue
      }
      const after = parse(schema, name, key)
      if (after && !sameValue(before, after)) out.changes.push({ kind, before, after } as Change)
    }
  }

  /** The keys of a map's entities by their documentId, read once (a clone brings every document at once). */
  const byDocument = new Map<'statements' | 'annotations', Map<unknown, string[]>>()
  const keysOf = (name: 'statements' | 'annotations', documentId: string): string[] => {
    let index = byDocument.get(name)
    if (!index) {
      byDocument.set(name, (index = new Map()))
      for (const [key, raw] of entityMap(doc, name).entries()) {
        const owner = (raw as { documentId?: unknown } | null)?.documentId
        const keys = index.get(owner)
        if (keys) keys.push(key)
        else index.set(owner, [key])
      }
    }
    return index.get(documentId) ?? []
  }

  /** A document new here, with its statements and highlights as the Y.Doc holds them; null when one is bad. */
  function newBundle(document: Document): DocumentBundle | null {
    const statements: Statement[] = []
    for (const key of keysOf('statements', document.id)) {
      const s = parse(Statement, 'statements', key)
      if (!s) {
        refuse(`documents/${document.id}`, `its statement ${key} is refused`)
        return null
      }
      statements.push(s)
    }
    const annotations: Annotation[] = []
    for (const key of keysOf('annotations', document.id)) {
      const a = parse(Annotation, 'annotations', key)
      if (a) annotations.push(a)
    }
    statements.sort((x, y) => x.start - y.start || x.end - y.end)
    annotations.sort((x, y) => x.start - y.start || x.end - y.end)
    return { document, statements, annotations }
  }

  const statementKeys = new Set(keys('statements'))
  const annotationKeys = new Set(keys('annotations'))
  const ownerKeys = { statements: statementKeys, annotations: annotationKeys }
  for (const key of keys('codings')) {
    const ref = codingOwner(key)
    if (!ref) codings.refuse(key, 'not a coding key')
    else (ref.ownerKind === 'statement' ? statementKeys : annotationKeys).add(ref.ownerId)
  }
  for (const themeId of new Set([...keys('themes'), ...keys('themeMerges')]))
    for (const owner of codings.codedWith(themeId)) ownerKeys[owner.name].add(owner.id)
  const added = new Set<string>()
  const removed = new Set<string>()
  for (const key of keys('documents')) {
    const bundle = state.docs.get(key)
    if (!entityMap(doc, 'documents').has(key)) {
      if (bundle) out.changes.push({ kind: 'document', before: bundle, after: null })
      removed.add(key)
      continue
    }
    const document = parse(Document, 'documents', key)
    if (!document) continue
    if (bundle) {
      if (!sameValue(bundle.document, document))
        out.changes.push({
          kind: 'document',
          before: bundle,
          after: { document, statements: [...bundle.statements], annotations: [...bundle.annotations] }
        })
      continue
    }
    const after = newBundle(document)
    if (!after) continue
    for (const s of after.statements) statementKeys.delete(s.id)
    for (const a of after.annotations) annotationKeys.delete(a.id)
    added.add(key)
    out.changes.push({ kind: 'document', before: null, after })
  }

  for (const key of statementKeys) {
    // A statement goes only with its document, so one missing from the Y.Doc is not a deletion.
    if (!entityMap(doc, 'statements').has(key)) continue
    const after = parse(Statement, 'statements', key)
    if (!after || removed.has(after.documentId)) continue
    const before = state.statements.get(key)
    if (!before) {
      if (!added.has(after.documentId)) refuse(`statements/${key}`, 'no such statement here')
      continue
    }
    if (before.documentId !== after.documentId || before.start !== after.start || before.end !== after.end)
      refuse(`statements/${key}`, 'a statement cannot move')
    else if (!sameValue(before, after)) out.changes.push({ kind: 'statement', before, after })
  }

  for (const key of annotationKeys) {
    const before = state.annotations.get(key) ?? null
    if (!entityMap(doc, 'annotations').has(key)) {
      if (before && !removed.has(before.documentId))
        out.changes.push({ kind: 'annotation', before, after: null })
      continue
    }
    const after = parse(Annotation, 'annotations', key)
    if (!after || removed.has(after.documentId)) continue
    if (!state.docs.has(after.documentId)) {
      if (!added.has(after.documentId)) refuse(`annotations/${key}`, `no document ${after.documentId} here`)
      continue
    }
    if (before && before.documentId !== after.documentId)
      refuse(`annotations/${key}`, 'a highlight cannot move to another document')
    else if (!sameValue(before, after)) out.changes.push({ kind: 'annotation', before, after })
  }
  out.refused.push(...codings.refused)
  out.orphans.push(...codings.orphans)
  return out
}
