import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { Low } from 'lowdb'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { testFolder } from '../testing/temp-folder'
import { readShard, shardWriter } from './shard-db'
import { closeAfterTest, createSampleStore, sampleDocument, sampleNote } from './testing/sample-workspace'
import { WorkspaceStore } from './workspace-store'

let dir: string
beforeEach(async () => {
  dir = await testFolder()
})

describe('readShard', () => {
  it('tells a missing file from one holding a falsy value, and throws on a damaged one', async () => {
    const file = join(dir, 'x.json')
    expect(await readShard(file)).toEqual({ found: false })
    for (const [text, value] of [
      ['null', null],
      ['false', false],
      ['0', 0],
      ['{"a":1}', { a: 1 }]
    ] as const) {
      await writeFile(file, text)
      expect(await readShard(file)).toEqual({ found: true, value })
    }
    await writeFile(file, '{"a":')
    await expect(readShard(file)).rejects.toThrow(SyntaxError)
  })
})

describe('shardWriter', () => {
  it('writes exactly the text it reports, indented when asked', async () => {
    const file = join(dir, 'w.json')
    const { db, text } = shardWriter(file, { a: [1, 2] }, { indent: 2 })
    await db.write()
    expect(await readFile(file, 'utf8')).toBe(text)
    expect(text).toBe('{\n  "a": [\n    1,\n    2\n  ]\n}\n')
  })
})

describe('the store', () => {
  it('reads every file on open and writes every file of a commit through lowdb', async () => {
    const reads = vi.spyOn(Low.prototype, 'read')
    const writes = vi.spyOn(Low.prototype, 'write')
    try {
      await (await createSampleStore(dir, ['doc-1', 'doc-2'])).close()
      const created = writes.mock.calls.length
      expect(created).toBe(5) // workspace.json, links.json, two documents, a note
      const store = closeAfterTest(await WorkspaceStore.open(dir))
      expect(reads.mock.calls.length).toBe(5)
      await store.commit([
        { file: 'documents/doc-1.json', data: sampleDocument('doc-1', 'New') },
        { file: 'notes/note-2.json', data: sampleNote('note-2') }
      ])
      // the journal and the two files
      expect(writes.mock.calls.length - created).toBe(3)
    } finally {
      reads.mockRestore()
      writes.mockRestore()
    }
  })
})
