import { describe, expect, it } from 'vitest'
import { readFile, readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { cliWorkspace } from './testing/cli-workspace'

const { root, ws, run, json } = cliWorkspace('dossier-cli-')

// Each command is a fresh process; on a loaded 2-core machine a few of them take tens of seconds together.
describe('dossier CLI', { timeout: 120_000 }, () => {
  it('init seeds a workspace whose statements carry their speakers', async () => {
    const init = await run('init')
    expect(init.code).toBe(0)
    expect(init.stdout).toMatch(/Created workspace/)
    const statements = await json('statements')
    expect(statements.length).toBeGreaterThan(40)
    for (const key of ['id', 'documentId', 'text', 'speaker', 'themes'])
      expect(statements[0]).toHaveProperty(key)
    const said = statements.find((s: { text: string }) => s.text.endsWith('Stoltenberg said.'))
    expect(said.speaker).toBe('Jens Stoltenberg')
    const docs = await json('documents')
    expect(docs[0]).toMatchObject({ publishedAt: '2024-05-30', statementCount: statements.length })
    expect((await run('init')).code).toBe(2)
  })

  it('tag, annotate and link show in statements, links and the json export', async () => {
    const statements = await json('statements')
    const [a, b] = [statements[3], statements[20]]
    expect((await run('tag', a.id, 'Escalation risk', 'nuclear signalling')).code).toBe(0)
    expect(
      (
        await run(
          'annotate',
          a.id,
          '--note',
          'Why now?',
          '--quote',
          a.text.slice(0, 12),
          '--theme',
          'Alliance unity'
        )
      ).code
    ).toBe(0)
    expect((await run('link', a.id, b.id, '--relation', 'contradicts', '--note', 'tension')).code).toBe(0)

    const after = (await json('statements', '--theme', 'Escalation risk')) as {
      id: string
      themes: string[]
      annotations: number
    }[]
    expect(after.map((s) => s.id)).toEqual([a.id])
    expect(after[0]!.themes.sort()).toEqual(['Escalation risk', 'Nuclear signalling'])
    expect(after[0]!.annotations).toBe(1)
    const links = await json('links')
    expect(links).toHaveLength(1)
    expect(links[0]).toMatchObject({ fromId: a.id, toId: b.id, relation: 'contradicts', note: 'tension' })

    const out = join(root(), 'export.json')
    expect((await run('export', '--format', 'json', '--out', out)).code).toBe(0)
    const snap = JSON.parse(await readFile(out, 'utf8'))
    expect(snap.format).toBe('dossier-workspace')
    expect(snap.links).toHaveLength(1)
    expect(snap.documents[0].annotations[0].notePlain).toBe('Why now?')
    expect(snap.documents[0].statements.find((s: { id: string }) => s.id === a.id).themeIds).toHaveLength(2)
  })

  it('theme add and merge work by name; search finds statements', async () => {
    expect(
      (await run('theme', 'add', 'Deterrence', '--parent', 'Escalation risk', '--color', '#123456')).code
    ).toBe(0)
    const themes = await json('themes')
    const det = themes.find((t: { name: string }) => t.name === 'Deterrence')
    expect(det.parentId).toBe(themes.find((t: { name: string }) => t.name === 'Escalation risk').id)
    expect((await run('theme', 'merge', 'Deterrence', 'Nuclear signalling')).code).toBe(0)
    expect((await json('themes')).some((t: { name: string }) => t.name === 'Deterrence')).toBe(false)
    const hits = await json('search', 'Peskov')
    expect(hits.length).toBeGreaterThan(0)
  })

  it('speaker set changes an attribution', async () => {
    const [s] = await json('statements')
    expect((await run('speaker', 'set', s.id, 'Jake Sullivan')).code).toBe(0)
    expect((await json('statements', '--speaker', 'Jake Sullivan'))[0].id).toBe(s.id)
  })

  it('bad usage and bad input exit 2 with one line and no stack trace, changing nothing', async () => {
    const before = await json('statements')
    for (const args of [
      ['tag', 'd-nope.1', 'Escalation risk'],
      ['tag', before[0].id, 'No such theme'],
      ['link', before[0].id, before[1].id, '--relation', 'likes'],
      ['annotate', before[0].id, '--note', 'x', '--quote', 'not in the statement'],
      ['frobnicate'],
      ['theme', 'add', 'Bad', '--color', 'red']
    ]) {
      const r = await run(...args)
      expect(r.code, args.join(' ')).toBe(2)
      expect(
        r.stderr
          .trim()
          .split('\n')
          .filter((l) => l.startsWith('dossier:') || l.startsWith('error:')).length
      ).toBeGreaterThan(0)
      expect(r.stderr).not.toMatch(/\n\s+at /)
    }
    expect(await json('statements')).toEqual(before)
  })

  it('check exits 1 naming a corrupted file, and restore brings back the last good copy', async () => {
    expect((await run('check')).code).toBe(0)
    const [doc] = await readdir(join(ws(), 'documents'))
    await writeFile(join(ws(), 'documents', doc!), '{"schemaVersion": 2, "document": ')
    const r = await run('check')
    expect(r.code).toBe(1)
    expect(r.stdout).toContain(`documents/${doc}`)
    const restored = await run('restore', `documents/${doc}`)
    expect(restored.code).toBe(0)
    expect((await run('check')).code).toBe(0)
  })
})
