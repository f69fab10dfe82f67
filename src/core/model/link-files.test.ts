import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { type Api } from '../../shared/api'
import type { Link } from '../../shared/domain'
import type { CoreService } from '../core-service'
import { openCore } from '../open-core'
import { linkShardOf } from '../store/link-shard'
import { WorkspaceStore } from '../store/workspace-store'
import { testCore, type TempCore } from '../testing/temp-core'
import { LINKS_FILE_LIMIT } from './link-files'
import { coreClient } from '../core-client'

let t: TempCore
let core: CoreService | null = null
afterEach(async () => {
  await core?.close()
  core = null
})

const readJson = async (file: string) =>
  JSON.parse(await readFile(join(t.dir, file), 'utf8')) as { links: Link[] }
const shardFiles = async () => (await readdir(join(t.dir, 'links')).catch(() => [])).sort()

/** Reopens the workspace after writing `count` links into its links.json (all between seeded statements). */
async function withLinksJson(count: number): Promise<Api> {
  const ids = (await t.api['statements.list']({})).items.map((s) => s.id)
  await t.core.close()
  const links: Link[] = []
  for (let i = 0; links.length < count; i++) {
    const from = ids[i % ids.length]!
    const to = ids[(i + 1 + Math.floor(i / ids.length)) % ids.length]!
    if (from !== to)
      links.push({
        id: `ln-${i}`,
        fromId: from,
        toId: to,
        relation: 'supports',
        note: '',
        createdAt: '2026-01-01T00:00:00.000Z'
      })
  }
  await writeFile(join(t.dir, 'links.json'), JSON.stringify({ schemaVersion: 2, links }))
  core = await openCore(t.dir)
  return coreClient(core)
}

describe('where links are saved', () => {
  it('a small workspace keeps its links in links.json', async () => {
    t = await testCore()
    const [a, b] = (await t.api['statements.list']({ limit: 2 })).items
    const l = await t.api['links.create']({ fromId: a!.id, toId: b!.id, relation: 'supports' })
    expect((await readJson('links.json')).links.map((x) => x.id)).toEqual([l.id])
    expect(await shardFiles()).toEqual([])
  })

  it('past the limit, the save moves every link to its shard at once, and later saves touch one shard', async () => {
    t = await testCore()
    const api = await withLinksJson(LINKS_FILE_LIMIT)
    const [a, , c] = (await api['statements.list']({ limit: 3 })).items
    const created = await api['links.create']({ fromId: c!.id, toId: a!.id, relation: 'contradicts' })

    expect((await readJson('links.json')).links).toEqual([])
    const shards = await shardFiles()
    expect(shards.length).toBeGreaterThan(200)
    let total = 0
    for (const f of shards) {
      const { links } = await readJson(`links/${f}`)
      total += links.length
      for (const l of links) expect(`${linkShardOf(l.id)}.json`).toBe(f)
    }
    expect(total).toBe(LINKS_FILE_LIMIT + 1)
    expect(await WorkspaceStore.check(t.dir)).toEqual([])

    // From now on a change rewrites its shard only.
    const shard = `links/${linkShardOf(created.id)}.json`
    const other = join(
      t.dir,
      'links',
      shards.find((f) => `links/${f}` !== shard)!
    )
    const before = await readFile(other)
    await api['links.update']({ id: created.id, note: 'edited' })
    expect((await readJson(shard)).links.find((l) => l.id === created.id)?.note).toBe('edited')
    expect(await readFile(other)).toEqual(before)

    // Undo and redo go through the same files; reopening reads the shards.
    await api['history.undo']({})
    await api['history.undo']({})
    expect(await api['links.list']({})).toHaveLength(LINKS_FILE_LIMIT)
    await api['history.redo']({})
    await core!.close()
    core = await openCore(t.dir)
    const again = coreClient(core)
    expect(await again['links.list']({})).toHaveLength(LINKS_FILE_LIMIT + 1)
    expect((await again['links.list']({ statementId: c!.id })).some((l) => l.id === created.id)).toBe(true)
  })

  it('deleting the last link of a shard deletes the shard; links found in links.json stay there', async () => {
    t = await testCore()
    const api = await withLinksJson(LINKS_FILE_LIMIT + 1)
    const [a, b] = (await api['statements.list']({ limit: 2 })).items
    const l = await api['links.create']({ fromId: b!.id, toId: a!.id, relation: 'elaborates' })
    const shard = `links/${linkShardOf(l.id)}.json`
    const { links } = await readJson(shard)
    for (const x of links) await api['links.delete']({ id: x.id })
    await expect(readFile(join(t.dir, shard))).rejects.toMatchObject({ code: 'ENOENT' })

    // A workspace whose links.json holds links while shards exist (as written by hand): they are kept in place.
    await core!.close()
    const legacy: Link = { ...links[0]!, id: 'ln-legacy', note: 'kept in links.json' }
    await writeFile(join(t.dir, 'links.json'), JSON.stringify({ schemaVersion: 2, links: [legacy] }))
    core = await openCore(t.dir)
    const again = coreClient(core)
    await again['links.update']({ id: 'ln-legacy', note: 'still here' })
    expect((await readJson('links.json')).links.map((x) => x.note)).toEqual(['still here'])
  })
})
