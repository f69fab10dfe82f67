import { readFile, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { type Api } from '../../shared/api'
import type { Speaker } from '../../shared/domain'
import type { CoreService } from '../core-service'
import { openCore } from '../open-core'
import { WorkspaceStore } from '../store/workspace-store'
import { testCore, type TempCore } from '../testing/temp-core'
import { SPEAKERS_IN_WORKSPACE_LIMIT } from './speaker-files'
import { coreClient } from '../core-client'

let t: TempCore
let core: CoreService | null = null
afterEach(async () => {
  await core?.close()
  core = null
})

const read = async (file: string) =>
  JSON.parse(await readFile(join(t.dir, file), 'utf8')) as { speakers: Speaker[] }
const mtime = async (file: string) => (await stat(join(t.dir, file))).mtimeMs

/** Reopens the workspace after adding speakers to its workspace.json, up to `count` in all. */
async function withSpeakers(count: number): Promise<Api> {
  await t.core.close()
  const ws = JSON.parse(await readFile(join(t.dir, 'workspace.json'), 'utf8')) as { speakers: Speaker[] }
  for (let i = ws.speakers.length; i < count; i++)
    ws.speakers.push({ id: `sp-bench${i}`, name: `Speaker ${i}`, aliases: [], role: null })
  await writeFile(join(t.dir, 'workspace.json'), JSON.stringify(ws))
  core = await openCore(t.dir)
  return coreClient(core)
}

describe('where speakers are saved', () => {
  it('in workspace.json while few; past the limit in speakers.json, so codebook edits leave them alone', async () => {
    t = await testCore()
    const api = await withSpeakers(SPEAKERS_IN_WORKSPACE_LIMIT)
    expect((await read('workspace.json')).speakers).toHaveLength(SPEAKERS_IN_WORKSPACE_LIMIT)

    const added = await api['speakers.create']({ name: 'One Too Many' })
    expect((await read('workspace.json')).speakers).toEqual([])
    expect((await read('speakers.json')).speakers).toHaveLength(SPEAKERS_IN_WORKSPACE_LIMIT + 1)
    expect(await WorkspaceStore.check(t.dir)).toEqual([])

    const before = await mtime('speakers.json')
    const [theme] = await api['themes.list']({})
    await api['themes.update']({ id: theme!.id, name: 'Renamed' })
    expect(await mtime('speakers.json')).toBe(before)
    await api['speakers.update']({ id: added.id, role: 'analyst' })
    expect((await read('speakers.json')).speakers.find((s) => s.id === added.id)?.role).toBe('analyst')

    await core!.close()
    core = await openCore(t.dir)
    const again = coreClient(core)
    expect(await again['speakers.list']({})).toHaveLength(SPEAKERS_IN_WORKSPACE_LIMIT + 1)
    expect((await again['themes.list']({})).some((x) => x.name === 'Renamed')).toBe(true)
  })

  it('speakers found in workspace.json next to speakers.json are kept, and moved out on the next save', async () => {
    t = await testCore()
    const api = await withSpeakers(SPEAKERS_IN_WORKSPACE_LIMIT + 1)
    await api['speakers.create']({ name: 'Crossing' })
    await core!.close()
    const ws = JSON.parse(await readFile(join(t.dir, 'workspace.json'), 'utf8')) as { speakers: Speaker[] }
    ws.speakers.push({ id: 'sp-stray', name: 'Stray', aliases: [], role: null })
    await writeFile(join(t.dir, 'workspace.json'), JSON.stringify(ws))

    core = await openCore(t.dir)
    const again = coreClient(core)
    await again['themes.create']({ name: 'Brand new' })
    expect((await read('workspace.json')).speakers).toEqual([])
    expect((await read('speakers.json')).speakers.some((s) => s.id === 'sp-stray')).toBe(true)
    expect(await again['speakers.list']({})).toHaveLength(SPEAKERS_IN_WORKSPACE_LIMIT + 3)
  })
})
