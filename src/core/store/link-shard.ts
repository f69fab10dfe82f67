/**
 * Links are kept in 256 files, `links/<xx>.json`, chosen by a hash of the link's id, so that saving one link
 * rewrites a few dozen of them instead of every link of the workspace. (`links.json` still holds links saved
 * before the links were sharded; they stay there.)
 */
export const LINK_SHARDS = 256

/** The shard of a link id: two hex digits (FNV-1a of the id, low byte). */
export function linkShardOf(linkId: string): string {
  let h = 0x811c9dc5
  for (let i = 0; i < linkId.length; i++) {
    h ^= linkId.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return ((h >>> 0) % LINK_SHARDS).toString(16).padStart(2, '0')
}

export const linkShardKey = (linkId: string): `links/${string}.json` => `links/${linkShardOf(linkId)}.json`
