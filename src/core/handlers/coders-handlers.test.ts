import { describe, expect, it } from 'vitest'
import { ApiError } from '../../shared/api'
import { defaultCoderName } from '../model/coders'
import { testCore } from '../testing/temp-core'

async function setUp(create: 'seeded' | 'empty' = 'seeded') {
  const t = await testCore(create)
  const themes = await t.api['themes.list']({})
  const theme = (name: string) => themes.find((x) => x.name === name)!.id
  const [doc] = await t.api['documents.list']({})
  const statements = doc ? (await t.api['documents.get']({ id: doc.id })).statements : []
  return { t, api: t.api, theme, doc: doc?.id ?? '', ids: statements.map((s) => s.id) }
}

const refusal = async (p: Promise<unknown>) => {
  const err = await p.then(
    () => null,
    (e: unknown) => e
  )
  expect(err).toBeInstanceOf(ApiError)
  return { code: (err as ApiError).code, message: (err as ApiError).message }
}

describe('who codes', () => {
  it('a new workspace codes as the operating system user; another name makes a new coder, an old one is reused', async () => {
    const { api } = await setUp('empty')
    const first = await api['coders.list']({})
    expect(first.current?.name).toBe(defaultCoderName())
    expect(first.coders).toEqual([first.current])

    const ann = await api['coders.setCurrent']({ name: '  Ann Smith ' })
    expect(ann.current).toEqual({ id: expect.stringMatching(/^cd-/), name: 'Ann Smith' })
    expect(ann.coders.map((c) => c.name)).toEqual([defaultCoderName(), 'Ann Smith'])

    const back = await api['coders.setCurrent']({ name: first.current!.name.toUpperCase() })
    expect(back.current).toEqual(first.current)
    expect(back.coders).toHaveLength(2)
    await api['history.undo']({})
    expect((await api['coders.list']({})).current).toEqual(ann.current)
  })

  it('refuses an empty or over-long name in one line, changing nothing', async () => {
    const { api } = await setUp('empty')
    const before = await api['coders.list']({})
    expect(await refusal(api['coders.setCurrent']({ name: '   ' }))).toEqual({
      code: 'INVALID_INPUT',
      message: expect.stringContaining('a coder name must not be empty')
    })
    expect(await refusal(api['coders.setCurrent']({ name: 'x'.repeat(101) }))).toEqual({
      code: 'INVALID_INPUT',
      message: expect.stringContaining('a coder name must be at most 100 characters')
    })
    expect(await api['coders.list']({})).toEqual(before)
    expect((await api['history.state']({})).canUndo).toBe(false)
  })

  it('credits each coder with their own coding of a statement, even of the same theme; untag removes the theme', async () => {
    const { api, theme, ids } = await setUp()
    const risk = theme('Escalation risk')
    const s = ids[0]!
    const ann = (await api['coders.list']({})).current!
    expect(await api['statements.tag']({ statementIds: [s], themeIds: [risk] })).toEqual({ changed: 1 })
    expect(await api['statements.tag']({ statementIds: [s], themeIds: [risk] })).toEqual({ changed: 0 })
    const bob = (await api['coders.setCurrent']({ name: 'Bob' })).current!
    expect(await api['statements.tag']({ statementIds: [s], themeIds: [risk] })).toEqual({ changed: 1 })

    const row = (await api['statements.get']({ id: s })).statement
    expect(row.themeIds).toEqual([risk])
    expect(row.codedBy?.map((c) => [c.themeId, c.createdBy])).toEqual([
      [risk, ann.id],
      [risk, bob.id]
    ])
    expect(row.codings).toEqual([
      {
        themeId: risk,
        how: 'statement',
        by: [
          { coderId: ann.id, coderName: ann.name, at: expect.any(String) },
          { coderId: bob.id, coderName: 'Bob', at: expect.any(String) }
        ]
      }
    ])
    await api['statements.untag']({ statementIds: [s], themeIds: [risk] })
    const untagged = (await api['statements.get']({ id: s })).statement
    expect([untagged.themeIds, untagged.codedBy]).toEqual([[], []])
  })

  it('records who made highlights, theme codings on them, links, notes and speaker changes', async () => {
    const { api, theme, doc, ids } = await setUp()
    const ann = (await api['coders.list']({})).current!
    const a = await api['annotations.create']({
      documentId: doc,
      start: 200,
      end: 240,
      themeIds: [theme('Alliance unity')]
    })
    expect(a.createdBy).toBe(ann.id)
    const bob = (await api['coders.setCurrent']({ name: 'Bob' })).current!
    const updated = await api['annotations.update']({
      id: a.id,
      themeIds: [theme('Alliance unity'), theme('Escalation risk')]
    })
    expect(updated.createdBy).toBe(ann.id)
    expect(updated.codedBy?.map((c) => [c.themeId, c.createdBy])).toEqual([
      [theme('Alliance unity'), ann.id],
      [theme('Escalation risk'), bob.id]
    ])
    const link = await api['links.create']({ fromId: ids[0]!, toId: ids[1]!, relation: 'supports' })
    const note = await api['notes.create']({ title: 'Bob’s note' })
    expect([link.createdBy, note.createdBy]).toEqual([bob.id, bob.id])
    const set = await api['statements.setSpeaker']({ statementId: ids[2]!, speakerName: 'Someone New' })
    expect(set.attribution).toEqual({ method: 'analyst', at: expect.any(String), by: bob.id })
    const cleared = await api['statements.setSpeaker']({ statementId: ids[2]!, speakerId: null })
    expect(cleared.attribution).toEqual({ method: 'none', at: expect.any(String), by: bob.id })
  })

  it('merging themes keeps one coding per coder, the earlier', async () => {
    const { api, theme, ids } = await setUp()
    const [risk, unity] = [theme('Escalation risk'), theme('Alliance unity')]
    const ann = (await api['coders.list']({})).current!
    await api['statements.tag']({ statementIds: [ids[0]!], themeIds: [risk] })
    await api['statements.tag']({ statementIds: [ids[0]!], themeIds: [unity] })
    const first = (await api['statements.get']({ id: ids[0]! })).statement.codedBy![0]!
    await api['themes.merge']({ fromId: risk, intoId: unity })
    expect((await api['statements.get']({ id: ids[0]! })).statement.codedBy).toEqual([
      { themeId: unity, createdBy: ann.id, createdAt: first.createdAt }
    ])
  })

  it('a json export carries the coders, and restores them into an empty workspace', async () => {
    const { api, theme, ids } = await setUp()
    await api['coders.setCurrent']({ name: 'Bob' })
    await api['statements.tag']({ statementIds: [ids[0]!], themeIds: [theme('Escalation risk')] })
    const roster = await api['coders.list']({})
    const json = (await api['export.run']({ format: 'json' })).files[0]!.text!
    const snapshot = JSON.parse(json) as { coders: unknown; coderId: string }
    expect(snapshot.coders).toEqual(roster.coders)
    expect(snapshot.coderId).toBe(roster.current!.id)

    const { api: other } = await setUp('empty')
    const base64 = (text: string) => Buffer.from(text).toString('base64')
    const before = await other['coders.list']({})
    const forged = JSON.stringify({ ...JSON.parse(json), coderId: 'cd-nobody' })
    expect(await refusal(other['import.file']({ fileName: 'forged.json', base64: base64(forged) }))).toEqual({
      code: 'INVALID_INPUT',
      message: 'forged.json is not a Dossier export: coderId: coderId must name one of coders'
    })
    expect(await other['coders.list']({})).toEqual(before)
    await other['import.file']({ fileName: 'backup.json', base64: base64(json) })
    expect(await other['coders.list']({})).toEqual(roster)
  })
})
