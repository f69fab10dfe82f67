import { beforeEach, describe, expect, it } from 'vitest'
import { testFolder } from '../testing/temp-folder'
import { closeAfterTest, createSampleStore, sampleDocument, sampleNote } from './testing/sample-workspace'
import { StoreError } from './store-error'
import type { StoreOp } from './store-hooks'
import type { WorkspaceStore } from './workspace-store'

let store: WorkspaceStore
let failAt: StoreOp | null

beforeEach(async () => {
  failAt = null
  store = await createSampleStore(await testFolder(), ['doc-1'], {
    onOp: (op, file) => {
      if (op === failAt && (op !== 'write' || file === 'notes/note-2.json'))
        throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' })
    }
  })
  closeAfterTest(store)
})

const COMMIT = [
  { file: 'documents/doc-1.json', data: sampleDocument('doc-1', 'New') },
  { file: 'notes/note-2.json', data: sampleNote('note-2') }
] as const

async function failure(): Promise<StoreError> {
  const err = await store.commit([...COMMIT]).then(
    () => null,
    (e: unknown) => e
  )
  expect(err).toBeInstanceOf(StoreError)
  return err as StoreError
}

describe('a multi-file commit that fails', () => {
  it('before its journal is durable: not journaled (the caller rolls back)', async () => {
    failAt = 'journal'
    expect((await failure()).journaled).toBe(false)
  })

  it('after its journal is durable: journaled, and the next commit completes it', async () => {
    failAt = 'write'
    const err = await failure()
    expect(err.journaled).toBe(true)
    expect(err.message).toMatch(/will be completed when the workspace is next saved or opened/)
    failAt = null
    await store.commit([{ file: 'documents/doc-1.json', data: sampleDocument('doc-1', 'Newer') }])
    expect(store.data.notes.has('note-2')).toBe(true)
  })

  it('a single-file commit is never journaled', async () => {
    failAt = 'write'
    const err = await store.commit([{ file: 'notes/note-2.json', data: sampleNote('note-2') }]).then(
      () => null,
      (e: unknown) => e as StoreError
    )
    expect(err?.journaled).toBe(false)
  })
})
