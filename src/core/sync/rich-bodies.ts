import { getSchema } from '@tiptap/core'
import type { Node as PMNode, Schema } from '@tiptap/pm/model'
import { updateYFragment, yXmlFragmentToProsemirrorJSON } from '@tiptap/y-tiptap'
import * as Y from 'yjs'
import { noteExtensions } from '../../editor/note-extensions'
import { RichDoc } from '../../shared/domain'

/**
 * Rich-text bodies co-edited character by character: one Y.XmlFragment per note (by note id) and per annotation
 * note (by highlight id), in a Y.Map beside the entity maps. A body is written only from content the note
 * editor's schema holds, and read back only when it still fits that schema.
 */
export const BODY_MAPS = { notes: 'noteBodies', annotations: 'annotationNotes' } as const
export type BodyOwner = keyof typeof BODY_MAPS
export const BODY_OWNERS = Object.keys(BODY_MAPS) as BodyOwner[]

export const bodyMap = (doc: Y.Doc, owner: BodyOwner): Y.Map<unknown> => doc.getMap(BODY_MAPS[owner])

let noteSchema: Schema | null = null
const schema = (): Schema => (noteSchema ??= getSchema(noteExtensions()))

function schemaNode(content: RichDoc): PMNode | null {
  try {
    const node = schema().nodeFromJSON(content)
    node.check()
    return node
  } catch {
    return null
  }
}

/** `content` as the editor schema holds it (its JSON normalised), or null when the schema cannot hold it. */
export const normalisedBody = (content: RichDoc): RichDoc | null =>
  (schemaNode(content)?.toJSON() as RichDoc | undefined) ?? null

/**
 * Makes the body of `id` hold `content` by a structural diff against what it holds (only what changed becomes
 * Y operations, so a teammate's concurrent edits elsewhere in it survive); null removes it. Returns false, and
 * removes the body, when the editor schema cannot hold `content` (the entity then carries it whole).
 */
export function writeBody(doc: Y.Doc, owner: BodyOwner, id: string, content: RichDoc | null): boolean {
  const map = bodyMap(doc, owner)
  const node = content && schemaNode(content)
  if (!node) {
    if (map.has(id)) map.delete(id)
    return content === null
  }
  let fragment = map.get(id)
  if (!isBody(fragment)) {
    map.set(id, new Y.XmlFragment())
    fragment = map.get(id)
  }
  diffInto(doc, fragment as Y.XmlFragment, node)
  return true
}

export const isBody = (value: unknown): value is Y.XmlFragment =>
  value instanceof Y.XmlFragment && !(value instanceof Y.XmlElement)

const diffInto = (doc: Y.Doc, fragment: Y.XmlFragment, node: PMNode): void =>
  updateYFragment(doc, fragment, node, { mapping: new Map(), isOMark: new Map() })

/** Makes `fragment` (of `doc`) hold `content` by a structural diff; false when the editor schema cannot hold it. */
export function updateFragment(doc: Y.Doc, fragment: Y.XmlFragment, content: RichDoc): boolean {
  const node = schemaNode(content)
  if (node) doc.transact(() => diffInto(doc, fragment, node))
  return node !== null
}

/**
 * The body of `id` as rich text (normalised by the editor schema), undefined when there is none; throws with a
 * one-line reason when it is not a body this workspace can hold (unknown node, too large or deep).
 */
export function readBody(doc: Y.Doc, owner: BodyOwner, id: string): RichDoc | undefined {
  const fragment = bodyMap(doc, owner).get(id)
  return fragment === undefined ? undefined : fragmentContent(fragment)
}

/** What a fragment holds as rich text, checked as readBody checks it. */
export function fragmentContent(fragment: unknown): RichDoc {
  if (!isBody(fragment)) throw new Error('its body is not rich text')
  let json: unknown
  try {
    json = yXmlFragmentToProsemirrorJSON(fragment)
  } catch {
    throw new Error('its body cannot be read (nested too deep)')
  }
  const parsed = RichDoc.safeParse(json)
  if (!parsed.success) {
    const first = parsed.error.issues[0]
    throw new Error(`its body is refused: ${first ? `${first.path.join('.')} ${first.message}` : 'invalid'}`)
  }
  try {
    const node = schema().nodeFromJSON(parsed.data)
    node.check()
    return node.toJSON() as RichDoc
  } catch (err) {
    throw new Error(`its body does not fit a note: ${(err as Error).message.split('\n')[0]}`)
  }
}

/** Calls `onChange` with the ids whose body changed in each transaction, and the transaction's origin. */
export function observeBodies(
  doc: Y.Doc,
  onChange: (owner: BodyOwner, ids: Set<string>, origin: unknown, tx: Y.Transaction) => void
): void {
  for (const owner of BODY_OWNERS) {
    const map = bodyMap(doc, owner)
    map.observeDeep((events, tx) => {
      const ids = new Set<string>()
      for (const e of events) {
        if (e.target === map) for (const key of (e as Y.YMapEvent<unknown>).keysChanged) ids.add(key)
        else if (typeof e.path[0] === 'string') ids.add(e.path[0])
      }
      if (ids.size > 0) onChange(owner, ids, tx.origin, tx)
    })
  }
}
