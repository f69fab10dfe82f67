import { appendFile, mkdtemp, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import * as Y from 'yjs'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { SYNC_DIR, appendSyncUpdate, readSavedSync, readSyncState, writeSyncState } from './sync-state-file'

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'dossier-sync-state-'))
})
afterEach(() => rm(dir, { recursive: true, force: true }))

/** A Y.Doc with `n` themes, and the updates that made each. */
function docWithUpdates(n: number): { doc: Y.Doc; updates: Uint8Array[] } {
  const doc = new Y.Doc()
  const updates: Uint8Array[] = []
  doc.on('update', (u: Uint8Array) => updates.push(u))
  for (let i = 0; i < n; i++) doc.getMap('themes').set(`t${i}`, { id: `t${i}`, name: `Theme ${i}` })
  return { doc, updates }
}

const themesOf = (update: Uint8Array) => {
  const doc = new Y.Doc()
  Y.applyUpdate(doc, update)
  return [...doc.getMap('themes').keys()].sort()
}

describe('the saved Y.Doc: written whole, then updates appended', () => {
  it('reads back the whole state with every update appended since', async () => {
    const { doc, updates } = docWithUpdates(3)
    const first = Y.encodeStateAsUpdate(doc)
    await writeSyncState(dir, first)
    doc.getMap('themes').set('t3', { id: 't3', name: 'Later' })
    doc.getMap('themes').delete('t0')
    for (const u of updates.slice(3)) await appendSyncUpdate(dir, u)

    const saved = (await readSavedSync(dir))!
    expect(saved.updates).toHaveLength(2)
    expect(saved.torn).toBe(false)
    expect(themesOf(await readSyncState(dir).then((s) => s!))).toEqual(['t1', 't2', 't3'])

    // Written whole again: the appended updates are gone, their effect kept.
    await writeSyncState(dir, Y.encodeStateAsUpdate(doc))
    expect(await readdir(join(dir, SYNC_DIR))).toEqual(['state.bin'])
    expect((await readSavedSync(dir))!.updates).toEqual([])
    expect(themesOf((await readSyncState(dir))!)).toEqual(['t1', 't2', 't3'])
  })

  it('ignores an update cut short by a crash, and says so', async () => {
    const { doc, updates } = docWithUpdates(2)
    await writeSyncState(dir, Y.encodeStateAsUpdate(new Y.Doc()))
    await appendSyncUpdate(dir, updates[0]!)
    // Half of the second record reached the disk.
    const header = Buffer.alloc(4)
    header.writeUInt32LE(updates[1]!.length)
    await appendFile(join(dir, SYNC_DIR, 'updates.bin'), Buffer.concat([header, updates[1]!.subarray(0, 3)]))

    const saved = (await readSavedSync(dir))!
    expect(saved.torn).toBe(true)
    expect(saved.updates).toHaveLength(1)
    expect(themesOf((await readSyncState(dir))!)).toEqual(['t0'])
    doc.destroy()
  })

  it('is null for a workspace that never synced', async () => {
    expect(await readSavedSync(dir)).toBeNull()
    expect(await readSyncState(dir)).toBeNull()
  })
})
