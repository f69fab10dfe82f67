import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { testFolder } from '../testing/temp-folder'
import { ApiError, type StatementRow } from '../../shared/api'
import type { CoreService } from '../core-service'
import { openCore } from '../open-core'
import type { StoreHooks, StoreOp } from '../store/store-hooks'
import { WorkspaceStore } from '../store/workspace-store'
import { isTempFile, readAllFiles } from '../testing/read-all-files'
import { fingerprintDifference, workspaceFingerprint } from '../testing/workspace-fingerprint'

const enospc = () => Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' })
const eacces = () => Object.assign(new Error('EACCES: permission denied, open'), { code: 'EACCES' })

let dir: string
let core: CoreService
/** Set by a test: the failure to throw from the store's hook, and where. */
let failure: { op: StoreOp | 'temp'; file?: string | RegExp; error: () => Error } | null

const fileMatches = (file: string): boolean =>
  !failure?.file || (typeof failure.file === 'string' ? failure.file === file : failure.file.test(file))
const hooks: StoreHooks = {
  onOp: (op, file) => {
    if (failure && failure.op === op && fileMatches(file)) throw failure.error()
  },
  onTempFile: (file) => {
    if (failure?.op === 'temp' && fileMatches(file)) throw failure.error()
  }
}

beforeEach(async () => {
  dir = join(await testFolder('dossier-failed-write-'), 'ws')
  await (await openCore(dir, { create: 'seeded' })).close()
  core = await openCore(dir, { hooks })
  failure = null
})

afterEach(async () => {
  await core.close()
})

async function firstStatement(): Promise<StatementRow> {
  const { items } = (await core.dispatch('statements.list', { limit: 1 })) as { items: StatementRow[] }
  return items[0]!
}

async function themeIds(): Promise<string[]> {
  return ((await core.dispatch('themes.list', {})) as { id: string }[]).map((t) => t.id)
}

/** Runs a write that fails, and checks that it failed cleanly: a clear error, memory and disk as before. */
async function expectCleanFailure(write: () => Promise<unknown>, message: RegExp): Promise<ApiError> {
  const before = await workspaceFingerprint(core)
  const filesBefore = await readAllFiles(dir)
  const err = await write().then(
    () => null,
    (e: unknown) => e
  )
  failure = null
  expect(err).toBeInstanceOf(ApiError)
  expect((err as ApiError).message).toMatch(message)
  expect((err as ApiError).message).toMatch(/nothing was changed/)
  expect(fingerprintDifference(before, await workspaceFingerprint(core)), 'memory rolled back').toBe('')
  const filesAfter = await readAllFiles(dir)
  expect([...filesAfter.keys()].filter(isTempFile), 'no temp file left').toEqual([])
  for (const [file, bytes] of filesBefore) {
    if (file.startsWith('.backup/')) continue
    expect(filesAfter.get(file)?.equals(bytes), `${file} unchanged`).toBe(true)
  }
  expect([...filesAfter.keys()].filter((f) => !f.startsWith('.backup/')).sort()).toEqual(
    [...filesBefore.keys()].filter((f) => !f.startsWith('.backup/')).sort()
  )
  expect(await WorkspaceStore.check(dir), 'every file validates').toEqual([])
  const reopened = await openCore(dir, { readOnly: true })
  const onDisk = await workspaceFingerprint(reopened, { history: false })
  const expected = await workspaceFingerprint(core, { history: false })
  expect(fingerprintDifference(expected, onDisk), 'the disk holds the old state').toBe('')
  await reopened.close()
  return err as ApiError
}

describe('a write that fails', () => {
  it('disk full while writing a file: a clear error naming the file, nothing half-written', async () => {
    const st = await firstStatement()
    const [theme] = await themeIds()
    failure = { op: 'write', error: enospc }
    const err = await expectCleanFailure(
      () => core.dispatch('statements.tag', { statementIds: [st.id], themeIds: [theme] }),
      new RegExp(`could not save documents/${st.documentId}\\.json.*ENOSPC`)
    )
    expect(err.message).toContain(dir)
  })

  it('disk full once the temp file exists: the temp file is removed, the old file stays', async () => {
    failure = { op: 'temp', file: 'workspace.json', error: enospc }
    await expectCleanFailure(
      () => core.dispatch('themes.create', { name: 'Doomed' }),
      /workspace\.json.*ENOSPC/
    )
  })

  it('permission denied (a read-only folder): a clear error, nothing changed', async () => {
    failure = { op: 'write', error: eacces }
    await expectCleanFailure(
      () => core.dispatch('notes.create', { title: 'Doomed note' }),
      /could not save notes\/.*permission denied/
    )
  })

  it('disk full while making the first copy of a new file: the file is not written either', async () => {
    failure = { op: 'temp', file: /^\.backup\/notes\/nt-[\w.-]+\.json$/, error: enospc }
    await expectCleanFailure(
      () => core.dispatch('notes.create', { title: 'Doomed note' }),
      /could not save notes\/.*ENOSPC/
    )
  })

  it('disk full while taking the backup: nothing written', async () => {
    failure = { op: 'backup', error: enospc }
    await expectCleanFailure(() => core.dispatch('themes.create', { name: 'Doomed' }), /ENOSPC/)
  })

  it('a multi-file save that fails before its journal is durable changes nothing', async () => {
    const st = await firstStatement()
    const [from, into] = await themeIds()
    await core.dispatch('statements.tag', { statementIds: [st.id], themeIds: [from] })
    failure = { op: 'journal', error: enospc }
    await expectCleanFailure(() => core.dispatch('themes.merge', { fromId: from, intoId: into }), /ENOSPC/)
  })

  it('the next save works once space is back', async () => {
    failure = { op: 'write', error: enospc }
    await expect(core.dispatch('themes.create', { name: 'Later' })).rejects.toBeInstanceOf(ApiError)
    failure = null
    await core.dispatch('themes.create', { name: 'Later' })
    const reopened = await openCore(dir, { readOnly: true })
    expect(((await reopened.dispatch('themes.list', {})) as { name: string }[]).map((t) => t.name)).toContain(
      'Later'
    )
    await reopened.close()
  })

  it('a multi-file save that fails after its journal is durable: what the API said is what the disk holds', async () => {
    const st = await firstStatement()
    const [from, into] = (await themeIds()) as [string, string]
    await core.dispatch('statements.tag', { statementIds: [st.id], themeIds: [from] })
    failure = { op: 'write', file: 'workspace.json', error: enospc }
    const log = vi.spyOn(console, 'error').mockImplementation(() => {})
    const outcome = await core.dispatch('themes.merge', { fromId: from, intoId: into }).then(
      () => 'saved',
      (e: unknown) => (e instanceof ApiError ? 'refused' : e)
    )
    failure = null
    log.mockRestore()
    const inMemory = await workspaceFingerprint(core, { history: false })
    const merged = !(await themeIds()).includes(from)
    expect(merged, 'memory shows the merge exactly when the API reported success').toBe(outcome === 'saved')
    await core.close()
    core = await openCore(dir, { hooks })
    expect(
      fingerprintDifference(inMemory, await workspaceFingerprint(core, { history: false })),
      'reopening (which completes the journal) shows the same'
    ).toBe('')
    expect(await WorkspaceStore.check(dir)).toEqual([])
  })
})
