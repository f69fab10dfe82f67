import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { beforeEach, describe, expect, it } from 'vitest'
import { testFolder } from '../testing/temp-folder'
import { createSampleStore, readJson, sampleLinks } from './testing/sample-workspace'
import { parseFileKey } from './files'
import { linkShardKey, linkShardOf } from './link-shard'
import { WorkspaceStore } from './workspace-store'

let dir: string
beforeEach(async () => {
  dir = await testFolder()
})

describe('link shards (links/<shard>.json)', () => {
  it('are workspace files: named, written on demand, read back, damaged and restored like the others', async () => {
    expect(parseFileKey('links/3f.json')).toEqual({ key: 'links/3f.json', kind: 'links', id: '3f' })
    expect(linkShardKey('ln-abc')).toBe(`links/${linkShardOf('ln-abc')}.json`)
    expect(linkShardOf('ln-abc')).toMatch(/^[0-9a-f]{2}$/)

    const store = await createSampleStore(dir)
    await store.commit([{ file: 'links/3f.json', data: sampleLinks(2) }])
    expect(await readJson(dir, 'links/3f.json')).toEqual(sampleLinks(2))
    await store.commit([{ file: 'links/3f.json', data: sampleLinks(3) }])
    await store.close()

    const again = await WorkspaceStore.open(dir)
    expect(again.data.linkShards.get('3f')?.links).toHaveLength(3)
    expect(again.data.links?.links).toHaveLength(1)
    await again.close()

    await writeFile(join(dir, 'links', '3f.json'), '{"schemaVersion": 2, "links": [')
    expect(await WorkspaceStore.check(dir)).toEqual([
      { file: 'links/3f.json', reason: expect.stringMatching(/not valid JSON/) }
    ])
    await WorkspaceStore.restore(dir, 'links/3f.json')
    expect(await WorkspaceStore.check(dir)).toEqual([])
    expect(await readJson(dir, 'links/3f.json')).toEqual(sampleLinks(2))
  })

  it('an emptied shard is deleted', async () => {
    const store = await createSampleStore(dir)
    await store.commit([{ file: 'links/0a.json', data: sampleLinks(1) }])
    await store.commit([{ file: 'links/0a.json', data: null }])
    expect(store.data.linkShards.has('0a')).toBe(false)
    await store.close()
    expect((await WorkspaceStore.open(dir, { readOnly: true })).data.linkShards.size).toBe(0)
  })
})
