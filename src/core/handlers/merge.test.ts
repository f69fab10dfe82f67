import { describe, expect, it } from 'vitest'
import { ApiError, type Api } from '../../shared/api'
import { testCore } from '../testing/temp-core'
import { fingerprintDifference, workspaceFingerprint } from '../testing/workspace-fingerprint'

/** A seeded (or empty) workspace whose coder is `coder`. */
async function analyst(coder: string, create: 'seeded' | 'empty' = 'seeded') {
  const t = await testCore(create)
  await t.api['coders.setCurrent']({ name: coder })
  const [doc] = await t.api['documents.list']({})
  const statements = doc ? (await t.api['documents.get']({ id: doc.id })).statements : []
  const theme = async (name: string) => (await t.api['themes.list']({})).find((x) => x.name === name)!.id
  return { t, api: t.api, doc: doc?.id ?? '', statements, theme }
}

async function exportOf(api: Api): Promise<string> {
  const r = await api['export.run']({ format: 'json' })
  return r.files[0]!.text!
}
const input = (text: string | Uint8Array, fileName = 'bob.json', addSources?: boolean) => ({
  fileName,
  base64: Buffer.from(text).toString('base64'),
  ...(addSources !== undefined && { addSources })
})
const refusal = async (p: Promise<unknown>) => {
  const err = await p.then(
    () => null,
    (e: unknown) => e
  )
  expect(err).toBeInstanceOf(ApiError)
  return { code: (err as ApiError).code, message: (err as ApiError).message }
}
/** Who applied each theme to a statement: `theme name ← coder names`. */
async function codingsOf(api: Api, id: string): Promise<string[]> {
  const themes = new Map((await api['themes.list']({})).map((t) => [t.id, t.name]))
  const { statement } = await api['statements.get']({ id })
  return statement.codings.map(
    (c) => `${themes.get(c.themeId)} (${c.how}) ← ${(c.by ?? []).map((b) => b.coderName).join(', ')}`
  )
}

/** Ann and Bob code the same seeded article, each in their own workspace. */
async function twoAnalysts() {
  const ann = await analyst('Ann')
  const bob = await analyst('Bob')
  const [s3, s5, s7] = [2, 4, 6].map((i) => bob.statements[i]!)
  await ann.api['statements.tag']({
    statementIds: [s5!.id.replace(bob.doc, ann.doc)],
    themeIds: [await ann.theme('Escalation risk')]
  })
  await bob.api['statements.tag']({ statementIds: [s5!.id], themeIds: [await bob.theme('Escalation risk')] })
  await bob.api['statements.tag']({
    statementIds: [s7!.id],
    themeIds: [await bob.theme('Nuclear signalling')]
  })
  await ann.api['themes.create']({ name: 'Deterrence', parentId: await ann.theme('Escalation risk') })
  const deterrence = await bob.api['themes.create']({
    name: 'Deterrence',
    parentId: await bob.theme('Escalation risk')
  })
  const own = await bob.api['themes.create']({ name: 'Only Bob', parentId: deterrence.id })
  const span = await bob.api['annotations.create']({
    documentId: bob.doc,
    start: s3!.start,
    end: s3!.start + 12,
    themeIds: [own.id]
  })
  const link = await bob.api['links.create']({ fromId: s3!.id, toId: s7!.id, relation: 'contradicts' })
  const note = await bob.api['notes.create']({
    title: 'Bob on escalation',
    content: {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'See ' },
            { type: 'statementRef', attrs: { id: s5!.id, label: 'five' } },
            { type: 'themeRef', attrs: { id: deterrence.id, label: 'Deterrence' } }
          ]
        }
      ]
    }
  })
  const local = (id: string) => id.replace(bob.doc, ann.doc)
  return { ann, bob, s3: s3!, s5: s5!, s7: s7!, span, link, note, local }
}

