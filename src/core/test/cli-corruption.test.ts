import { readFile, unlink } from 'node:fs/promises'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { fileFolder } from '../testing/temp-folder'
import {
  DAMAGES,
  FILE_KINDS,
  REASON,
  copyTemplate,
  createTemplate,
  damage,
  type Damage,
  type FileKind,
  type Template
} from '../testing/damaged-workspace'
import { runDossier } from '../testing/run-dossier'

const base = fileFolder('dossier-cli-corruption-')
let template: Template
beforeAll(async () => {
  template = await createTemplate(base())
})

// Each `dossier` run starts a Node process (~1-3 s), so the cases are packed: every kind of file is damaged in
// each workspace, and the kinds of damage rotate so that the four workspaces cover every (file, damage) pair.
const rotation = (round: number): [FileKind, Damage][] =>
  FILE_KINDS.map((kind, i) => [kind, DAMAGES[(i + round) % DAMAGES.length]!])

describe('dossier check and restore (bin/dossier.mjs)', () => {
  it(
    'check names every damaged file of every kind with its reason, for every kind of damage; exit 1',
    { timeout: 90_000 },
    async () => {
      const rounds = await Promise.all(
        DAMAGES.map(async (_, round) => {
          const dir = await copyTemplate(template, join(base(), `check-${round}`))
          const damaged = rotation(round)
          for (const [kind, how] of damaged) await damage(dir, template, kind, how)
          const run = await runDossier(round === 0 ? ['-w', dir, '--json', 'check'] : ['-w', dir, 'check'])
          return { round, damaged, run }
        })
      )
      for (const { round, damaged, run } of rounds) {
        expect(run.code, run.stderr).toBe(1)
        const found =
          round === 0
            ? (JSON.parse(run.stdout) as { ok: boolean; damaged: { file: string; reason: string }[] }).damaged
            : run.stdout
                .trim()
                .split('\n')
                .map((line) => ({
                  file: line.slice(0, line.indexOf(': ')),
                  reason: line.slice(line.indexOf(': ') + 2)
                }))
        expect(found.map((d) => d.file).sort()).toEqual(FILE_KINDS.map((k) => template.files[k]).sort())
        for (const [kind, how] of damaged) {
          const reason = found.find((d) => d.file === template.files[kind])?.reason
          expect(reason, `${template.files[kind]} ${how}`).toMatch(REASON[how])
        }
      }
    }
  )

  it(
    'restore brings back the last good copy, then check is clean; refuses paths outside and missing backups',
    { timeout: 90_000 },
    async () => {
      const dir = await copyTemplate(template, join(base(), 'restore'))
      await damage(dir, template, 'document', 'truncated')
      await damage(dir, template, 'workspace', 'schema-violating')
      const lost = await copyTemplate(template, join(base(), 'restore-lost-workspace-json'))
      await unlink(join(lost, 'workspace.json'))
      const [restoredLost, ...refusals] = await Promise.all([
        runDossier(['-w', lost, 'restore', 'workspace.json']),
        ...['documents/../../x.json', 'notes/nope.json'].map((file) =>
          runDossier(['-w', dir, 'restore', file])
        )
      ])
      expect(restoredLost.code, `a lost workspace.json comes back: ${restoredLost.stderr}`).toBe(0)
      expect(await readFile(join(lost, 'workspace.json'), 'utf8')).toContain('"schemaVersion"')
      for (const run of refusals) {
        expect(run.code).toBe(2)
        expect(run.stderr).toMatch(/^dossier: .*(outside workspace|no backup)/)
      }
      for (const file of [template.files.document, template.files.workspace]) {
        const run = await runDossier(['-w', dir, 'restore', file])
        expect(run.code, run.stderr).toBe(0)
        expect(run.stdout).toContain(`Restored ${file}`)
        expect((await readFile(join(dir, file))).equals(await readFile(join(dir, '.backup', file)))).toBe(
          true
        )
      }
      const check = await runDossier(['-w', dir, 'check'])
      expect(check.code, check.stdout).toBe(0)
      expect(check.stdout).toMatch(/^OK: every file of .* is valid/)
    }
  )
})
