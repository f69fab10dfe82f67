import type * as Y from 'yjs'
import type { WorkspaceState } from '../model/workspace-state'
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
    mirror(m('notes'), state.notes.values())
    mirror(m('views'), state.views.values())
    const bundles = [...state.docs.values()]
    mirror(
      m('documents'),
      bundles.map((b) => b.document)
    )
    mirror(
      m('statements'),
      bundles.flatMap((b) => b.statements)
    )
    mirror(
      m('annotations'),
      bundles.flatMap((b) => b.annotations)
    )
  }, origin)
}