describe('merging another analyst’s export', () => {
  it('brings the other coder’s codings, highlights, links and notes in under their coder, keeping this workspace’s', async () => {
    const { ann, bob, s3, s5, s7, span, link, note, local } = await twoAnalysts()
    const file = await exportOf(bob.api)

    const preview = await ann.api['merge.preview'](input(file))
    expect(preview.refusal).toBeNull()
    expect(preview.applied).toBe(false)
    expect(preview.documents.matched).toEqual([{ id: ann.doc, title: expect.any(String) }])
    expect(preview.documents.added).toEqual([])
    expect(preview.coders).toEqual([
      {
        id: expect.stringMatching(/^cd-/),
        name: 'Bob',
        isNew: true,
        codings: 3,
        annotations: 1,
        links: 1,
        notes: 1
      }
    ])
    // Previewing changes nothing.
    expect((await ann.api['coders.list']({})).coders.map((c) => c.name)).not.toContain('Bob')

    const done = await ann.api['merge.apply'](input(file))
    expect(done.applied).toBe(true)
    expect({ ...done, applied: false }).toEqual(preview)

    expect(await codingsOf(ann.api, local(s5.id))).toEqual(['Escalation risk (statement) ← Ann, Bob'])
    expect(await codingsOf(ann.api, local(s7.id))).toEqual(['Nuclear signalling (statement) ← Bob'])
    expect(await codingsOf(ann.api, local(s3.id))).toEqual(['Only Bob (span) ← Bob'])
    const detail = await ann.api['statements.get']({ id: local(s3.id) })
    expect(detail.annotations).toEqual([expect.objectContaining({ id: span.id, documentId: ann.doc })])
    expect(detail.linksOut).toEqual([
      expect.objectContaining({ id: link.id, relation: 'contradicts', toId: local(s7.id) })
    ])
    const merged = await ann.api['notes.get']({ id: note.id })
    const annDeterrence = await ann.theme('Deterrence')
    expect(merged.statementIds).toEqual([local(s5.id)])
    expect(merged.themeIds).toEqual([annDeterrence])
    expect(JSON.stringify(merged.content)).toContain(`"id":"${local(s5.id)}"`)
    expect(merged.createdBy).toBe(done.coders[0]!.id)
    // Ann still codes.
    expect((await ann.api['coders.list']({})).current?.name).toBe('Ann')
  })

  it('matches themes by path (or name), adds the others under their parent and lists them', async () => {
    const { ann, bob } = await twoAnalysts()
    const summary = await ann.api['merge.preview'](input(await exportOf(bob.api)))
    expect(summary.themes.matched).toContainEqual({
      id: await ann.theme('Deterrence'),
      path: 'Escalation risk › Deterrence',
      theirPath: 'Escalation risk › Deterrence',
      by: 'path'
    })
    expect(summary.themes.added).toEqual([
      { id: await bob.theme('Only Bob'), path: 'Escalation risk › Deterrence › Only Bob' }
    ])
    await ann.api['merge.apply'](input(await exportOf(bob.api)))
    const only = (await ann.api['themes.list']({})).find((t) => t.name === 'Only Bob')!
    expect(only.parentId).toBe(await ann.theme('Deterrence'))
  })

  it('refuses an export of other sources, changing nothing, unless asked to add them', async () => {
    const ann = await analyst('Ann')
    const other = await analyst('Olga', 'empty')
    await other.api['import.file']({
      fileName: 'memo.txt',
      base64: Buffer.from('The minister said the talks would resume. Nobody believed her.').toString('base64')
    })
    const file = await exportOf(other.api)
    const before = await workspaceFingerprint(ann.t.core)

    const preview = await ann.api['merge.preview'](input(file, 'olga.json'))
    expect(preview.refusal).toMatch(/^olga\.json shares no document with this workspace/)
    expect(preview.documents.refused).toEqual([{ id: expect.any(String), title: 'memo' }])
    expect(preview.changes).toBe(0)
    const refused = await refusal(ann.api['merge.apply'](input(file, 'olga.json')))
    expect(refused).toEqual({ code: 'CONFLICT', message: preview.refusal })
    expect(refused.message).not.toContain('\n')
    expect(fingerprintDifference(before, await workspaceFingerprint(ann.t.core))).toBe('')

    const added = await ann.api['merge.apply'](input(file, 'olga.json', true))
    expect(added.documents.added).toEqual([{ id: expect.any(String), title: 'memo' }])
    expect((await ann.api['documents.list']({})).map((d) => d.title)).toContain('memo')
  })

  it('changes nothing the second time the same export is merged', async () => {
    const { ann, bob } = await twoAnalysts()
    const file = await exportOf(bob.api)
    await ann.api['merge.apply'](input(file))
    const once = await workspaceFingerprint(ann.t.core)
    const again = await ann.api['merge.apply'](input(file))
    expect(again.changes).toBe(0)
    expect(again.applied).toBe(false)
    expect(again.alreadyHere).toEqual({ codings: 3, annotations: 1, links: 1, notes: 1 })
    expect(fingerprintDifference(once, await workspaceFingerprint(ann.t.core))).toBe('')
  })

  it('is one undoable step: undo restores the workspace exactly', async () => {
    const { ann, bob } = await twoAnalysts()
    const before = await workspaceFingerprint(ann.t.core, { history: false })
    await ann.api['merge.apply'](input(await exportOf(bob.api)))
    expect((await ann.api['history.state']({})).undoLabel).toBe('Merge bob.json')
    await ann.api['history.undo']({})
    expect(fingerprintDifference(before, await workspaceFingerprint(ann.t.core, { history: false }))).toBe('')
  })

  it('refuses a newer export, a damaged or truncated file and a coder name that is empty or too long, in one line', async () => {
    const { ann, bob } = await twoAnalysts()
    const file = await exportOf(bob.api)
    const before = await workspaceFingerprint(ann.t.core)
    const json = () => JSON.parse(file) as { version: number; coders: { name: string }[] }
    const newer = json()
    newer.version = 2
    const empty = json()
    empty.coders[0]!.name = '  '
    const long = json()
    long.coders[0]!.name = 'x'.repeat(101)
    const cases: [string, string | Uint8Array, RegExp][] = [
      [
        'newer.json',
        JSON.stringify(newer),
        /^newer\.json was exported by a newer version of Dossier \(export version 2; this one reads up to 1\)/
      ],
      ['cut.json', file.slice(0, file.length / 2), /^cut\.json is damaged or truncated \(not valid JSON: /],
      ['bytes.json', new Uint8Array([0x7b, 0xff, 0xfe]), /^bytes\.json is damaged or truncated/],
      ['other.json', '{"hello": 1}', /^other\.json is not a Dossier export/],
      [
        'empty.json',
        JSON.stringify(empty),
        /^empty\.json is a damaged Dossier export \(coders\.0\.name: a coder name must not be empty\)/
      ],
      [
        'long.json',
        JSON.stringify(long),
        /^long\.json is a damaged Dossier export \(coders\.0\.name: a coder name must be at most 100 characters\)/
      ],
      ['notes.txt', 'hello', /^notes\.txt is neither a Dossier export/]
    ]
    for (const [name, text, message] of cases)
      for (const op of ['merge.preview', 'merge.apply'] as const) {
        const r = await refusal(ann.api[op](input(text, name)))
        expect(r.code, name).toBe('INVALID_INPUT')
        expect(r.message, name).toMatch(message)
        expect(r.message, name).not.toContain('\n')
      }
    const lied = JSON.parse(file) as { documents: { document: { text: string } }[] }
    lied.documents[0]!.document.text += ' (edited)'
    expect((await refusal(ann.api['merge.apply'](input(JSON.stringify(lied), 'lied.json')))).message).toMatch(
      /^lied\.json is damaged: document “.+” has a text that does not match its content hash/
    )
    expect(fingerprintDifference(before, await workspaceFingerprint(ann.t.core))).toBe('')
  })

  it('keeps a coder of the same name but another id as a second coder, and says so', async () => {
    const ann = await analyst('Ann')
    const other = await analyst('Ann')
    await other.api['statements.tag']({
      statementIds: [other.statements[0]!.id],
      themeIds: [await other.theme('Alliance unity')]
    })
    const done = await ann.api['merge.apply'](input(await exportOf(other.api), 'ann2.json'))
    expect(done.conflicts).toContainEqual(
      "coder “Ann” of ann2.json is not this workspace's “Ann” (another id); both are kept"
    )
    expect((await ann.api['coders.list']({})).coders.filter((c) => c.name === 'Ann')).toHaveLength(2)
  })
})
