import { beforeAll, describe, expect, it } from 'vitest'
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { cliWorkspace } from './testing/cli-workspace'

const { root, ws, run, json } = cliWorkspace('dossier-cli-views-')

beforeAll(async () => {
  expect((await run('init')).code).toBe(0)
})

// Each command is a fresh process; on a loaded 2-core machine they take a while together.
describe('dossier views', { timeout: 180_000 }, () => {
  it('saves, lists, shows, narrows statements and exports by a view, replaces and deletes it', async () => {
    const [doc] = await json('documents')
    const all = await json('statements', '--doc', doc.id)
    const stoltenberg = all.filter((s: { speaker: string | null }) => s.speaker === 'Jens Stoltenberg')
    expect(stoltenberg.length).toBeGreaterThan(0)

    const save = await run('views', 'save', 'NATO chief', '--speaker', 'Jens Stoltenberg', '--doc', doc.id)
    expect(save).toMatchObject({ code: 0, stderr: '' })
    expect(save.stdout).toBe(`Saved view "NATO chief": speakers Jens Stoltenberg · documents ${doc.title}\n`)

    const list = await run('views')
    expect(list.stdout).toMatch(/NAME\s+FILTER\s+UPDATED/)
    expect(list.stdout).toMatch(/NATO chief\s+speakers Jens Stoltenberg · documents/)

    const shown = await json('views', 'show', 'nato CHIEF')
    expect(shown).toMatchObject({ name: 'NATO chief', statements: stoltenberg.length, dropped: [] })
    expect((await run('views', 'show', 'NATO chief')).stdout).toContain(`statements: ${stoltenberg.length}`)

    const viewed = await json('statements', '--view', 'NATO chief')
    expect(viewed.map((s: { id: string }) => s.id)).toEqual(stoltenberg.map((s: { id: string }) => s.id))
    // A flag replaces that field of the view: here the speaker becomes "none".
    const none = await json('statements', '--view', 'NATO chief', '--speaker', 'none')
    expect(
      none.every((s: { speaker: string | null; documentId: string }) => !s.speaker && s.documentId === doc.id)
    ).toBe(true)
    expect(none.length).toBe(all.filter((s: { speaker: string | null }) => !s.speaker).length)

    const out = join(root(), 'view.csv')
    expect((await run('export', '--format', 'csv', '--out', out, '--view', 'NATO chief')).code).toBe(0)
    const rows = (await readFile(out, 'utf8')).trim().split('\n')
    expect(rows).toHaveLength(stoltenberg.length + 1)
    const jsonOut = join(root(), 'view.json')
    expect((await run('export', '--format', 'json', '--out', jsonOut, '--view', 'NATO chief')).code).toBe(0)
    const snap = JSON.parse(await readFile(jsonOut, 'utf8'))
    expect(snap.documents[0].statements).toHaveLength(stoltenberg.length)
    expect(snap.views.map((v: { name: string }) => v.name)).toEqual(['NATO chief'])

    const replaced = await run(
      'views',
      'save',
      'nato chief',
      '--relation',
      'supports',
      '--from',
      '2024-01-01'
    )
    expect(replaced.stdout).toBe(
      'Replaced view "nato chief": dated from 2024-01-01 · in a "supports" cross-reference\n'
    )
    expect(await json('views')).toHaveLength(1)

    expect(await run('views', 'delete', 'NATO CHIEF')).toMatchObject({
      code: 0,
      stdout: 'Deleted view "nato chief"\n'
    })
    expect((await run('views')).stdout).toMatch(/^No saved views/)
  })

  it('an unknown view or a bad flag is one line and exit 2, naming what exists', async () => {
    expect((await run('views', 'save', 'Kept', '--coding', 'span')).code).toBe(0)
    for (const args of [
      ['statements', '--view', 'Missing'],
      ['views', 'show', 'Missing'],
      ['views', 'delete', 'Missing'],
      ['export', '--format', 'csv', '--out', join(root(), 'x.csv'), '--view', 'Missing']
    ]) {
      const r = await run(...args)
      expect(r.code, args.join(' ')).toBe(2)
      expect(r.stderr.trim(), args.join(' ')).toBe('dossier: no saved view "Missing" (saved views: "Kept")')
    }
    const bad = [
      [['views', 'save', 'X', '--from', '2024-13'], /--from must be a day like 2024-05-30 \(got "2024-13"\)/],
      [['views', 'save', 'X', '--relation', 'likes'], /--relation must be one of supports, contradicts/],
      [['views', 'save', 'X', '--theme', 'Nope'], /no theme "Nope" \(themes: /],
      [['views', 'save', ' ', '--coding', 'span'], /a view needs a name/]
    ] as const
    for (const [args, message] of bad) {
      const r = await run(...args)
      expect(r.code, args.join(' ')).toBe(2)
      expect(r.stderr, args.join(' ')).toMatch(message)
      expect(r.stderr.trim().split('\n')).toHaveLength(1)
    }
  })

  it('check names a damaged views.json, and restore brings back its last good copy', async () => {
    // A last good copy is taken of the files as a writable open finds them.
    expect((await run('views', 'save', 'Kept', '--coding', 'span')).code).toBe(0)
    await writeFile(join(ws(), 'views.json'), JSON.stringify({ schemaVersion: 2, views: [{ id: 'v1' }] }))
    const check = await run('check')
    expect(check.code).toBe(1)
    expect(check.stdout + check.stderr).toMatch(/views\.json: invalid: views\.0\.name/)
    expect((await run('restore', 'views.json')).code).toBe(0)
    expect((await json('views')).map((v: { name: string }) => v.name)).toEqual(['Kept'])
    expect((await run('check')).code).toBe(0)
  })
})
