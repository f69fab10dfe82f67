import { mkdir, mkdtemp, readdir, readFile, rm, symlink, unlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ApiError, type ExportFormat } from '../../shared/api'
import { coreClient } from '../core-client'
import { openCore } from '../open-core'
import { writeExport } from '../services/export/write-export'
import { WorkspaceStore } from '../store/workspace-store'
import { readAllFiles } from '../testing/read-all-files'
import { runDossier, type DossierRun } from '../testing/run-dossier'
import { canMountTmpfs, fillUp, mountTmpfs, remountReadOnly, unmount } from '../testing/tmpfs'

const base = await mkdtemp(join(tmpdir(), 'dossier-export-safety-'))
const ws = join(base, 'ws')
const mounts: string[] = []
/** Decided before the tests are named: a test says which way it fills the disk. */
const MOUNT = await canMountTmpfs(base)
const how = () => (MOUNT ? 'a real tmpfs' : 'fault injection: mount not permitted')

beforeAll(async () => {
  await (await openCore(ws, { create: 'seeded' })).close()
}, 60_000)
afterAll(async () => {
  for (const m of mounts) unmount(m)
  await rm(base, { recursive: true, force: true })
})

/** Tags one more statement, so the next export differs from the previous one. */
async function changeWorkspace(): Promise<void> {
  const core = await openCore(ws)
  const api = coreClient(core)
  const { items } = await api['statements.list']({ limit: 100 })
  const [theme] = await api['themes.list']({})
  const next = items.find((s) => !s.themeIds.includes(theme!.id))!
  await api['statements.tag']({ statementIds: [next.id], themeIds: [theme!.id] })
  await core.close()
}

const cli = (format: ExportFormat, out: string, ...more: string[]) =>
  runDossier(['-w', ws, 'export', '--format', format, '--out', out, ...more])

/** The same export in process, with `error` thrown as each temp file is made: what the CLI prints for it. */
async function injected(format: ExportFormat, out: string, error: () => Error): Promise<DossierRun> {
  const core = await openCore(ws, { readOnly: true })
  const result = await coreClient(core)['export.run']({ format })
  await core.close()
  const files = result.files.map((f) => ({
    path: f.path,
    content: f.text ?? Buffer.from(f.base64!, 'base64')
  }))
  const onTempFile = () => {
    throw error()
  }
  return writeExport(out, files, { format, onTempFile }).then(
    () => ({ code: 0, stdout: '', stderr: '' }),
    (err: unknown) => ({
      code: err instanceof ApiError ? 2 : 3,
      stdout: '',
      stderr: `dossier: ${(err as Error).message}\n`
    })
  )
}
const errno = (code: string, message: string) => () =>
  Object.assign(new Error(`${code}: ${message}`), { code, syscall: 'write' })

/** A folder for one test: a tmpfs of `sizeKb` where mounting is permitted, a plain folder otherwise. */
async function place(name: string, sizeKb: number): Promise<string> {
  const dir = join(base, name)
  await mkdir(dir)
  if (MOUNT && mountTmpfs(dir, sizeKb)) mounts.push(dir)
  return dir
}

function expectOneLine(run: DossierRun, pattern: RegExp): void {
  expect(run.code, run.stderr).toBe(2)
  expect(run.stderr).toMatch(pattern)
  expect(run.stderr.trim().split('\n')).toHaveLength(1)
  expect(run.stderr).not.toMatch(/\n\s+at |internal error/)
}

