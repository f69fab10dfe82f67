import { describe, expect, it } from 'vitest'
import { cliWorkspace } from './testing/cli-workspace'

const { run, ok, json } = cliWorkspace('dossier-cli-edit-')

interface SpeakerRow {
  id: string
  name: string
  aliases: string[]
  role: string | null
  statements: number
}

describe('dossier speaker and document edits', { timeout: 180_000 }, () => {
  it('renames, sets a role, merges and deletes speakers; unknown names change nothing', async () => {
    expect((await run('init')).code).toBe(0)
    const speakers = async () => (await json('speakers')) as SpeakerRow[]
    const start = await speakers()
    const peskov = start.find((s) => s.name === 'Dmitry Peskov')!
    const nye = start.find((s) => s.name === 'Joseph S. Nye')!

    expect(await ok('speaker', 'rename', 'Mr. Peskov', 'Dmitri Peskov')).toBe(
      'Renamed "Dmitry Peskov" to "Dmitri Peskov"\n'
    )
    expect((await json('speaker', 'role', 'Dmitri Peskov', 'Kremlin spokesman')).role).toBe(
      'Kremlin spokesman'
    )

    const merged = await json('speaker', 'merge', 'Dmitri Peskov', 'Nye')
    expect(merged).toMatchObject({ id: nye.id, name: 'Joseph S. Nye' })
    expect(merged.aliases).toEqual([...nye.aliases, 'Dmitri Peskov', 'Peskov', 'Mr. Peskov', 'Mr Peskov'])
    const after = await speakers()
    expect(after.find((s) => s.id === peskov.id)).toBeUndefined()
    expect(after.find((s) => s.id === nye.id)!.statements).toBe(nye.statements + peskov.statements)

    const missing = await run('speaker', 'merge', 'Nobody', 'Nye')
    expect(missing.code).toBe(2)
    expect(missing.stderr).toBe('dossier: no speaker "Nobody" (see: dossier speakers)\n')
    const self = await run('speaker', 'merge', 'Nye', 'Peskov')
    expect(self.stderr).toBe('dossier: cannot merge a speaker into itself\n')
    expect(await speakers()).toEqual(after)

    expect(await ok('speaker', 'delete', 'Joseph S. Nye')).toMatch(
      /^Deleted speaker "Joseph S. Nye" \(\d+ statements now have no speaker\)\n$/
    )
    expect((await speakers()).some((s) => s.id === nye.id)).toBe(false)
  })

  it('sets document details and deletes a document only with --yes', async () => {
    const [doc] = (await json('documents')) as { id: string; title: string }[]
    const set = await json(
      'document',
      'set',
      'weighs letting',
      '--title',
      'Long-range weapons',
      '--date',
      '2024-05-31',
      '--author',
      'Jane Doe',
      '--author',
      'John Roe',
      '--publisher',
      'The Daily',
      '--url',
      'https://example.org/story'
    )
    expect(set).toMatchObject({
      id: doc!.id,
      title: 'Long-range weapons',
      publishedAt: '2024-05-31',
      authors: ['Jane Doe', 'John Roe'],
      source: { publisher: 'The Daily', url: 'https://example.org/story' }
    })
    const bad = await run('document', 'set', doc!.id, '--url', 'example.org')
    expect(bad.code).toBe(2)
    expect(bad.stderr).toBe(
      'dossier: documents.update: url: must be a web address starting with http:// or https://\n'
    )
    expect((await run('document', 'set', 'no such title', '--title', 'x')).stderr).toBe(
      'dossier: no document "no such title" (see: dossier documents)\n'
    )
    expect((await json('documents'))[0]).toMatchObject({ title: 'Long-range weapons' })

    const asked = await run('document', 'delete', 'long-range weapons')
    expect(asked.code).toBe(2)
    expect(asked.stderr).toMatch(
      /^dossier: deleting "Long-range weapons" also deletes its \d+ statements, 0 highlights and 0 links; run again with --yes to delete it\n$/
    )
    expect(await json('documents')).toHaveLength(1)
    expect(await ok('document', 'delete', doc!.id, '--yes')).toMatch(/^Deleted "Long-range weapons" and its /)
    expect(await json('documents')).toEqual([])
  })
})
