import { mkdir, readFile, readdir, symlink, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { fileFolder } from '../testing/temp-folder'
import { openCore } from '../open-core'
import { runDossier } from '../testing/run-dossier'
import { coreClient } from '../core-client'

const base = fileFolder('dossier-export-paths-')
let ws: string

/** Every path under `dir`, without following symlinks. */
async function walk(dir: string): Promise<string[]> {
  const out: string[] = []
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    out.push(path)
    if (entry.isDirectory()) out.push(...(await walk(path)))
  }
  return out
}

beforeAll(async () => {
  ws = join(base(), 'ws')
  const core = await openCore(ws, { create: 'seeded' })
  const api = coreClient(core)
  for (const title of [
    '../../../escaped',
    '..',
    '/etc/passwd',
    'C:\\Windows\\evil',
    'Notes/../../x',
    '.hidden'
  ])
    await api['notes.create']({ title })
  await api['themes.create']({ name: '../../theme-escape' })
  await core.close()
})

describe('dossier export: path tricks', () => {
  it('names that try ../ or absolute paths stay inside the vault', { timeout: 60_000 }, async () => {
    const vault = join(base(), 'vault-names')
    const before = await walk(base())
    const run = await runDossier(['-w', ws, 'export', '--format', 'obsidian', '--out', vault])
    expect(run.code, run.stderr).toBe(0)
    const created = (await walk(base())).filter((p) => !before.includes(p) && !p.startsWith(ws + '/'))
    for (const p of created)
      expect(p.startsWith(vault + '/') || p === vault, `${p} is outside the vault`).toBe(true)
    const notes = (await readdir(join(vault, 'Notes'))).sort()
    expect(notes.length).toBe(6)
    for (const n of notes) expect(n).not.toMatch(/^\.|[/\\]/)
  })

  it('a symlink inside the vault pointing outside is not followed', { timeout: 60_000 }, async () => {
    const vault = join(base(), 'vault-links')
    const outside = join(base(), 'outside')
    const victim = join(base(), 'victim.txt')
    await mkdir(join(vault, 'Themes'), { recursive: true })
    await mkdir(outside)
    await writeFile(victim, 'keep me')
    await symlink(outside, join(vault, 'Notes'))
    await symlink(victim, join(vault, 'Themes', 'Escalation risk.md'))
    const run = await runDossier(['-w', ws, 'export', '--format', 'obsidian', '--out', vault])
    expect(await readdir(outside), 'nothing written through the Notes symlink').toEqual([])
    expect(await readFile(victim, 'utf8'), 'the symlinked file outside was not overwritten').toBe('keep me')
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/^dossier: refusing to write .* is a symbolic link/)
  })
})
