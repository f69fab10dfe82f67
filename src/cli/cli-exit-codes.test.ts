import { execFileSync } from 'node:child_process'
import { cp, mkdir, mkdtemp, readdir, readFile, rename, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { coreClient } from '../core/core-client'
import { openCore } from '../core/open-core'
import { storeErrorToApi } from '../core/store-error-to-api'
import { StoreError } from '../core/store/store-error'
import { WorkspaceStore } from '../core/store/workspace-store'
import { runDossier, type DossierRun } from '../core/testing/run-dossier'
import { canMountTmpfs, fillUp, mountTmpfs, remountReadOnly, unmount } from '../core/testing/tmpfs'
import { exitCodeOf } from './main'

const base = await mkdtemp(join(tmpdir(), 'dossier-exit-codes-'))
const ws = join(base, 'ws')
const mounts: string[] = []
/** Decided before the tests are named: a test says how it makes the disk full or read-only. */
const MOUNT = await canMountTmpfs(base)
const how = MOUNT ? 'a real tmpfs' : 'fault injection: mount not permitted'
let documentId: string

beforeAll(async () => {
  const core = await openCore(ws, { create: 'seeded' })
  documentId = (await coreClient(core)['documents.list']({}))[0]!.id
  await core.close()
}, 60_000)
afterAll(async () => {
  for (const m of mounts) unmount(m)
  await rm(base, { recursive: true, force: true })
})

/** Exit 2 and one line naming the problem (bad usage adds a hint to --help): no stack, no "internal error". */
function expectUserError(run: DossierRun, pattern: RegExp, what: string): void {
  expect(run.code, `${what}: ${run.stderr}`).toBe(2)
  expect(run.stderr, what).toMatch(pattern)
  const lines = run.stderr.trim().split('\n')
  expect(lines.slice(1), what).toEqual(
    lines[0]!.startsWith('error:') ? ['(run dossier --help for usage)'] : []
  )
  expect(run.stderr, what).not.toMatch(/\n\s+at |internal error/)
}

describe('dossier exit codes (bin/dossier.mjs)', { timeout: 180_000 }, () => {
  it('bad paths, not-a-regular-file inputs and bad usage: exit 2, one line saying what', async () => {
    const fifo = join(base, 'pipe')
    execFileSync('mkfifo', [fifo])
    const aFile = join(base, 'a-file.txt')
    await writeFile(aFile, 'not a workspace')
    const fifoWs = join(base, 'fifo-ws')
    await mkdir(fifoWs)
    execFileSync('mkfifo', [join(fifoWs, 'workspace.json')])
    const backupFifo = join(base, 'ws-fifo-backup')
    await cp(ws, backupFifo, { recursive: true })
    await rm(join(backupFifo, '.backup', 'documents', `${documentId}.json`))
    execFileSync('mkfifo', [join(backupFifo, '.backup', 'documents', `${documentId}.json`)])
    const cases: [string[], RegExp][] = [
      [['-w', join(base, 'nowhere'), 'documents'], /is not a Dossier workspace/],
      [['-w', aFile, 'statements'], /a-file\.txt is not a Dossier workspace/],
      [['-w', aFile, 'init'], /cannot create a workspace in .*a-file\.txt: it is a file, not a folder/],
      [['-w', fifoWs, 'documents'], /its workspace\.json is not a regular file/],
      [['-w', ws, 'export', '--format', 'nope', '--out', join(base, 'x')], /--format must be one of/],
      [
        ['-w', ws, 'export', '--format', 'json', '--out', fifo],
        /pipe is a FIFO \(named pipe\), not a regular file/
      ],
      [
        ['-w', ws, 'export', '--format', 'json', '--out', '/dev/zero'],
        /\/dev\/zero is a device, not a regular file/
      ],
      [
        ['-w', ws, 'export', '--format', 'json', '--out', base],
        /is a folder; give the name of a file to write/
      ],
      [['-w', ws, 'restore', '../outside.json'], /is outside workspace/],
      [
        ['-w', backupFifo, 'restore', `documents/${documentId}.json`],
        /the backup of documents\/.*\.json in workspace .* is not a regular file/
      ],
      [['-w', ws, 'tag'], /^error: missing required argument/],
      [['-w', ws, '--no-such-option', 'documents'], /^error: unknown option/]
    ]
    const runs = await Promise.all(cases.map(([args]) => runDossier(args)))
    runs.forEach((run, i) => expectUserError(run, cases[i]![1], cases[i]![0].join(' ')))
  })

  it(`a read-only workspace (${how}): a write is refused with exit 2 and the reason; reading still works`, async () => {
    if (!MOUNT) {
      const err = new StoreError('IO', 'could not save workspace.json in workspace /w', {
        cause: Object.assign(new Error('EROFS: read-only file system, open'), {
          code: 'EROFS',
          syscall: 'open'
        })
      })
      expect(storeErrorToApi(err).code).toBe('READ_ONLY')
      expect(exitCodeOf(storeErrorToApi(err))).toBe(2)
      return
    }
    const dir = join(base, 'ro')
    await mkdir(dir)
    expect(mountTmpfs(dir, 2048)).toBe(true)
    mounts.push(dir)
    await cp(ws, join(dir, 'ws'), { recursive: true })
    await rm(join(dir, 'ws', '.lock'), { recursive: true, force: true })
    remountReadOnly(dir)
    const [write, read] = await Promise.all([
      runDossier(['-w', join(dir, 'ws'), 'theme', 'add', 'Deterrence']),
      runDossier(['-w', join(dir, 'ws'), '--json', 'documents'])
    ])
    expectUserError(write, /read-only/, 'theme add on a read-only workspace')
    expect(read.code, read.stderr).toBe(0)
    expect(JSON.parse(read.stdout)).toHaveLength(1)
  })

  it(`a full disk under the workspace (${how}): a save is refused with exit 2 and the reason; every file still valid`, async () => {
    if (!MOUNT) {
      const err = new StoreError('IO', 'could not save workspace.json in workspace /w', {
        cause: Object.assign(new Error('ENOSPC: no space left on device, write'), {
          code: 'ENOSPC',
          syscall: 'write'
        })
      })
      expect(storeErrorToApi(err).code).toBe('IO')
      expect(exitCodeOf(storeErrorToApi(err))).toBe(2)
      return
    }
    const dir = join(base, 'full')
    await mkdir(dir)
    expect(mountTmpfs(dir, 2048)).toBe(true)
    mounts.push(dir)
    const small = join(dir, 'ws')
    await cp(ws, small, { recursive: true })
    await rm(join(small, '.lock'), { recursive: true, force: true })
    // Room for the lock, not for the document (tens of KB) that tagging rewrites. Its backup is made small
    // first: replacing the backup frees its pages, which would otherwise make room for the save.
    await writeFile(join(small, '.backup', 'documents', `${documentId}.json`), '{}')
    await fillUp(dir, 4096)
    const run = await runDossier(['-w', small, 'tag', `${documentId}.1`, 'Escalation risk'])
    expectUserError(
      run,
      new RegExp(`could not save documents/${documentId}\\.json in workspace .*(ENOSPC|no space left)`),
      'tag on a full disk'
    )
    expect(await WorkspaceStore.check(small)).toEqual([])
  })

  it('check names a symlinked document (exit 1), a pending save and an unknown file; without damage it exits 0 with the notes', async () => {
    const damaged = join(base, 'check-1')
    const pending = join(base, 'check-0')
    for (const dir of [damaged, pending]) {
      await cp(ws, dir, { recursive: true })
      await rm(join(dir, '.lock'), { recursive: true, force: true })
      await writeFile(join(dir, 'notes.txt'), 'my notes')
      const store = await WorkspaceStore.open(dir, {
        hooks: {
          afterJournal: () => {
            throw new Error('killed after the journal')
          }
        }
      })
      const workspace = store.data.workspace!
      const renamed = { ...workspace, meta: { ...workspace.meta, name: 'Renamed' } }
      await store
        .commit([
          { file: 'workspace.json', data: renamed },
          { file: 'links.json', data: store.data.links }
        ])
        .catch(() => {})
      await store.close()
    }
    const doc = `documents/${documentId}.json`
    await rename(join(damaged, doc), join(base, 'elsewhere.json'))
    await symlink(join(base, 'elsewhere.json'), join(damaged, doc))
    const [one, zero, json] = await Promise.all([
      runDossier(['-w', damaged, 'check']),
      runDossier(['-w', pending, 'check']),
      runDossier(['-w', damaged, '--json', 'check'])
    ])
    expect(one.code, one.stderr).toBe(1)
    expect(one.stdout.split('\n')).toEqual([
      `${doc}: a symbolic link to ${join(base, 'elsewhere.json')} (links inside a workspace are not followed), not a file: not loaded`,
      expect.stringMatching(
        /^\.journal\.json: a save of workspace\.json, links\.json is in progress or was interrupted; it is completed when the workspace is next opened for writing/
      ),
      'notes.txt: a file, not part of a Dossier workspace; ignored',
      ''
    ])
    expect(zero.code, zero.stderr).toBe(0)
    expect(zero.stdout).toMatch(
      /^OK: every file of .* is valid\n\.journal\.json: a save of .*\nnotes\.txt: a file, not part of a Dossier workspace; ignored\n$/
    )
    expect(JSON.parse(json.stdout)).toMatchObject({
      ok: false,
      damaged: [{ file: doc }],
      notices: [{ file: '.journal.json' }],
      ignored: [{ file: 'notes.txt' }]
    })
  })

  it('restore works on a freshly imported document and on a workspace.json never saved twice', async () => {
    const dir = join(base, 'fresh')
    const source = join(base, 'briefing.txt')
    await writeFile(
      source,
      'The minister said the talks would resume on Monday. Officials declined to comment.\n'
    )
    expect((await runDossier(['-w', dir, 'init', '--empty'])).code).toBe(0)
    const imported = await runDossier(['-w', dir, 'import', source])
    expect(imported.code, imported.stderr).toBe(0)
    const [file] = await readdir(join(dir, 'documents'))
    const doc = `documents/${file}`
    const good = {
      doc: await readFile(join(dir, doc)),
      workspace: await readFile(join(dir, 'workspace.json'))
    }
    await writeFile(join(dir, doc), '{"schemaVersion": 2, "docu')
    await writeFile(join(dir, 'workspace.json'), '')
    const check = await runDossier(['-w', dir, 'check'])
    expect(check.code).toBe(1)
    for (const f of [doc, 'workspace.json']) {
      const run = await runDossier(['-w', dir, 'restore', f])
      expect(run.code, run.stderr).toBe(0)
      expect(run.stdout).toBe(`Restored ${f} from its last good copy\n`)
    }
    expect((await readFile(join(dir, doc))).equals(good.doc)).toBe(true)
    expect((await readFile(join(dir, 'workspace.json'))).equals(good.workspace)).toBe(true)
    expect((await runDossier(['-w', dir, 'check'])).code).toBe(0)
  })
})
