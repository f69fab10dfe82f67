import type * as Y from 'yjs'
import {
  collectRefs,
  richTextToPlain,
  type Annotation,
  type Note,
  type RichDoc,
  type Statement
} from '../../shared/domain'
import type { WorkspaceState } from '../model/workspace-state'
import { CODED_MAPS, DocCodings, codedValue, isCodedMap, writeCodings } from './doc-codings'
import { bodyMap, normalisedBody, readBody, writeBody, type BodyOwner } from './rich-bodies'
import { entityMap, sameValue, setEntity, type EntityMapName } from './sync-doc'

const ownsBody = (name: EntityMapName): name is BodyOwner => name === 'notes' || name === 'annotations'

/**
 * Puts an entity in its map. A note's content (a highlight's note) goes in its body fragment, and the value holds
 * the rest without what derives from it; a Y.Doc from before bodies, or content the editor schema cannot hold,
 * has it whole in the value. A statement's or highlight's themes go in `codings` (those `before` had and it has
 * not are removed there).
 */
export function putEntity(
  doc: Y.Doc,
  name: EntityMapName,
  entity: { id: string },
  before?: { id: string } | null
): void {
  const map = entityMap(doc, name)
  if (name === 'notes') {
    const { content, plain: _plain, statementIds: _s, themeIds: _t, ...rest } = entity as Note
    setEntity(map, entity.id, writeBody(doc, 'notes', entity.id, content) ? rest : entity)
  } else if (name === 'annotations') {
    const a = entity as Annotation
    const { note, notePlain: _plain, ...rest } = a
    setEntity(map, a.id, codedValue(writeBody(doc, 'annotations', a.id, note) ? rest : a))
    writeCodings(doc, 'annotation', before as Annotation | null, a)
  } else if (name === 'statements') {
    setEntity(map, entity.id, codedValue(entity as Statement))
    writeCodings(doc, 'statement', before as Statement | null, entity as Statement)
  } else setEntity(map, entity.id, entity)
}

/** Removes an entity, its body, and the codings `before` (what it was) had. */
export function dropEntity(
  doc: Y.Doc,
  name: EntityMapName,
  id: string,
  before?: { id: string } | null
): void {
  entityMap(doc, name).delete(id)
  if (ownsBody(name) && bodyMap(doc, name).has(id)) bodyMap(doc, name).delete(id)
  if (isCodedMap(name) && before) writeCodings(doc, CODED_MAPS[name], before as Statement | Annotation, null)
}

/** `current` when it is the same rich text as `body` (so a remote change in another field keeps its JSON). */
const sameBody = (current: RichDoc | null | undefined, body: RichDoc): RichDoc =>
  current && sameValue(normalisedBody(current), body) ? current : body

/**
 * The value of `key` in its map as the domain schema reads it: a note's content (a highlight's note) from its
 * body, with what derives from it; a statement's or highlight's themes from its codings (read by `codings`).
 * Throws with a one-line reason when the body is refused or missing.
 */
export function entityValue(
  doc: Y.Doc,
  name: EntityMapName,
  key: string,
  state: WorkspaceState,
  codings: DocCodings = new DocCodings(doc, (id) => state.themes.has(id))
): unknown {
  const stored = entityMap(doc, name).get(key)
  if (stored === null || typeof stored !== 'object') return stored
  const raw = isCodedMap(name) ? codings.withCodings(CODED_MAPS[name], key, stored) : stored
  if (!ownsBody(name)) return raw
  const body = readBody(doc, name, key)
  if (name === 'notes') {
    if (body === undefined) {
      if ('content' in raw) return raw
      throw new Error('its body is missing')
    }
    const content = sameBody(state.notes.get(key)?.content, body)
    return { ...raw, content, plain: richTextToPlain(content), ...collectRefs(content) }
  }
  if (body === undefined) return 'note' in raw ? raw : { ...raw, note: null, notePlain: '' }
  const note = sameBody(state.annotations.get(key)?.note, body)
  return { ...raw, note, notePlain: richTextToPlain(note) }
}
