import { appendFile, readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { entityMap } from '../core/sync/sync-doc'
import { SYNC_DIR } from '../core/sync/sync-state-file'
import { openSide, twoCopies } from './testing/sync-fixture'

let env: Awaited<ReturnType<typeof twoCopies>>
beforeEach(async () => {
  env = await twoCopies()
})
afterEach(() => env.cleanup())

const syncFiles = async () => (await readdir(join(env.a, SYNC_DIR))).sort()

describe('the Y.Doc saved beside the workspace', () => {
  it('appends what changed after it was written whole, and loads both', async () => {
    let a = await openSide(env.a)
    const { id } = await a.api['themes.create']({ name: 'Saved as an update' })
    // A theme added here is read back once (it may bring back teammates' codings): the save waits for that.
    await expect
      .poll(async () => {
        await a.sync.save()
        return syncFiles()
      })
      .toContain('updates.bin')
    await a.close()

    a = await openSide(env.a)
    expect(entityMap(a.sync.doc, 'themes').get(id)).toMatchObject({ name: 'Saved as an update' })
    await a.close()
  })

  it('writes it whole again when the last update was cut short by a crash', async () => {
    let a = await openSide(env.a)
    const { id } = await a.api['themes.create']({ name: 'Before the crash' })
    await a.close()
    await appendFile(join(env.a, SYNC_DIR, 'updates.bin'), Buffer.from([200, 0, 0, 0, 1, 2]))

    a = await openSide(env.a)
    expect(entityMap(a.sync.doc, 'themes').has(id)).toBe(true)
    expect(await syncFiles()).not.toContain('updates.bin')
    expect(a.logged).toEqual([])
    await a.close()
  })
})
