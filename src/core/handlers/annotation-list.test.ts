import { describe, expect, it } from 'vitest'
import { testCore } from '../testing/temp-core'

/** The seeded workspace with three highlights: two in the first document (one with a note), one in the second. */
async function withHighlights() {
  const t = await testCore('seeded')
  const api = t.api
  await api['import.file']({
    fileName: 'second.txt',
    base64: Buffer.from('A second document. It says other things.').toString('base64'),
    title: 'Second',
    date: '2030-01-01',
    source: 'test',
    duplicate: 'skip',
    taskId: 'task-annotations'
  })
  const [docA, docB] = await api['documents.list']({})
  const themes = await api['themes.list']({})
  const parent = themes.find((th) => !th.parentId)!
  const child = await api['themes.create']({ name: 'Sub of parent', parentId: parent.id })
  const other = themes.find((th) => th.id !== parent.id && th.parentId !== parent.id)!
  const a = await api['documents.get']({ id: docA!.id })
  const b = await api['documents.get']({ id: docB!.id })
  const [s1, s2] = a.statements
  const speaker = await api['speakers.create']({ name: 'Quoted Person' })
  await api['statements.setSpeaker']({ statementId: s2!.id, speakerId: speaker.id })
  const note = {
    type: 'doc',
    content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Zebra remark' }] }]
  }
  const h1 = await api['annotations.create']({
    documentId: docA!.id,
    start: s1!.start,
    end: s1!.end,
    themeIds: [child.id]
  })
  const h2 = await api['annotations.create']({
    documentId: docA!.id,
    start: s2!.start,
    end: s2!.end,
    note,
    themeIds: [other.id]
  })
  const s3 = b.statements[0]!
  const h3 = await api['annotations.create']({ documentId: docB!.id, start: s3.start, end: s3.end })
  return {
    api,
    docA: docA!,
    parent,
    other,
    speaker,
    h1,
    h2,
    h3,
    before: (await api['annotations.list']({})).total
  }
}

describe('annotations.list', () => {
  it('lists every annotation with its document, quote, note, themes and speaker', async () => {
    const { api, h2, docA, speaker, other } = await withHighlights()
    const all = await api['annotations.list']({})
    expect(all.total).toBeGreaterThanOrEqual(3)
    const row = all.items.find((r) => r.id === h2.id)!
    expect(row).toMatchObject({
      documentId: docA.id,
      documentTitle: docA.title,
      quote: h2.quote.exact,
      note: 'Zebra remark',
      themeIds: [other.id],
      speakerId: speaker.id,
      speakerName: 'Quoted Person'
    })
  })

  it('filters by document, by theme with its sub-themes, by speaker and by text in quote or note', async () => {
    const { api, docA, parent, speaker, h1, h2, h3 } = await withHighlights()
    const ids = async (f: Parameters<(typeof api)['annotations.list']>[0]) =>
      (await api['annotations.list'](f)).items.map((r) => r.id)
    const inA = await ids({ documentId: docA.id })
    expect(inA).toEqual(expect.arrayContaining([h1.id, h2.id]))
    expect(inA).not.toContain(h3.id)
    expect(await ids({ themeId: parent.id })).toContain(h1.id)
    expect(await ids({ themeId: parent.id })).not.toContain(h2.id)
    expect(await ids({ speakerId: speaker.id })).toEqual([h2.id])
    expect(await ids({ speakerId: 'none' })).not.toContain(h2.id)
    expect(await ids({ text: 'zEBRA' })).toEqual([h2.id])
    expect(await ids({ text: h3.quote.exact.slice(0, 20) })).toContain(h3.id)
  })

  it('pages in reading order, counting the whole match', async () => {
    const { api } = await withHighlights()
    const all = (await api['annotations.list']({})).items.map((r) => r.id)
    const page = await api['annotations.list']({ offset: 1, limit: 2 })
    expect(page.total).toBe(all.length)
    expect(page.items.map((r) => r.id)).toEqual(all.slice(1, 3))
  })

  it('refuses an unknown document', async () => {
    const { api } = await withHighlights()
    await expect(api['annotations.list']({ documentId: 'doc_missing' })).rejects.toThrow(/no document/)
  })
})
