import { afterEach, describe, expect, it, vi } from 'vitest'
import type { StatementFilter } from '../../shared/api'
import { testCore, type TempCore } from '../testing/temp-core'
import { StatementQueryCache } from './statement-query-cache'

const b64 = (s: string) => Buffer.from(s).toString('base64')
afterEach(() => {
  vi.restoreAllMocks()
})

const ids = async (t: TempCore, f: StatementFilter) =>
  (await t.api['statements.list'](f)).items.map((s) => s.id)

describe('statements.list sorted by a column, paged', () => {
  it('pages through the same order as one request, ascending and descending', async () => {
    const t = await testCore()
    for (const sort of ['speaker', 'document', 'text', 'themes', 'links'] as const) {
      const all = await ids(t, { sort, limit: 100_000 })
      expect(all).toHaveLength(49)
      const pages: string[] = []
      for (let offset = 0; offset < all.length; offset += 10)
        pages.push(...(await ids(t, { sort, offset, limit: 10 })))
      expect(pages, sort).toEqual(all)
      expect(await ids(t, { sort, descending: true, limit: 100_000 }), sort).toEqual([...all].reverse())
      expect(await ids(t, { sort, descending: true, offset: 5, limit: 3 }), sort).toEqual(
        [...all].reverse().slice(5, 8)
      )
    }
  })

  it('sorts once, then serves pages from the kept order until a change it depends on', async () => {
    const t = await testCore()
    const built = vi.spyOn(StatementQueryCache.prototype, 'set')
    await ids(t, { sort: 'speaker', limit: 10 })
    await ids(t, { sort: 'speaker', offset: 10, limit: 10 })
    await ids(t, { sort: 'speaker', offset: 20, limit: 10, descending: true })
    expect(built).toHaveBeenCalledTimes(1)

    // A note changes nothing a speaker sort reads: still one sort.
    await t.api['notes.create']({ title: 'Scratch' })
    await ids(t, { sort: 'speaker', offset: 30, limit: 10 })
    expect(built).toHaveBeenCalledTimes(1)

    const speaker = (await t.api['speakers.list']({}))[0]!
    await t.api['speakers.update']({ id: speaker.id, name: speaker.name })
    await ids(t, { sort: 'speaker', limit: 10 })
    expect(built).toHaveBeenCalledTimes(2)
  })

  it('reflects a renamed speaker on the next page request', async () => {
    const t = await testCore()
    const sorted = async () => (await t.api['statements.list']({ sort: 'speaker', limit: 100_000 })).items
    const lastAttributed = async () => (await sorted()).filter((s) => s.speakerId).at(-1)!.speakerId
    const before = await sorted()
    const first = before[0]!.speakerId!
    expect(await lastAttributed()).not.toBe(first)
    await t.api['speakers.update']({ id: first, name: 'Zygmunt Zyx' })
    expect(await lastAttributed()).toBe(first)
    await t.api['history.undo']({})
    expect(await sorted()).toEqual(before)
  })

  it('reflects tags, links and speaker changes of statements in the lists that sort or filter by them', async () => {
    const t = await testCore()
    const lastByText = (await ids(t, { sort: 'text', descending: true, limit: 1 }))[0]!
    await ids(t, { sort: 'themes', limit: 5 })
    await ids(t, { sort: 'links', limit: 5 })
    await ids(t, { linked: 'linked', sort: 'text', limit: 5 })

    const theme = (await t.api['themes.list']({}))[0]!
    await t.api['statements.tag']({ statementIds: [lastByText], themeIds: [theme.id] })
    expect((await ids(t, { sort: 'themes', limit: 5 }))[0]).toBe(lastByText)

    const other = (await ids(t, { sort: 'position', limit: 1 }))[0]!
    await t.api['links.create']({ fromId: other, toId: lastByText, relation: 'supports' })
    expect((await ids(t, { sort: 'links', descending: true, limit: 2 })).sort()).toEqual(
      [other, lastByText].sort()
    )
    expect(await ids(t, { linked: 'linked', sort: 'position', limit: 5 })).toEqual([other, lastByText])

    await ids(t, { sort: 'speaker', limit: 5 })
    await t.api['statements.setSpeaker']({ statementId: lastByText, speakerName: 'Zygmunt Zyx' })
    const bySpeaker = (await t.api['statements.list']({ sort: 'speaker', limit: 100_000 })).items
    expect(bySpeaker.filter((s) => s.speakerId).at(-1)!.id).toBe(lastByText)
  })

  it('reflects an imported document (and its undo) in a date-sorted list', async () => {
    const t = await testCore()
    const before = await ids(t, { sort: 'date', limit: 100_000 })
    const r = await t.api['import.file']({
      fileName: 'old.txt',
      base64: b64('Old news\n\nThe talks stalled on Friday, Mr. Smith said.\n'),
      date: '1999-01-01'
    })
    const docId = r.imported[0]!.documentId
    const first = (await t.api['statements.list']({ sort: 'date', limit: 1 })).items[0]!
    expect(first.documentId).toBe(docId)
    await t.api['history.undo']({})
    expect(await ids(t, { sort: 'date', limit: 100_000 })).toEqual(before)
  })
})

describe('statements.list sorted by counts', () => {
  it('orders links and annotations numerically: ascending puts 0 first', async () => {
    const t = await testCore()
    const doc = (await t.api['documents.list']({}))[0]!
    const st = (await t.api['documents.get']({ id: doc.id })).statements[3]!
    await t.api['annotations.create']({ documentId: doc.id, start: st.start, end: st.end })
    const last = (await t.api['documents.get']({ id: doc.id })).statements.at(-1)!
    await t.api['links.create']({ fromId: st.id, toId: last.id, relation: 'supports' })
    for (const sort of ['links', 'annotations'] as const) {
      const rows = (await t.api['statements.list']({ sort, limit: 100_000 })).items
      const counts = rows.map((r) => (sort === 'links' ? r.linkCount : r.annotationCount))
      expect(counts[0], sort).toBe(0)
      expect(counts, sort).toEqual([...counts].sort((a, b) => a - b))
      expect(Math.max(...counts), sort).toBeGreaterThan(0)
      const down = (await t.api['statements.list']({ sort, descending: true, limit: 1 })).items[0]!
      expect(sort === 'links' ? down.linkCount : down.annotationCount).toBe(Math.max(...counts))
    }
  })
})
