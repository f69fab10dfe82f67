import type * as Y from 'yjs'
import { ownerPrefix, parseCodingKey } from './coding-keys'
import { entityMap } from './sync-doc'

/** The keys of a Y.Doc's `codings` map by owner (its prefix), and the owners coded with each theme. */
export interface CodingIndex {
  byOwner: Map<string, Set<string>>
  /** themeId → owner prefix → how many of its keys name the theme. */
  byTheme: Map<string, Map<string, number>>
}

const indexes = new WeakMap<Y.Doc, CodingIndex>()

function add(index: CodingIndex, key: string): void {
  const ref = parseCodingKey(key)
  if (!ref) return
  const owner = ownerPrefix(ref.ownerKind, ref.ownerId)
  let keys = index.byOwner.get(owner)
  if (!keys) index.byOwner.set(owner, (keys = new Set()))
  if (keys.has(key)) return
  keys.add(key)
  let owners = index.byTheme.get(ref.themeId)
  if (!owners) index.byTheme.set(ref.themeId, (owners = new Map()))
  owners.set(owner, (owners.get(owner) ?? 0) + 1)
}

function drop(index: CodingIndex, key: string): void {
  const ref = parseCodingKey(key)
  if (!ref) return
  const owner = ownerPrefix(ref.ownerKind, ref.ownerId)
  const keys = index.byOwner.get(owner)
  if (!keys?.delete(key)) return
  if (keys.size === 0) index.byOwner.delete(owner)
  const owners = index.byTheme.get(ref.themeId)!
  const n = owners.get(owner)! - 1
  if (n > 0) owners.set(owner, n)
  else owners.delete(owner)
  if (owners.size === 0) index.byTheme.delete(ref.themeId)
}

/**
 * The index of `doc`'s codings: built by one pass over the map on first use, then kept up to date by every
 * transaction (so a batch of remote changes reads only the owners it touches).
 */
export function codingIndex(doc: Y.Doc): CodingIndex {
  const known = indexes.get(doc)
  if (known) return known
  const index: CodingIndex = { byOwner: new Map(), byTheme: new Map() }
  const map = entityMap(doc, 'codings')
  for (const key of map.keys()) add(index, key)
  map.observe((event) => {
    for (const [key, change] of event.changes.keys)
      if (change.action === 'add') add(index, key)
      else if (change.action === 'delete') drop(index, key)
  })
  indexes.set(doc, index)
  return index
}
