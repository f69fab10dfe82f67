import { readdir, rm, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { beforeEach, describe, expect, it } from 'vitest'
import { testFolder } from '../testing/temp-folder'
import {
  closeAfterTest,
  createSampleStore,
  readText,
  sampleDocument,
  sampleNote
} from './testing/sample-workspace'
import { SCHEMA_VERSION } from './files'
import { WorkspaceStore } from './workspace-store'

let dir: string
beforeEach(async () => {
  dir = await testFolder()
})

const CREATED = [
  'workspace.json',
  'links.json',
  'documents/doc-1.json',
  'documents/doc-2.json',
  'notes/note-1.json'
]

describe('a last good copy from the first write', () => {
  it('a new workspace has a copy of every file, equal to it and not a hard link to it', async () => {
    closeAfterTest(await createSampleStore(dir))
    for (const file of CREATED) {
      expect(await readText(dir, `.backup/${file}`), file).toBe(await readText(dir, file))
      const [live, copy] = await Promise.all([stat(join(dir, file)), stat(join(dir, '.backup', file))])
      expect(copy.ino, `${file}: damage to the live file in place must not reach its copy`).not.toBe(live.ino)
    }
  })

  it('a file created by a commit (one file, or several through the journal) has its copy at once', async () => {
    const store = closeAfterTest(await createSampleStore(dir))
    await store.commit([{ file: 'notes/note-2.json', data: sampleNote('note-2') }])
    await store.commit([
      { file: 'documents/doc-3.json', data: sampleDocument('doc-3') },
      { file: 'links/a.json', data: { schemaVersion: SCHEMA_VERSION, links: [] } }
    ])
    for (const file of ['notes/note-2.json', 'documents/doc-3.json', 'links/a.json'])
      expect(await readText(dir, `.backup/${file}`), file).toBe(await readText(dir, file))
    expect((await readdir(join(dir, '.backup/documents'))).sort()).toEqual([
      'doc-1.json',
      'doc-2.json',
      'doc-3.json'
    ])
  })

  it('the copy is the previous version from the second write on, as before', async () => {
    const store = closeAfterTest(await createSampleStore(dir))
    const first = await readText(dir, 'documents/doc-1.json')
    await store.commit([{ file: 'documents/doc-1.json', data: sampleDocument('doc-1', 'Second') }])
    expect(await readText(dir, '.backup/documents/doc-1.json')).toBe(first)
  })

  it('a missing file written again keeps the copy of what was lost', async () => {
    const store = closeAfterTest(await createSampleStore(dir))
    const lost = await readText(dir, 'links.json')
    await store.close()
    await rm(join(dir, 'links.json'))
    const again = closeAfterTest(await WorkspaceStore.open(dir))
    await again.commit([{ file: 'links.json', data: { schemaVersion: SCHEMA_VERSION, links: [] } }])
    expect(await readText(dir, '.backup/links.json')).toBe(lost)
  })

  it('restores a document that was written once and then damaged', async () => {
    const store = await createSampleStore(dir)
    await store.commit([{ file: 'documents/doc-9.json', data: sampleDocument('doc-9') }])
    await store.close()
    const good = await readText(dir, 'documents/doc-9.json')
    await writeFile(join(dir, 'documents/doc-9.json'), '{"schemaVersion": 2, "docu')
    await WorkspaceStore.restore(dir, 'documents/doc-9.json')
    expect(await readText(dir, 'documents/doc-9.json')).toBe(good)
  })
})

describe('opening for writing makes the copies that are missing', () => {
  it('copies valid files without a backup, skips damaged ones, removes leftover backup temp files', async () => {
    await (await createSampleStore(dir)).close()
    await rm(join(dir, '.backup'), { recursive: true })
    await writeFile(join(dir, 'documents/doc-2.json'), '{"trunc')
    const readOnly = closeAfterTest(await WorkspaceStore.open(dir, { readOnly: true }))
    expect(readOnly.damaged.map((d) => d.file)).toEqual(['documents/doc-2.json'])
    await expect(stat(join(dir, '.backup'))).rejects.toMatchObject({ code: 'ENOENT' })

    const store = await WorkspaceStore.open(dir)
    await store.commit([{ file: 'notes/note-2.json', data: sampleNote('note-2') }]) // waits for the copies
    await expect(stat(join(dir, '.backup/links.json'))).resolves.toBeTruthy()
    await store.close()
    for (const file of CREATED.filter((f) => f !== 'documents/doc-2.json'))
      expect(await readText(dir, `.backup/${file}`), file).toBe(await readText(dir, file))
    expect(await readdir(join(dir, '.backup/documents'))).toEqual(['doc-1.json'])

    await writeFile(join(dir, '.backup/notes/note-1.json.123456'), 'half')
    await writeFile(join(dir, '.backup/documents/doc-1.json.tmp'), 'half')
    await (await WorkspaceStore.open(dir)).close() // the copies are made in turn with the commits: close waits
    expect(await readdir(join(dir, '.backup/notes'))).toEqual(['note-1.json', 'note-2.json'])
    expect(await readdir(join(dir, '.backup/documents'))).toEqual(['doc-1.json'])
  })
})
