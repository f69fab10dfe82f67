import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { openCore } from '../core/open-core'
import { cliWorkspace } from './testing/cli-workspace'

const { root, on } = cliWorkspace('dossier-cli-merge-')
const [ann, bob, olga] = [on('ann'), on('bob'), on('olga')]

/** Every file of a workspace but the lock, by path: what a refused command must leave as it was. */
async function files(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {}
  for (const f of await readdir(dir, { recursive: true, withFileTypes: true }))
    if (f.isFile() && !f.name.startsWith('.lock')) {
      const path = join(f.parentPath, f.name)
      out[path] = await readFile(path, 'utf8')
    }
  return out
}

beforeAll(async () => {
  await ann.ok('init')
  await bob.ok('init')
  const [, , , , , , st7] = JSON.parse(await bob.ok('--json', 'statements')) as { id: string }[]
  await bob.ok('tag', st7!.id, 'Nuclear signalling')
  await bob.ok('export', '--format', 'json', '--out', join(root(), 'bob.json'))
  await olga.ok('init', '--empty')
  await writeFile(join(root(), 'memo.txt'), 'The minister said the talks would resume. Nobody believed her.')
  await olga.ok('import', join(root(), 'memo.txt'))
  await olga.ok('export', '--format', 'json', '--out', join(root(), 'olga.json'))
}, 180_000)

// One process per command; generous on a loaded 2-core machine.
describe('dossier merge', { timeout: 180_000 }, () => {
  it('prints what would come in and changes nothing; --yes merges; a second --yes changes nothing', async () => {
    const before = await files(ann.ws())
    const preview = await ann.ok('merge', join(root(), 'bob.json'))
    expect(preview).toMatch(/^Merging bob\.json \(Dossier workspace “.+”\)\nDocuments: 1 matched\n/)
    expect(preview).toMatch(/\(new coder\): 1 coding, 0 highlights, 0 links, 0 notes\n/)
    expect(preview).toMatch(/Run again with --yes to merge it \(\d+ changes\)\.\n$/)
    expect(await files(ann.ws())).toEqual(before)

    const json = JSON.parse(await ann.ok('--json', 'merge', join(root(), 'bob.json')))
    expect(json).toMatchObject({ applied: false, refusal: null, coders: [{ codings: 1 }] })

    const merged = await ann.ok('merge', '--yes', join(root(), 'bob.json'))
    expect(merged).toMatch(/^Merged bob\.json/)
    const rows = JSON.parse(await ann.ok('--json', 'statements', '--theme', 'Nuclear signalling'))
    expect(rows).toHaveLength(1)

    const again = JSON.parse(await ann.ok('--json', 'merge', '--yes', join(root(), 'bob.json')))
    expect(again).toMatchObject({ applied: false, changes: 0, alreadyHere: { codings: 1 } })
  })

  it('refuses other sources in one line unless --add-sources', async () => {
    const before = await files(ann.ws())
    for (const args of [[], ['--yes']]) {
      const r = await ann.run('merge', ...args, join(root(), 'olga.json'))
      expect(r.code).toBe(2)
      expect(r.stderr.trim().split('\n')).toHaveLength(1)
      expect(r.stderr).toMatch(
        /^dossier: olga\.json shares no document with this workspace .* \(run again with --add-sources\)\n$/
      )
    }
    expect(await files(ann.ws())).toEqual(before)
    expect(await ann.ok('merge', '--add-sources', '--yes', join(root(), 'olga.json'))).toMatch(
      /Documents: 0 matched, 1 added\n {2}\+ memo\n/
    )
  })

  it('refuses a truncated file and a workspace another process holds, in one line, changing nothing', async () => {
    const text = await readFile(join(root(), 'bob.json'), 'utf8')
    await writeFile(join(root(), 'cut.json'), text.slice(0, 200))
    const before = await files(ann.ws())
    const cut = await ann.run('merge', '--yes', join(root(), 'cut.json'))
    expect(cut.code).toBe(2)
    expect(cut.stderr).toMatch(/^dossier: cut\.json is damaged or truncated \(not valid JSON: .*\)[^\n]*\n$/)

    const holder = await openCore(ann.ws())
    try {
      const held = await ann.run('merge', '--yes', join(root(), 'bob.json'))
      expect(held.code).toBe(2)
      expect(held.stderr.trim().split('\n')).toHaveLength(1)
      expect(held.stderr).toMatch(/in use by|is open in/)
      // The preview takes no lock.
      expect(await ann.ok('merge', join(root(), 'bob.json'))).toMatch(/^Merging bob\.json/)
    } finally {
      await holder.close()
    }
    expect(await files(ann.ws())).toEqual(before)
  })
})
