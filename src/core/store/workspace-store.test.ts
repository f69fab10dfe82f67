import { readdir, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { beforeEach, describe, expect, it } from 'vitest'
import { testFolder } from '../testing/temp-folder'
import {
  closeAfterTest,
  createSampleStore,
  readJson,
  readText,
  sampleDocument,
  sampleLinks,
  sampleNote,
  sampleWorkspace
} from './testing/sample-workspace'
import { serializeJson } from './durable-json-file'
import type { StoreHooks } from './store-hooks'
import { WorkspaceStore } from './workspace-store'

let dir: string
beforeEach(async () => {
  dir = await testFolder()
})

const ids = (n: number): string[] => Array.from({ length: n }, (_, i) => `doc-${i + 1}`)

async function createSample(
  at = dir,
  docIds = ['doc-1', 'doc-2'],
  hooks?: StoreHooks
): Promise<WorkspaceStore> {
  return closeAfterTest(await createSampleStore(at, docIds, hooks))
}

describe('WorkspaceStore.create / open', () => {
  it('writes the workspace layout and opens it again with the same data', async () => {
    const created = await createSample()
    expect((await readdir(dir)).sort()).toEqual(
      ['.backup', '.lock', '.lock-holder.json', 'documents', 'links.json', 'notes', 'workspace.json'].sort()
    )
    expect(await readText(dir, 'workspace.json')).toContain('\n  "meta"') // indented for people
    expect(await readText(dir, 'documents/doc-1.json')).toBe(serializeJson(sampleDocument('doc-1')))
    await created.close()

    const store = closeAfterTest(await WorkspaceStore.open(dir))
    expect(store.damaged).toEqual([])
    expect(store.readOnly).toBe(false)
    expect(store.dir).toBe(dir)
    expect(store.data.workspace).toEqual(sampleWorkspace())
    expect(store.data.links).toEqual(sampleLinks(1))
    expect([...store.data.documents.keys()]).toEqual(['doc-1', 'doc-2'])
    expect(store.data.notes.get('note-1')).toEqual(sampleNote('note-1'))
  })

  it('refuses to create over an existing workspace, or from invalid data (writing nothing)', async () => {
    await (await createSample()).close()
    await expect(createSample()).rejects.toMatchObject({
      code: 'EXISTS',
      message: expect.stringContaining(dir)
    })

    const other = join(dir, 'other')
    const bad = { ...sampleDocument('doc-9'), statements: [{ id: 'x' }] }
    const err = await WorkspaceStore.create(other, {
      workspace: sampleWorkspace(),
      links: sampleLinks(),
      documents: [bad as never]
    }).catch((e: unknown) => e)
    expect(err).toMatchObject({ code: 'INVALID' })
    expect((err as Error).message).toContain('documents/doc-9.json')
    await expect(stat(join(other, 'workspace.json'))).rejects.toMatchObject({ code: 'ENOENT' })
  })

  it('says clearly when a folder is not a workspace', async () => {
    await expect(WorkspaceStore.open(dir)).rejects.toMatchObject({
      code: 'NOT_A_WORKSPACE',
      message: `${dir} is not a Dossier workspace (no workspace.json)`
    })
    await expect(WorkspaceStore.open(join(dir, 'missing'))).rejects.toMatchObject({ code: 'NOT_A_WORKSPACE' })
    await expect(WorkspaceStore.check(dir)).rejects.toMatchObject({ code: 'NOT_A_WORKSPACE' })
  })

  it('allows one writer; readers open without the lock; close releases it', async () => {
    const writer = await createSample()
    await expect(WorkspaceStore.open(dir)).rejects.toMatchObject({ code: 'LOCKED' })
    const reader = await WorkspaceStore.open(dir, { readOnly: true })
    expect(reader.readOnly).toBe(true)
    expect(reader.data.documents.size).toBe(2)
    await expect(reader.commit([{ file: 'links.json', data: sampleLinks() }])).rejects.toMatchObject({
      code: 'READ_ONLY'
    })
    await reader.close()
    await writer.close()
    closeAfterTest(await WorkspaceStore.open(dir))
  })

  it('reports progress while reading 1,000 documents', async () => {
    await (await createSample(dir, [])).close()
    await Promise.all(
      ids(1000).map((id) => writeFile(join(dir, `documents/${id}.json`), serializeJson(sampleDocument(id))))
    )
    const progress: [number, number][] = []
    const store = closeAfterTest(
      await WorkspaceStore.open(dir, { onProgress: (done, total) => progress.push([done, total]) })
    )
    expect(store.damaged).toEqual([])
    expect(store.data.documents.size).toBe(1000)
    expect(progress[0]).toEqual([0, 1003])
    expect(progress.at(-1)).toEqual([1003, 1003])
  })
})

describe('WorkspaceStore.commit', () => {
  it('writes, deletes and updates the in-memory data', async () => {
    const store = await createSample()
    const edited = sampleDocument('doc-1', 'Edited title')
    await store.commit([{ file: 'documents/doc-1.json', data: edited }])
    expect(store.data.documents.get('doc-1')?.document.title).toBe('Edited title')
    expect(await readJson(dir, 'documents/doc-1.json')).toEqual(edited)

    await store.commit([{ file: 'notes/note-1.json', data: null }])
    expect(store.data.notes.has('note-1')).toBe(false)
    await expect(stat(join(dir, 'notes/note-1.json'))).rejects.toMatchObject({ code: 'ENOENT' })
  })

  it('refuses invalid data and writes nothing', async () => {
    const store = await createSample()
    const before = await readText(dir, 'documents/doc-1.json')
    const bad = sampleDocument('doc-1')
    ;(bad.statements[0] as { end: unknown }).end = 'x'
    const err = await store
      .commit([
        { file: 'documents/doc-2.json', data: sampleDocument('doc-2', 'Fine') },
        { file: 'documents/doc-1.json', data: bad }
      ])
      .catch((e: unknown) => e)
    expect(err).toMatchObject({ code: 'INVALID' })
    expect((err as Error).message).toBe(
      `cannot save documents/doc-1.json in workspace ${dir}: invalid: statements.0.end: expected number, received string`
    )
    expect(await readText(dir, 'documents/doc-1.json')).toBe(before)
    expect((await readJson(dir, 'documents/doc-2.json')) as object).toEqual(sampleDocument('doc-2'))
    expect(store.data.documents.get('doc-2')?.document.title).toBe('Document doc-2')

    await expect(
      store.commit([{ file: 'documents/doc-1.json', data: sampleDocument('doc-2') }])
    ).rejects.toThrow('document.id: "doc-2" does not match the file name')
    await expect(store.commit([{ file: 'workspace.json', data: null }])).rejects.toMatchObject({
      code: 'INVALID'
    })
    await expect(
      store.commit([{ file: '../evil.json' as 'links.json', data: sampleLinks() }])
    ).rejects.toMatchObject({ code: 'INVALID' })
  })

  it('keeps the previous version of each replaced or deleted file in .backup', async () => {
    const store = await createSample()
    await store.commit([{ file: 'documents/doc-1.json', data: sampleDocument('doc-1', 'Second') }])
    await store.commit([{ file: 'documents/doc-1.json', data: sampleDocument('doc-1', 'Third') }])
    expect(await readJson(dir, '.backup/documents/doc-1.json')).toEqual(sampleDocument('doc-1', 'Second'))
    await store.commit([{ file: 'documents/doc-2.json', data: null }])
    expect(await readJson(dir, '.backup/documents/doc-2.json')).toEqual(sampleDocument('doc-2'))
    expect((await readdir(join(dir, '.backup/documents'))).sort()).toEqual(['doc-1.json', 'doc-2.json'])
  })

  it('costs the same whatever the number of documents: only the written files are touched', async () => {
    async function oneCommit(docCount: number): Promise<{ ops: string[]; untouched: boolean }> {
      const at = await testFolder()
      const ops: string[] = []
      const store = await createSample(at, ids(docCount), {
        onOp: (op, file) => void ops.push(`${op} ${file}`)
      })
      const mtimes = async (): Promise<number[]> =>
        Promise.all(
          ids(docCount)
            .slice(2)
            .map(async (id) => (await stat(join(at, `documents/${id}.json`))).mtimeMs)
        )
      const before = await mtimes()
      ops.length = 0
      await store.commit([{ file: 'documents/doc-1.json', data: sampleDocument('doc-1', 'Edited') }])
      await store.commit([
        { file: 'documents/doc-2.json', data: sampleDocument('doc-2', 'Edited') },
        { file: 'links.json', data: sampleLinks(2) }
      ])
      const untouched = JSON.stringify(await mtimes()) === JSON.stringify(before)
      await store.close()
      return { ops, untouched }
    }
    const small = await oneCommit(3)
    expect(small.ops).toEqual([
      'backup documents/doc-1.json',
      'write documents/doc-1.json',
      'journal .journal.json',
      'backup documents/doc-2.json',
      'backup links.json',
      'write documents/doc-2.json',
      'write links.json',
      'journal-delete .journal.json'
    ])
    const large = await oneCommit(300)
    expect(large.ops).toEqual(small.ops)
    expect(large.untouched).toBe(true)
  })
})
