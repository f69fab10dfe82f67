import { describe, expect, it } from 'vitest'
import type { StatementFilter } from '../../shared/api'
import { testCore } from '../testing/temp-core'

/**
 * The seeded workspace has no codings. Its one document's first statements are [21, 220) and [222, 381), so a
 * highlight on [200, 240) crosses both: by hand, it codes 2 statements.
 */

async function setUp() {
  const t = await testCore('seeded')
  const themes = await t.api['themes.list']({})
  const id = (name: string) => themes.find((x) => x.name === name)!.id
  const [doc] = await t.api['documents.list']({})
  const { statements } = await t.api['documents.get']({ id: doc!.id })
  const [s1, s2, s3] = statements.map((s) => s.id)
  const counts = async (themeId: string, f: Partial<StatementFilter> = {}) => ({
    sidebar: (await t.api['workspace.stats']({})).themes[themeId]!.total,
    claims: (await t.api['statements.list']({ themeId, limit: 1000, ...f })).total
  })
  const me = (await t.api['coders.list']({})).current!
  const byMe = [{ coderId: me.id, coderName: me.name, at: expect.any(String) }]
  return {
    t,
    byMe,
    doc: doc!.id,
    s1: s1!,
    s2: s2!,
    s3: s3!,
    esc: id('Escalation risk'),
    nuc: id('Nuclear signalling'),
    unity: id('Alliance unity'),
    counts
  }
}

