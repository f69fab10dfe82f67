import { execFileSync } from 'node:child_process'
import { mkdir, rename, symlink, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { beforeEach, describe, expect, it } from 'vitest'
import { testFolder } from '../testing/temp-folder'
import { createSampleStore, sampleDocument } from './testing/sample-workspace'
import { WorkspaceStore } from './workspace-store'

let base: string
let dir: string
beforeEach(async () => {
  base = await testFolder()
  dir = join(base, 'ws')
  await (await createSampleStore(dir)).close()
})

describe('WorkspaceStore.inspect (dossier check)', () => {
  it('a clean workspace: nothing damaged, ignored or worth a notice', async () => {
    expect(await WorkspaceStore.inspect(dir)).toEqual({ damaged: [], ignored: [], notices: [] })
  })

  it('a symlink, a folder or a FIFO where a document belongs is damaged (never read); other entries are listed as ignored', async () => {
    const outside = join(base, 'outside.json')
    await writeFile(outside, JSON.stringify(sampleDocument('doc-7')))
    await symlink(outside, join(dir, 'documents/doc-7.json'))
    await mkdir(join(dir, 'notes/note-9.json'))
    execFileSync('mkfifo', [join(dir, 'documents/doc-8.json')])
    await writeFile(join(dir, 'documents/readme.txt'), 'hello')
    await symlink('/etc', join(dir, 'notes/etc'))
    await writeFile(join(dir, 'notes.txt'), 'mine')
    const report = await WorkspaceStore.inspect(dir)
    expect(report.damaged).toEqual([
      {
        file: 'documents/doc-7.json',
        reason: `a symbolic link to ${outside} (links inside a workspace are not followed), not a file: not loaded`
      },
      { file: 'documents/doc-8.json', reason: 'a FIFO, socket or device, not a file: not loaded' },
      { file: 'notes/note-9.json', reason: 'a folder, not a file: not loaded' }
    ])
    expect(report.ignored).toEqual([
      { file: 'notes.txt', reason: 'a file, not part of a Dossier workspace; ignored' },
      { file: 'documents/readme.txt', reason: 'not a .json file; ignored' },
      {
        file: 'notes/etc',
        reason: 'a symbolic link to /etc (links inside a workspace are not followed); ignored'
      }
    ])
    // The app lists them as damaged too (its banner names them); the rest of the workspace opens.
    const store = await WorkspaceStore.open(dir, { readOnly: true })
    expect(store.damaged.map((d) => d.file).sort()).toEqual([
      'documents/doc-7.json',
      'documents/doc-8.json',
      'notes/note-9.json'
    ])
    expect([...store.data.documents.keys()].sort()).toEqual(['doc-1', 'doc-2'])
  })

  it('a file where a folder belongs, and a folder where links.json belongs, are damaged', async () => {
    await rename(join(dir, 'notes'), join(dir, 'notes-old'))
    await writeFile(join(dir, 'notes'), 'not a folder')
    await rename(join(dir, 'links.json'), join(dir, 'links-old.json'))
    await mkdir(join(dir, 'links.json'))
    const report = await WorkspaceStore.inspect(dir)
    expect(report.damaged).toEqual([
      { file: 'links.json', reason: 'a folder where a file belongs; not read' },
      { file: 'notes', reason: 'a file where a folder belongs' }
    ])
  })

  it('a pending journal is a notice, not damage; so are leftover temp files', async () => {
    const store = await WorkspaceStore.open(dir, {
      hooks: {
        afterJournal: () => {
          throw new Error('crash after the journal')
        }
      }
    })
    await store
      .commit([
        { file: 'documents/doc-1.json', data: sampleDocument('doc-1', 'A') },
        { file: 'documents/doc-2.json', data: sampleDocument('doc-2', 'B') }
      ])
      .catch(() => {})
    await store.close()
    await writeFile(join(dir, 'documents/doc-1.json.4242'), '{"half')
    const report = await WorkspaceStore.inspect(dir)
    expect(report.damaged).toEqual([])
    expect(report.notices).toEqual([
      {
        file: '.journal.json',
        reason: expect.stringMatching(
          /^a save of documents\/doc-1\.json, documents\/doc-2\.json is in progress or was interrupted; it is completed when the workspace is next opened for writing/
        )
      },
      { file: 'documents/doc-1.json.4242', reason: expect.stringMatching(/^left by an interrupted write/) }
    ])
    await (await WorkspaceStore.open(dir)).close()
    expect(await WorkspaceStore.inspect(dir)).toEqual({ damaged: [], ignored: [], notices: [] })
  })
})
