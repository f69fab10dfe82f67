import * as Y from 'yjs'

/**
 * The Y.Doc of a workspace: one Y.Map per kind of entity, each entity a JSON value under its id. Statements and
 * annotations carry their documentId; a document's value is the whole Document (its text included: it never
 * changes after import, so it travels once, and a teammate starting from an empty workspace gets every source).
 * A note's content and a highlight's note are not in their value but in a Y.XmlFragment each (rich-bodies.ts);
 * a statement's and a highlight's themes are not either, but one key per theme and coder in `codings`
 * (coding-keys.ts). `themeMerges` records which theme each merged-away theme went into (theme-merges.ts).
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
  'views',
  'coders',
  'codings',
  'themeMerges'
] as const
export type EntityMapName = (typeof ENTITY_MAPS)[number]

/** Who deleted a theme (not merged), and what it was, so that its teammates' codings can name it and bring it back. */
export const THEME_REMOVALS = 'themeRemovals'

/** The one key of the `meta` map. */
export const META_KEY = 'meta'

export const entityMap = (doc: Y.Doc, name: EntityMapName): Y.Map<unknown> => doc.getMap(name)

/**
 * Same JSON value: equal primitives, arrays item by item, objects key by key whatever their order (a key holding
 * undefined is absent, as in JSON). Compared in place: a clone compares every entity, and stringifying each
 * twice made that a large part of its time.
 */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false
    for (let i = 0; i < a.length; i++) if (!sameValue(a[i], b[i])) return false
    return true
  }
  if (Array.isArray(b)) return false
  const x = a as Record<string, unknown>
  const y = b as Record<string, unknown>
  let keys = 0
  for (const k in x) {
    if (x[k] === undefined) continue
    keys++
    if (!Object.hasOwn(y, k) || !sameValue(x[k], y[k])) return false
  }
  for (const k in y) if (y[k] !== undefined) keys--
  return keys === 0
}

/**
 * Sets `key` only when the value differs, so a no-op edit sends nothing. When it is the same, the Y.Doc holds
 * `value` from then on instead of its own copy (see shareValue).
 */
export function setEntity(map: Y.Map<unknown>, key: string, value: unknown): void {
  if (!sameValue(map.get(key), value)) map.set(key, value)
  else shareValue(map, key, value)
}

/**
 * Makes the Y.Doc hold `value`, the same JSON value as the one under `key`, in its place. A Y.Doc decoded from
 * disk or from the server has its own copy of every value, strings included, each in an array Yjs grew for 17
 * values; holding the workspace's value instead (which a local edit puts there too) keeps one copy of the data.
 * Nothing changes in the document: no update, no event, the same JSON value.
 */
export function shareValue(map: Y.Map<unknown>, key: string, value: unknown): void {
  const item = map._map.get(key)
  if (!item || item.deleted || !(item.content instanceof Y.ContentAny)) return
  if (item.content.arr.length === 1) item.content = new Y.ContentAny([value])
}
