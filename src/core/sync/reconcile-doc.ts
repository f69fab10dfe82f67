import type * as Y from 'yjs'
import type { Annotation, Statement } from '../../shared/domain'
import type { WorkspaceState } from '../model/workspace-state'
import { dropEntity, putEntity } from './entity-value'
import { parseCodingKey, storedCodings } from './coding-keys'
import { markRecorded, ownerKeys } from './doc-codings'
import { recordRemovedThemes } from './orphan-codings'
import { bodyMap } from './rich-bodies'
import { META_KEY, entityMap, setEntity, type EntityMapName } from './sync-doc'

/** Makes `map` hold exactly `entities` by id. */
function mirror(map: Y.Map<unknown>, entities: Iterable<{ id: string }>): void {
  const ids = new Set<string>()
  for (const e of entities) {
    ids.add(e.id)
    setEntity(map, e.id, e)
  }
  for (const key of [...map.keys()]) if (!ids.has(key)) map.delete(key)
}

/** Makes map `name` hold exactly `entities` by id, with their bodies (a highlight's, a note's) or codings. */
function mirrorWithParts(
  doc: Y.Doc,
  name: 'notes' | 'annotations' | 'statements',
  entities: Iterable<{ id: string }>
): void {
  const ids = new Set<string>()
  for (const e of entities) {
    ids.add(e.id)
    putEntity(doc, name, e)
  }
  for (const key of [...entityMap(doc, name).keys()]) if (!ids.has(key)) dropEntity(doc, name, key)
  if (name !== 'statements')
    for (const key of [...bodyMap(doc, name).keys()]) if (!ids.has(key)) bodyMap(doc, name).delete(key)
}

/**
 * Removes the codings the workspace does not have, but for those with a theme it does not have either: a
 * teammate's coding with a theme deleted here stays listed, and comes back if the theme does. The codings of a
 * theme removed here while sync was off (`removedHere`) were this side's, and went with it.
 */
function dropStrayCodings(doc: Y.Doc, state: WorkspaceState, removedHere: ReadonlySet<string>): void {
  const held = new Set<string>()
  const hold = (kind: 'statement' | 'annotation', e: Statement | Annotation) => {
    for (const key of storedCodings(kind, e.id, e).keys()) held.add(key)
    for (const key of ownerKeys(doc, kind, e)) held.add(key)
  }
  for (const st of state.statements.values()) hold('statement', st)
  for (const a of state.annotations.values()) hold('annotation', a)
  const map = entityMap(doc, 'codings')
  for (const key of [...map.keys()]) {
    if (held.has(key)) continue
    const ref = parseCodingKey(key)
    const owner =
      ref && (ref.ownerKind === 'statement' ? state.statements : state.annotations).has(ref.ownerId)
    if (!ref || !owner || state.themes.has(ref.themeId) || removedHere.has(ref.themeId)) map.delete(key)
  }
}

/**
 * Brings the Y.Doc (as last saved beside the workspace) up to the workspace, which is the source of truth: edits
 * made while sync was not running (the app, the CLI) become Y updates, sent on the next connection.
 */
export function reconcileDoc(doc: Y.Doc, state: WorkspaceState, origin: unknown): void {
  const m = (name: EntityMapName) => entityMap(doc, name)
  doc.transact(() => {
    if (state.meta) setEntity(m('meta'), META_KEY, state.meta)
    mirror(m('themes'), state.themes.values())
    mirror(m('speakers'), state.speakers.values())
    mirror(m('links'), state.links.values())
    mirrorWithParts(doc, 'notes', state.notes.values())
    mirror(m('views'), state.views.values())
    for (const c of state.coders.values()) setEntity(m('coders'), c.id, c)
    const bundles = [...state.docs.values()]
    for (const b of bundles) markRecorded(doc, b)
    mirror(
      m('documents'),
      bundles.map((b) => b.document)
    )
    mirrorWithParts(
      doc,
      'statements',
      bundles.flatMap((b) => b.statements)
    )
    mirrorWithParts(
      doc,
      'annotations',
      bundles.flatMap((b) => b.annotations)
    )
    dropStrayCodings(doc, state, recordRemovedThemes(doc, state))
  }, origin)
}
