import * as Y from 'yjs'

/**
 * The Y.Doc of a workspace: one Y.Map per kind of entity, each entity a JSON value under its id. Statements and
 * annotations carry their documentId; a document's value is the whole Document (its text included: it never
 * changes after import, so it travels once, and a teammate starting from an empty workspace gets every source).
 */
export const ENTITY_MAPS = [
  'meta',
  'themes',
  'speakers',
  'documents',
  'statements',
  'annotations',
  'links',
  'notes',
  'views'
] as const
export type EntityMapName = (typeof ENTITY_MAPS)[number]

/** The one key of the `meta` map. */
export const META_KEY = 'meta'

export const entityMap = (doc: Y.Doc, name: EntityMapName): Y.Map<unknown> => doc.getMap(name)

/** Same JSON value (Y keeps the key order of what was set, and so does the state). */
export const sameValue = (a: unknown, b: unknown): boolean =>
  a === b || (a !== undefined && b !== undefined && JSON.stringify(a) === JSON.stringify(b))

/** Sets `key` only when the value differs, so a no-op edit sends nothing. */
export function setEntity(map: Y.Map<unknown>, key: string, value: unknown): void {
  if (!sameValue(map.get(key), value)) map.set(key, value)
}
