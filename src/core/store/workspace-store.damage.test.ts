import { readdir, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { beforeEach, describe, expect, it } from 'vitest'
import { testFolder } from '../testing/temp-folder'
import {
  closeAfterTest,
  createSampleStore,
  readJson,
  readText,
  sampleDocument,
  sampleLinks
} from './testing/sample-workspace'
import { serializeJson } from './durable-json-file'
import { SCHEMA_VERSION } from './files'
import { WorkspaceStore } from './workspace-store'

let dir: string
beforeEach(async () => {
  dir = await testFolder()
})

const valid = serializeJson(sampleDocument('trunc'))
const invalidDoc = sampleDocument('bad')
;(invalidDoc.statements[0] as { end: unknown }).end = 'x'
const CORRUPT: Record<string, string> = {
  'documents/trunc.json': valid.slice(0, valid.length / 2),
  'documents/empty.json': '',
  'notes/garbage.json': 'hello',
  'documents/bad.json': serializeJson(invalidDoc),
  'documents/newer.json': serializeJson({ ...sampleDocument('newer'), schemaVersion: SCHEMA_VERSION + 1 }),
  'documents/Bad Name.json': valid,
  'links.json': ''
}

async function corruptWorkspace(): Promise<void> {
  await (await createSampleStore(dir)).close()
  for (const [file, text] of Object.entries(CORRUPT)) await writeFile(join(dir, file), text)
}

async function expectCorruptFilesUntouched(): Promise<void> {
  for (const [file, text] of Object.entries(CORRUPT)) expect(await readText(dir, file)).toBe(text)
}

describe('damaged files', () => {
  it('are reported by name and reason, never overwritten by open, and the rest still loads', async () => {
    await corruptWorkspace()
    const store = closeAfterTest(await WorkspaceStore.open(dir))
    const reasons = Object.fromEntries(store.damaged.map((d) => [d.file, d.reason]))
    expect(Object.keys(reasons).sort()).toEqual(Object.keys(CORRUPT).sort())
    expect(reasons['documents/trunc.json']).toMatch(/^not valid JSON: /)
    expect(reasons['documents/empty.json']).toBe('not valid JSON: Unexpected end of JSON input')
    expect(reasons['notes/garbage.json']).toMatch(/^not valid JSON: Unexpected token/)
    expect(reasons['documents/bad.json']).toBe('invalid: statements.0.end: expected number, received string')
    expect(reasons['documents/newer.json']).toBe(
      `written by a newer version of Dossier (schema ${SCHEMA_VERSION + 1})`
    )
    expect(reasons['documents/Bad Name.json']).toMatch(/^not a valid file name/)
    expect(reasons['links.json']).toBe('not valid JSON: Unexpected end of JSON input')

    expect(store.data.links).toBeNull()
    expect([...store.data.documents.keys()]).toEqual(['doc-1', 'doc-2'])
    expect(store.data.notes.has('note-1')).toBe(true)
    await store.close()
    await expectCorruptFilesUntouched()
  })

  it('are never overwritten by a commit: it throws and writes nothing', async () => {
    await corruptWorkspace()
    const store = closeAfterTest(await WorkspaceStore.open(dir))
    const err = await store
      .commit([
        { file: 'documents/doc-1.json', data: sampleDocument('doc-1', 'Edited') },
        { file: 'documents/bad.json', data: sampleDocument('bad') }
      ])
      .catch((e: unknown) => e)
    expect(err).toMatchObject({ code: 'DAMAGED' })
    expect((err as Error).message).toBe(
      `cannot save documents/bad.json in workspace ${dir}: the file is damaged ` +
        '(invalid: statements.0.end: expected number, received string); restore it from its backup first'
    )
    await expect(store.commit([{ file: 'links.json', data: sampleLinks() }])).rejects.toMatchObject({
      code: 'DAMAGED',
      message: expect.stringContaining('links.json')
    })
    expect(await readJson(dir, 'documents/doc-1.json')).toEqual(sampleDocument('doc-1'))
    await expectCorruptFilesUntouched()
  })

  it('are listed by check() without the lock and without writing', async () => {
    await corruptWorkspace()
    const writer = closeAfterTest(await WorkspaceStore.open(dir))
    const damaged = await WorkspaceStore.check(dir)
    expect(damaged).toEqual(writer.damaged)
    await expectCorruptFilesUntouched()
  })

  it('a missing links.json is reported, and may be written again', async () => {
    await (await createSampleStore(dir)).close()
    await rm(join(dir, 'links.json'))
    const store = closeAfterTest(await WorkspaceStore.open(dir))
    expect(store.damaged).toEqual([{ file: 'links.json', reason: 'missing' }])
    await store.commit([{ file: 'links.json', data: sampleLinks(2) }])
    expect(store.damaged).toEqual([])
    expect(store.data.links?.links).toHaveLength(2)
  })
})

describe('a write that fails midway', () => {
  it('leaves the old file intact, readable and still in memory', async () => {
    let fail = false
    const store = closeAfterTest(
      await createSampleStore(dir, ['doc-1'], {
        onTempFile: async (_file, tmp) => {
          if (!fail) return
          await writeFile(tmp, '{"schemaVersion":2,"docu') // the new content, half written
          throw Object.assign(new Error('EIO: i/o error, write'), { code: 'EIO' })
        }
      })
    )
    const before = await readText(dir, 'documents/doc-1.json')
    fail = true
    const err = await store
      .commit([{ file: 'documents/doc-1.json', data: sampleDocument('doc-1', 'Lost') }])
      .catch((e: unknown) => e)
    expect(err).toMatchObject({ code: 'IO' })
    expect((err as Error).message).toContain(`could not save documents/doc-1.json in workspace ${dir}`)
    expect(await readText(dir, 'documents/doc-1.json')).toBe(before)
    expect(store.data.documents.get('doc-1')?.document.title).toBe('Document doc-1')
    expect(await readdir(join(dir, 'documents'))).toEqual(['doc-1.json'])
    await store.close()
    const again = closeAfterTest(await WorkspaceStore.open(dir))
    expect(again.damaged).toEqual([])
    expect(again.data.documents.get('doc-1')).toEqual(sampleDocument('doc-1'))
  })
})

describe('restore', () => {
  async function damageWithBackup(): Promise<void> {
    const store = await createSampleStore(dir)
    await store.commit([{ file: 'documents/doc-1.json', data: sampleDocument('doc-1', 'Second') }])
    await store.close()
    await writeFile(join(dir, 'documents/doc-1.json'), '{"trunc')
  }

  it('puts the backup back over a damaged file and keeps what it replaced', async () => {
    await damageWithBackup()
    expect(await WorkspaceStore.check(dir)).toEqual([
      { file: 'documents/doc-1.json', reason: expect.stringMatching(/^not valid JSON/) }
    ])
    await WorkspaceStore.restore(dir, 'documents/doc-1.json')
    expect(await WorkspaceStore.check(dir)).toEqual([])
    expect(await readJson(dir, 'documents/doc-1.json')).toEqual(sampleDocument('doc-1'))
    expect(await readText(dir, '.backup/documents/doc-1.json.replaced')).toBe('{"trunc')
  })

  it('can restore while the workspace is open, which makes the file writable again', async () => {
    await damageWithBackup()
    const store = closeAfterTest(await WorkspaceStore.open(dir))
    await expect(WorkspaceStore.restore(dir, 'documents/doc-1.json')).rejects.toMatchObject({
      code: 'LOCKED'
    })
    await store.restoreFile('documents/doc-1.json')
    expect(store.damaged).toEqual([])
    expect(store.data.documents.get('doc-1')).toEqual(sampleDocument('doc-1'))
    await store.commit([{ file: 'documents/doc-1.json', data: sampleDocument('doc-1', 'Fixed') }])
    expect(await readJson(dir, 'documents/doc-1.json')).toEqual(sampleDocument('doc-1', 'Fixed'))
  })

  it('refuses when there is no valid backup, naming the file', async () => {
    await damageWithBackup()
    await rm(join(dir, '.backup/documents/doc-2.json'))
    await expect(WorkspaceStore.restore(dir, 'documents/doc-2.json')).rejects.toMatchObject({
      code: 'NO_BACKUP',
      message: `there is no backup of documents/doc-2.json in workspace ${dir}`
    })
    await writeFile(join(dir, '.backup/documents/doc-1.json'), '{}')
    await expect(WorkspaceStore.restore(dir, 'documents/doc-1.json')).rejects.toMatchObject({
      code: 'NO_BACKUP',
      message: expect.stringContaining(
        `the backup of documents/doc-1.json in workspace ${dir} is not usable (invalid:`
      )
    })
    expect(await readText(dir, 'documents/doc-1.json')).toBe('{"trunc')
  })

  it('refuses paths that escape the workspace', async () => {
    await damageWithBackup()
    for (const file of ['../x.json', '/etc/passwd', 'documents/../../x.json', '..\\x.json', 'C:\\x.json']) {
      await expect(WorkspaceStore.restore(dir, file)).rejects.toMatchObject({
        code: 'INVALID',
        message: `"${file}" is outside workspace ${dir}`
      })
    }
    await expect(WorkspaceStore.restore(dir, '.lock-holder.json')).rejects.toMatchObject({ code: 'INVALID' })
  })
})
