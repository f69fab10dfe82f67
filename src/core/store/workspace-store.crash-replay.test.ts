import { readFile, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { beforeEach, describe, expect, it } from 'vitest'
import { testFolder } from '../testing/temp-folder'
import {
  closeAfterTest,
  createSampleStore,
  readJson,
  sampleDocument,
  sampleLinks,
  sampleNote
} from './testing/sample-workspace'
import type { StoreHooks } from './store-hooks'
import { WorkspaceStore } from './workspace-store'

let dir: string
beforeEach(async () => {
  dir = await testFolder()
})
const exists = (file: string): Promise<boolean> =>
  stat(join(dir, file)).then(
    () => true,
    () => false
  )

const COMMIT = [
  { file: 'documents/doc-1.json', data: sampleDocument('doc-1', 'New 1') },
  { file: 'documents/doc-2.json', data: sampleDocument('doc-2', 'New 2') },
  { file: 'notes/note-2.json', data: sampleNote('note-2') },
  { file: 'notes/note-1.json', data: null },
  { file: 'links.json', data: sampleLinks(3) }
] as const

async function expectNewContent(store?: WorkspaceStore): Promise<void> {
  expect(await readJson(dir, 'documents/doc-1.json')).toEqual(sampleDocument('doc-1', 'New 1'))
  expect(await readJson(dir, 'documents/doc-2.json')).toEqual(sampleDocument('doc-2', 'New 2'))
  expect(await readJson(dir, 'notes/note-2.json')).toEqual(sampleNote('note-2'))
  expect(await exists('notes/note-1.json')).toBe(false)
  expect(await readJson(dir, 'links.json')).toEqual(sampleLinks(3))
  if (store) {
    expect(store.data.documents.get('doc-1')?.document.title).toBe('New 1')
    expect([...store.data.notes.keys()]).toEqual(['note-2'])
    expect(store.data.links?.links).toHaveLength(3)
  }
}

async function expectOldContent(): Promise<void> {
  expect(await readJson(dir, 'documents/doc-1.json')).toEqual(sampleDocument('doc-1'))
  expect(await readJson(dir, 'documents/doc-2.json')).toEqual(sampleDocument('doc-2'))
  expect(await exists('notes/note-2.json')).toBe(false)
  expect(await readJson(dir, 'notes/note-1.json')).toEqual(sampleNote('note-1'))
}

/** Commits COMMIT with a hook that throws as a crash would, and leaves the store as a crash would (closed). */
async function crashDuringCommit(
  hooks: (crash: () => never, armed: () => boolean) => StoreHooks
): Promise<void> {
  let armed = false
  const crash = (): never => {
    throw new Error('simulated crash')
  }
  const store = await createSampleStore(
    dir,
    ['doc-1', 'doc-2'],
    hooks(
      () => (armed ? crash() : (undefined as never)),
      () => armed
    )
  )
  armed = true
  await expect(store.commit([...COMMIT])).rejects.toThrow('simulated crash')
  await store.close()
}

describe('multi-file commits', () => {
  it('write the journal first; a crash before applying is replayed on open', async () => {
    await crashDuringCommit((crash) => ({ afterJournal: crash }))
    const journal = (await readJson(dir, '.journal.json')) as { writes: { file: string; data: unknown }[] }
    expect(journal.writes).toEqual(COMMIT.map((w) => ({ file: w.file, data: w.data })))
    await expectOldContent()

    const store = closeAfterTest(await WorkspaceStore.open(dir))
    await expectNewContent(store)
    expect(await exists('.journal.json')).toBe(false)
    expect(store.damaged).toEqual([])
    expect(await readJson(dir, '.backup/documents/doc-1.json')).toEqual(sampleDocument('doc-1'))
    expect(await readJson(dir, '.backup/notes/note-1.json')).toEqual(sampleNote('note-1'))
  })

  it('a crash part-way through applying is completed on open', async () => {
    let writes = 0
    await crashDuringCommit((crash, armed) => ({
      onOp: (op) => void (armed() && op === 'write' && ++writes === 2 && crash())
    }))
    expect(await exists('.journal.json')).toBe(true)
    expect(await readJson(dir, 'documents/doc-2.json')).toEqual(sampleDocument('doc-2')) // the failed write
    const store = closeAfterTest(await WorkspaceStore.open(dir))
    await expectNewContent(store)
  })

  it('replay is idempotent: a replay interrupted in turn completes on the next open, keeping the backups', async () => {
    await crashDuringCommit((crash) => ({ afterJournal: crash }))
    let writes = 0
    const crashOnSecondWrite: StoreHooks = {
      onOp: (op) => void (op === 'write' && ++writes === 2 && crashOnce())
    }
    const crashOnce = (): void => {
      throw new Error('crash during replay')
    }
    await expect(WorkspaceStore.open(dir, { hooks: crashOnSecondWrite })).rejects.toThrow(
      'crash during replay'
    )
    expect(await readJson(dir, 'documents/doc-1.json')).toEqual(sampleDocument('doc-1', 'New 1'))

    const store = closeAfterTest(await WorkspaceStore.open(dir)) // the lock was released by the failed open
    await expectNewContent(store)
    // doc-1 was already written by the first replay: it was skipped, so its backup is still the old version
    expect(await readJson(dir, '.backup/documents/doc-1.json')).toEqual(sampleDocument('doc-1'))
  })

  it('a torn journal is discarded and no file is touched', async () => {
    await crashDuringCommit((crash) => ({ afterJournal: crash }))
    const text = await readFile(join(dir, '.journal.json'), 'utf8')
    await writeFile(join(dir, '.journal.json'), text.slice(0, text.length - 40))
    expect(await WorkspaceStore.check(dir)).toEqual([
      {
        file: '.journal.json',
        reason: expect.stringMatching(/^not valid JSON: .*\(an interrupted save; discarded on open\)$/)
      }
    ])
    const store = closeAfterTest(await WorkspaceStore.open(dir))
    await expectOldContent()
    expect(await exists('.journal.json')).toBe(false)
    expect(store.damaged).toEqual([])
    expect(store.data.documents.get('doc-1')?.document.title).toBe('Document doc-1')
  })

  it('a journal that parses but is invalid is set aside, reported and not applied', async () => {
    await (await createSampleStore(dir)).close()
    const bad = {
      schemaVersion: 2,
      createdAt: 'x',
      writes: [{ file: 'documents/doc-1.json', data: { nope: 1 } }]
    }
    await writeFile(join(dir, '.journal.json'), JSON.stringify(bad))
    const store = closeAfterTest(await WorkspaceStore.open(dir))
    expect(store.damaged).toEqual([
      {
        file: '.journal.json',
        reason: expect.stringMatching(/^invalid: writes\.0 \(documents\/doc-1\.json\): /)
      }
    ])
    expect(await exists('.journal.json')).toBe(false)
    expect(await readJson(dir, '.journal.rejected.json')).toEqual(bad)
    await expectOldContent()
  })

  it('a read-only open shows the state the journal leads to, without writing', async () => {
    await crashDuringCommit((crash) => ({ afterJournal: crash }))
    const reader = closeAfterTest(await WorkspaceStore.open(dir, { readOnly: true }))
    expect(reader.data.documents.get('doc-1')?.document.title).toBe('New 1')
    expect([...reader.data.notes.keys()]).toEqual(['note-2'])
    await expectOldContent()
    expect(await exists('.journal.json')).toBe(true)
  })

  it('after a failure part-way, the same store completes that commit before its next one', async () => {
    let armed = false
    const store = closeAfterTest(
      await createSampleStore(dir, ['doc-1', 'doc-2'], {
        onOp: (op, file) => {
          if (armed && op === 'write' && file === 'notes/note-2.json') throw new Error('disk full')
        }
      })
    )
    armed = true
    await expect(store.commit([...COMMIT])).rejects.toThrow(
      /will be completed when the workspace is next saved/
    )
    armed = false
    expect(store.data.documents.get('doc-1')?.document.title).toBe('Document doc-1')
    await store.commit([{ file: 'documents/doc-1.json', data: sampleDocument('doc-1', 'Newer') }])
    expect(await exists('.journal.json')).toBe(false)
    expect(await readJson(dir, 'notes/note-2.json')).toEqual(sampleNote('note-2'))
    expect(await readJson(dir, 'documents/doc-1.json')).toEqual(sampleDocument('doc-1', 'Newer'))
    expect(store.data.notes.has('note-2')).toBe(true)
  })
})