describe('exports never destroy anything', { timeout: 180_000 }, () => {
  it(`disk full (${how()}): the previous file and vault are byte-identical, no temp file is left`, async () => {
    const dir = await place('full', 256)
    const backup = join(dir, 'backup.json')
    const vault = join(dir, 'vault')
    for (const [format, out] of [
      ['json', backup],
      ['obsidian', vault]
    ] as const)
      expect((await cli(format, out)).code).toBe(0)
    const before = await readAllFiles(dir)
    await changeWorkspace()
    if (MOUNT) await fillUp(dir, 8 * 1024)
    const withFiller = await readAllFiles(dir)
    const enospc = errno('ENOSPC', 'no space left on device, write')
    const runs = MOUNT
      ? await Promise.all([
          cli('json', backup),
          cli('obsidian', vault),
          cli('obsidian', join(dir, 'vault-2'))
        ])
      : [
          await injected('json', backup, enospc),
          await injected('obsidian', vault, enospc),
          await injected('obsidian', join(dir, 'vault-2'), enospc)
        ]
    expectOneLine(
      runs[0]!,
      /^dossier: could not write .*\/backup\.json: no space left on device; the previous file is unchanged\n$/
    )
    expectOneLine(
      runs[1]!,
      /^dossier: could not write .*\/vault: no space left on device; nothing was changed\n$/
    )
    expectOneLine(
      runs[2]!,
      /^dossier: could not write .*\/vault-2: no space left on device; nothing was written\n$/
    )
    const after = await readAllFiles(dir)
    expect([...after.keys()].sort()).toEqual([...withFiller.keys()].sort())
    for (const [file, bytes] of before) expect(after.get(file)?.equals(bytes), `${file} unchanged`).toBe(true)
    expect(await readdir(dir)).not.toContain('vault-2')
  })

  it(`read-only target (${how()}): refused with the reason, the previous files byte-identical`, async () => {
    const dir = await place('ro', 512)
    const report = join(dir, 'report.md')
    const vault = join(dir, 'vault')
    for (const [format, out] of [
      ['markdown', report],
      ['obsidian', vault]
    ] as const)
      expect((await cli(format, out)).code).toBe(0)
    const before = await readAllFiles(dir)
    await changeWorkspace()
    const erofs = errno('EROFS', 'read-only file system, open')
    let runs: DossierRun[]
    if (MOUNT) {
      remountReadOnly(dir)
      runs = await Promise.all([
        cli('markdown', report),
        cli('obsidian', vault),
        cli('json', join(dir, 'new', 'x.json'))
      ])
    } else {
      runs = [
        await injected('markdown', report, erofs),
        await injected('obsidian', vault, erofs),
        await injected('json', join(dir, 'new', 'x.json'), erofs)
      ]
    }
    expectOneLine(
      runs[0]!,
      /^dossier: could not write .*\/report\.md: the file system is read-only; the previous file is unchanged\n$/
    )
    expectOneLine(
      runs[1]!,
      /^dossier: could not write .*\/vault: the file system is read-only; nothing was changed\n$/
    )
    expectOneLine(
      runs[2]!,
      /^dossier: could not write .*\/new\/x\.json: the file system is read-only; nothing was written\n$/
    )
    const after = await readAllFiles(dir)
    expect([...after.keys()].sort()).toEqual([...before.keys()].sort())
    for (const [file, bytes] of before) expect(after.get(file)?.equals(bytes), `${file} unchanged`).toBe(true)
  })

  it('a target inside a workspace (this one, another, one whose workspace.json is lost, through a symlink) is refused; the workspace is untouched', async () => {
    const other = join(base, 'other')
    await (await openCore(other, { create: 'empty' })).close()
    const lost = join(base, 'lost')
    await (await openCore(lost, { create: 'empty' })).close()
    await unlink(join(lost, 'workspace.json'))
    await symlink(ws, join(base, 'link-to-ws'))
    const before = await readAllFiles(ws)
    const cases: [ExportFormat, string, string][] = [
      ['json', join(ws, 'workspace.json'), ws],
      ['json', join(ws, 'documents', 'new.json'), ws],
      ['obsidian', ws, ws],
      ['obsidian', join(ws, '.backup', 'vault'), ws],
      ['markdown', join(other, 'notes', 'report.md'), other],
      ['csv', join(lost, 'rows.csv'), lost],
      ['json', join(base, 'link-to-ws', 'workspace.json'), ws],
      ['w3c', join(base, 'link-to-ws', 'deeper', 'still', 'x.jsonld'), ws]
    ]
    const runs = await Promise.all(cases.map(([format, out]) => cli(format, out)))
    runs.forEach((run, i) => {
      expect(run.stderr, cases[i]![1]).toBe(
        `dossier: refusing to write inside the workspace at ${cases[i]![2]}\n`
      )
      expect(run.code).toBe(2)
    })
    const after = await readAllFiles(ws)
    expect([...after.keys()].sort()).toEqual([...before.keys()].sort())
    for (const [file, bytes] of before) expect(after.get(file)?.equals(bytes), `${file} unchanged`).toBe(true)
    expect(await WorkspaceStore.check(ws)).toEqual([])
    expect(await readdir(lost)).not.toContain('rows.csv')
  })

  it('replaces an earlier export of the same format; anything else only with --force', async () => {
    const dir = join(base, 'replace')
    await mkdir(dir)
    const mine = join(dir, 'backup.json')
    await writeFile(mine, '{"my": "own data"}\n')
    const qdpx = join(dir, 'project.qdpx')
    expect((await cli('qdpx', qdpx)).code).toBe(0)
    const refused = await Promise.all([cli('json', mine), cli('csv', qdpx)])
    expectOneLine(
      refused[0]!,
      /^dossier: .*\/backup\.json exists and is not a Dossier json export; choose another name, or use --force to replace it\n$/
    )
    expectOneLine(refused[1]!, /project\.qdpx exists and is not a Dossier csv export/)
    expect(await readFile(mine, 'utf8')).toBe('{"my": "own data"}\n')
    const [forced, again] = [await cli('json', mine, '--force'), await cli('qdpx', qdpx)]
    expect(forced.code, forced.stderr).toBe(0)
    expect(again.code, again.stderr).toBe(0)
    expect(JSON.parse(await readFile(mine, 'utf8')).format).toBe('dossier-workspace')
    expect((await cli('json', mine)).code, 'an earlier export is replaced without --force').toBe(0)
    expect((await readdir(dir)).sort()).toEqual(['backup.json', 'project.qdpx'])
  })

  it('a vault: a new one appears whole; into an existing one, only earlier pages are replaced and no file of the user is touched', async () => {
    const vault = join(base, 'vault-merge')
    expect((await cli('obsidian', vault)).code).toBe(0)
    expect(
      (await readdir(base)).filter((n) => n.includes('.dossier-')),
      'no staging folder left'
    ).toEqual([])
    await writeFile(join(vault, 'Themes', 'Mine.md'), 'my own page')
    const page = join(vault, 'Themes', 'Escalation risk.md')
    await writeFile(page, 'I rewrote this page by hand')
    await changeWorkspace()
    const before = await readAllFiles(vault)
    const refused = await cli('obsidian', vault)
    expectOneLine(
      refused,
      /^dossier: .*\/Themes\/Escalation risk\.md exists and is not a page of a Dossier vault; nothing was written; choose another name, or use --force to replace it\n$/
    )
    const after = await readAllFiles(vault)
    expect([...after.keys()].sort()).toEqual([...before.keys()].sort())
    for (const [file, bytes] of before) expect(after.get(file)?.equals(bytes), `${file} unchanged`).toBe(true)
    expect((await cli('obsidian', vault, '--force')).code).toBe(0)
    expect(await readFile(page, 'utf8')).toMatch(/^---\ntype: theme\n/)
    expect(await readFile(join(vault, 'Themes', 'Mine.md'), 'utf8')).toBe('my own page')
    expect((await cli('obsidian', vault)).code, 'its own pages are replaced without --force').toBe(0)
  })
})
