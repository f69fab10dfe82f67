import type { Link } from '../../shared/domain'
import { SCHEMA_VERSION, type FileKey } from '../store/files'
import { linkShardKey, linkShardOf } from '../store/link-shard'
import type { WorkspaceState } from './workspace-state'

/** Up to this many links live in links.json; past it, links are kept in shards (see link-shard.ts). */
export const LINKS_FILE_LIMIT = 1000

type LinksData = { schemaVersion: number; links: Link[] } | null

/**
 * Where each link is saved. A small workspace keeps its links in links.json. The save that would take it past
 * LINKS_FILE_LIMIT moves them all to shards (one atomic, journaled commit), and from then on a link change
 * rewrites only its shard: the cost of a save follows the change, not the number of links.
 *
 * A link found at open in a file other than the one it belongs in (links.json once shards exist, or the wrong
 * shard) is saved back to the file it was found in, so it is never in two files.
 */
export class LinkFiles {
  private sharded: boolean
  /** Links saved somewhere other than where they belong, and the reverse index. */
  private readonly home = new Map<string, FileKey>()
  private readonly keptIn = new Map<FileKey, Set<string>>()

  constructor(
    private readonly state: WorkspaceState,
    loaded: { linksJson: readonly Link[]; shards: ReadonlyMap<string, readonly Link[]> }
  ) {
    this.sharded = loaded.shards.size > 0
    if (this.sharded) for (const l of loaded.linksJson) this.keep(l.id, 'links.json')
    for (const [shard, links] of loaded.shards)
      for (const l of links) if (linkShardOf(l.id) !== shard) this.keep(l.id, `links/${shard}.json`)
  }

  /** Every link, from links.json and the shards, for the state. */
  static allLinks(loaded: {
    linksJson: readonly Link[]
    shards: ReadonlyMap<string, readonly Link[]>
  }): Link[] {
    const all = [...loaded.linksJson]
    for (const links of loaded.shards.values()) all.push(...links)
    return all
  }

  /**
   * The files to write after the links `ids` changed (the state already changed), with their full content; and
   * what to call once the commit stands.
   */
  writesFor(ids: Iterable<string>): { writes: { file: FileKey; data: LinksData }[]; committed: () => void } {
    const files = new Set<FileKey>()
    for (const id of ids) files.add(this.fileOf(id, this.sharded))
    if (
      !this.sharded &&
      files.has('links.json') &&
      this.linksIn('links.json', false).length > LINKS_FILE_LIMIT
    ) {
      const writes: { file: FileKey; data: LinksData }[] = [
        { file: 'links.json', data: { schemaVersion: SCHEMA_VERSION, links: [] } }
      ]
      for (const shard of this.state.linksByShard.keys()) {
        const file = `links/${shard}.json` as FileKey
        writes.push({ file, data: this.dataOf(file, true) })
      }
      return { writes, committed: () => (this.sharded = true) }
    }
    return {
      writes: [...files].map((file) => ({ file, data: this.dataOf(file, this.sharded) })),
      committed: () => {}
    }
  }

  private keep(id: string, file: FileKey): void {
    this.home.set(id, file)
    let ids = this.keptIn.get(file)
    if (!ids) this.keptIn.set(file, (ids = new Set()))
    ids.add(id)
  }

  private fileOf(id: string, sharded: boolean): FileKey {
    return this.home.get(id) ?? (sharded ? linkShardKey(id) : 'links.json')
  }

  private dataOf(file: FileKey, sharded: boolean): LinksData {
    const links = this.linksIn(file, sharded)
    // links.json is required; an emptied shard is deleted.
    return links.length > 0 || file === 'links.json' ? { schemaVersion: SCHEMA_VERSION, links } : null
  }

  /** The links a file holds, given the mode. */
  private linksIn(file: FileKey, sharded: boolean): Link[] {
    const s = this.state
    const ids = new Set<string>()
    if (file === 'links.json' && !sharded) {
      for (const id of s.links.keys()) if (!this.home.has(id) || this.home.get(id) === file) ids.add(id)
    } else {
      const shard = /^links\/(.+)\.json$/.exec(file)?.[1]
      if (shard) for (const id of s.linksByShard.get(shard) ?? []) if (!this.home.has(id)) ids.add(id)
      for (const id of this.keptIn.get(file) ?? []) if (s.links.has(id)) ids.add(id)
    }
    return [...ids].map((id) => s.links.get(id)!)
  }
}