describe('one coding model through the API', () => {
  it('a highlight across two statements codes both, and the rows say how', async () => {
    const { t, byMe, doc, s1, s2, esc, nuc, counts } = await setUp()
    const a = await t.api['annotations.create']({ documentId: doc, start: 200, end: 240, themeIds: [nuc] })
    expect(await counts(nuc)).toEqual({ sidebar: 2, claims: 2 })
    expect(await counts(esc)).toEqual({ sidebar: 2, claims: 2 }) // the parent, through its child
    expect(await counts(nuc, { coding: 'span' })).toMatchObject({ claims: 2 })
    expect(await counts(nuc, { coding: 'statement' })).toMatchObject({ claims: 0 })

    const { items } = await t.api['statements.list']({ themeId: nuc, limit: 10 })
    expect(items.map((r) => r.id)).toEqual([s1, s2])
    const quote = a.quote.exact
    expect(quote).toHaveLength(40)
    for (const r of items) {
      expect(r.themeIds).toEqual([])
      expect(r.codings).toEqual([{ themeId: nuc, how: 'span', annotationId: a.id, quote, by: byMe }])
    }

    // Tagging s1 as a whole too: still one statement in the count, two codings on its row.
    await t.api['statements.tag']({ statementIds: [s1], themeIds: [nuc] })
    expect(await counts(nuc)).toEqual({ sidebar: 2, claims: 2 })
    expect(await counts(nuc, { coding: 'statement' })).toMatchObject({ claims: 1 })
    const detail = await t.api['statements.get']({ id: s1 })
    expect(detail.statement.codings.map((c) => c.how)).toEqual(['statement', 'span'])
  })

  it('untagging a highlight, and undo, move the sidebar and the claims filter together', async () => {
    const { t, doc, nuc, counts } = await setUp()
    const a = await t.api['annotations.create']({ documentId: doc, start: 200, end: 240, themeIds: [nuc] })
    await t.api['annotations.update']({ id: a.id, themeIds: [] })
    expect(await counts(nuc)).toEqual({ sidebar: 0, claims: 0 })
    await t.api['history.undo']({})
    expect(await counts(nuc)).toEqual({ sidebar: 2, claims: 2 })
    await t.api['history.undo']({}) // the highlight itself
    expect(await counts(nuc)).toEqual({ sidebar: 0, claims: 0 })
    await t.api['history.redo']({})
    expect(await counts(nuc)).toEqual({ sidebar: 2, claims: 2 })
    await t.api['annotations.delete']({ id: a.id })
    expect(await counts(nuc)).toEqual({ sidebar: 0, claims: 0 })
  })

  it('merging a theme moves its highlights to the target; undo moves them back', async () => {
    const { t, byMe, doc, s3, nuc, unity, counts } = await setUp()
    const a = await t.api['annotations.create']({ documentId: doc, start: 200, end: 240, themeIds: [nuc] })
    await t.api['statements.tag']({ statementIds: [s3], themeIds: [nuc] })
    await t.api['themes.merge']({ fromId: nuc, intoId: unity })
    expect(await counts(unity)).toEqual({ sidebar: 3, claims: 3 })
    expect(await counts(unity, { coding: 'span' })).toMatchObject({ claims: 2 })
    const row = (await t.api['statements.list']({ themeId: unity, limit: 1 })).items[0]!
    expect(row.codings).toEqual([
      { themeId: unity, how: 'span', annotationId: a.id, quote: a.quote.exact, by: byMe }
    ])
    await t.api['history.undo']({})
    expect(await counts(unity)).toEqual({ sidebar: 0, claims: 0 })
    expect(await counts(nuc)).toEqual({ sidebar: 3, claims: 3 })
  })

  it('deleting a theme takes it off its highlights; undo puts it back', async () => {
    const { t, doc, nuc, esc, counts } = await setUp()
    const a = await t.api['annotations.create']({ documentId: doc, start: 200, end: 240, themeIds: [nuc] })
    await t.api['themes.delete']({ id: nuc })
    expect(
      (await t.api['documents.get']({ id: doc })).annotations.find((x) => x.id === a.id)!.themeIds
    ).toEqual([])
    expect(await counts(esc)).toEqual({ sidebar: 0, claims: 0 })
    await t.api['history.undo']({})
    expect(await counts(nuc)).toEqual({ sidebar: 2, claims: 2 })
    expect(await counts(esc)).toEqual({ sidebar: 2, claims: 2 })
  })

  it('search with a theme keeps what the theme codes, whole or through a highlight', async () => {
    const { t, doc, s1, s2, s3, nuc, esc, unity } = await setUp()
    const { statements } = await t.api['documents.get']({ id: doc })
    const words = (id: string) =>
      statements
        .find((s) => s.id === id)!
        .text.split(' ')
        .slice(0, 4)
        .join(' ')
    const hitIds = async (q: string, themeId?: string) =>
      (await t.api['search.query']({ q, kinds: ['statement'], themeId })).hits.map((h) => h.id)
    expect(await hitIds(words(s2), nuc)).toEqual([])
    await t.api['annotations.create']({ documentId: doc, start: 200, end: 240, themeIds: [nuc] })
    await t.api['statements.tag']({ statementIds: [s3], themeIds: [unity] })
    expect(await hitIds(words(s2), nuc)).toEqual([s2]) // through the highlight
    expect(await hitIds(words(s2), esc)).toEqual([s2]) // the parent, through its child
    expect(await hitIds(words(s3), nuc)).not.toContain(s3)
    expect(await hitIds(words(s3), unity)).toEqual([s3]) // whole
    for (const q of ['Ukraine', 'weapons Russia', 'Biden']) {
      const hits = await hitIds(q, nuc)
      expect(hits.length).toBeGreaterThan(0)
      for (const id of hits) expect([s1, s2]).toContain(id)
    }
    expect((await hitIds('Ukraine')).length).toBeGreaterThan(2) // without the theme: more
    await expect(t.api['search.query']({ q: 'x', themeId: 'th-nope' })).rejects.toThrow('no theme with id')
  })

  it('sorting by themes reads the codings the column shows', async () => {
    const { t, doc, s2, s3, nuc, unity } = await setUp()
    await t.api['annotations.create']({ documentId: doc, start: 230, end: 240, themeIds: [unity] })
    await t.api['statements.tag']({ statementIds: [s3], themeIds: [nuc] })
    const { items } = await t.api['statements.list']({ sort: 'themes', limit: 3 })
    expect(items.map((r) => r.id)).toEqual([s2, s3, expect.any(String)]) // Alliance unity, Nuclear signalling
    expect(items[2]!.codings).toEqual([])
  })

  it('moving a theme under another carries its span codings to the new parent; undo takes them back', async () => {
    const { t, doc, nuc, esc, unity, counts } = await setUp()
    await t.api['annotations.create']({ documentId: doc, start: 200, end: 240, themeIds: [nuc] })
    await t.api['themes.update']({ id: nuc, parentId: unity })
    expect(await counts(unity)).toEqual({ sidebar: 2, claims: 2 })
    expect(await counts(esc)).toEqual({ sidebar: 0, claims: 0 })
    await t.api['history.undo']({})
    expect(await counts(unity)).toEqual({ sidebar: 0, claims: 0 })
    expect(await counts(esc)).toEqual({ sidebar: 2, claims: 2 })
  })
})
