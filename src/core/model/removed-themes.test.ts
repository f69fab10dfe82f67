import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Theme } from '../../shared/domain'
import { testCore } from '../testing/temp-core'
import type { Change } from './change'
import { REMOVED_THEMES_MAX, noteRemovedThemes, type RemovedTheme } from './removed-themes'

const theme = (id: string): Theme => ({
  id,
  name: `Theme ${id}`,
  color: '#123456',
  parentId: null,
  description: '',
  order: 0
})
const stamp = () => ({ by: 'co-alice', at: '2026-12-03T10:00:00.000Z' })

describe('noteRemovedThemes', () => {
  it('keeps a merge with the theme it went into and a deletion with none; a theme brought back is forgotten', () => {
    const removed = new Map<string, RemovedTheme>()
    noteRemovedThemes(
      removed,
      [
        { kind: 'theme', before: theme('th-a'), after: null, mergedInto: 'th-b' },
        { kind: 'theme', before: theme('th-c'), after: null }
      ],
      stamp
    )
    expect([...removed.values()]).toEqual([
      { id: 'th-a', name: 'Theme th-a', color: '#123456', parentId: null, mergedInto: 'th-b', ...stamp() },
      { id: 'th-c', name: 'Theme th-c', color: '#123456', parentId: null, mergedInto: null, ...stamp() }
    ])
    noteRemovedThemes(removed, [{ kind: 'theme', before: null, after: theme('th-a') }], stamp)
    expect([...removed.keys()]).toEqual(['th-c'])
    // A rename is neither.
    noteRemovedThemes(removed, [{ kind: 'theme', before: theme('th-d'), after: theme('th-d') }], stamp)
    expect([...removed.keys()]).toEqual(['th-c'])
    // A teammate's removal is the team copy's to tell; a teammate's restore is forgotten here too.
    noteRemovedThemes(removed, [{ kind: 'theme', before: theme('th-e'), after: null }], stamp, false)
    noteRemovedThemes(removed, [{ kind: 'theme', before: null, after: theme('th-c') }], stamp, false)
    expect(removed.size).toBe(0)
  })

  it(`keeps the newest ${REMOVED_THEMES_MAX}`, () => {
    const removed = new Map<string, RemovedTheme>()
    const changes: Change[] = Array.from({ length: REMOVED_THEMES_MAX + 3 }, (_, i) => ({
      kind: 'theme',
      before: theme(`th-${i}`),
      after: null
    }))
    noteRemovedThemes(removed, changes, stamp)
    expect(removed.size).toBe(REMOVED_THEMES_MAX)
    expect(removed.has('th-2')).toBe(false)
    expect(removed.has('th-3')).toBe(true)
  })
})

describe('themes removed in a workspace', () => {
  it('are written to workspace.json with the commit that removes them, and forgotten on undo', async () => {
    const { api, dir } = await testCore()
    const [from, into, gone] = (await api['themes.list']({})).map((t) => t.id)
    await api['themes.merge']({ fromId: from!, intoId: into! })
    await api['themes.delete']({ id: gone! })
    const onDisk = async () =>
      (JSON.parse(await readFile(join(dir, 'workspace.json'), 'utf8')) as { removedThemes?: RemovedTheme[] })
        .removedThemes ?? []
    expect((await onDisk()).map((t) => [t.id, t.mergedInto])).toEqual([
      [from, into],
      [gone, null]
    ])
    await api['history.undo']({})
    expect((await onDisk()).map((t) => t.id)).toEqual([from])
  })
})
