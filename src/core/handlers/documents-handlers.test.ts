import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ApiError } from '../../shared/api'
import { testCore, type TempCore } from '../testing/temp-core'
import { fingerprintDifference, workspaceFingerprint } from '../testing/workspace-fingerprint'

const b64 = (s: string) => Buffer.from(s).toString('base64')
const noteCiting = (id: string) => ({
  type: 'doc',
  content: [
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'As ' },
        { type: 'statementRef', attrs: { id, label: 'the quote' } },
        { type: 'text', text: ' says.' }
      ]
    }
  ]
})

/** The seeded document and a second one, each with statements, and links within and across them. */
async function twoDocuments(t: TempCore) {
  const [seeded] = await t.api['documents.list']({})
  const imported = await t.api['import.file']({
    fileName: 'second.txt',
    base64: b64('First claim of the second source.\n\nSecond claim, which disagrees.\n\nA third one.'),
    title: 'Second source'
  })
  const second = imported.imported[0]!.documentId
  const a = (await t.api['statements.list']({ documentId: seeded!.id, limit: 3 })).items
  const b = (await t.api['statements.list']({ documentId: second, limit: 3 })).items
  return { seeded: seeded!.id, second, a, b }
}

describe('documents.update', () => {
  it('edits title, date, authors, publisher and URL (never the text) in one undoable step', async () => {
    const t = await testCore()
    const [doc] = await t.api['documents.list']({})
    const before = await t.api['documents.get']({ id: doc!.id })
    const fp = await workspaceFingerprint(t.core, { history: false })

    const summary = await t.api['documents.update']({
      id: doc!.id,
      title: '  Biden and the long-range weapons  ',
      publishedAt: '2024-05-31',
      authors: ['Jane Doe', 'John Roe'],
      publisher: 'The Daily',
      url: 'https://example.org/story'
    })
    expect(summary).toMatchObject({
      title: 'Biden and the long-range weapons',
      publishedAt: '2024-05-31',
      authors: ['Jane Doe', 'John Roe'],
      source: { publisher: 'The Daily', url: 'https://example.org/story', fileName: 'article.txt' }
    })
    const after = await t.api['documents.get']({ id: doc!.id })
    expect(after.document.text).toBe(before.document.text)
    expect(after.statements).toEqual(before.statements)
    // The search and the claims see the new title.
    const [row] = (await t.api['statements.list']({ documentId: doc!.id, limit: 1 })).items
    expect(row!.documentTitle).toBe('Biden and the long-range weapons')
    const hits = await t.api['search.query']({ q: row!.text.split(' ').slice(0, 4).join(' '), limit: 3 })
    expect(hits.hits[0]!.title).toBe('Biden and the long-range weapons')

    // Clearing: null date, empty publisher and URL.
    const cleared = await t.api['documents.update']({
      id: doc!.id,
      publishedAt: null,
      publisher: '',
      url: null
    })
    expect(cleared.publishedAt).toBeNull()
    expect(cleared.source).toEqual({ fileName: 'article.txt' })

    expect((await t.api['history.state']({})).undoLabel).toBe('Edit document details')
    await t.api['history.undo']({})
    await t.api['history.undo']({})
    expect(fingerprintDifference(fp, await workspaceFingerprint(t.core, { history: false }))).toBe('')
  })

  it('refuses bad details with one clear message and changes nothing', async () => {
    const t = await testCore()
    const [doc] = await t.api['documents.list']({})
    const fp = await workspaceFingerprint(t.core)
    const refused = async (input: Record<string, unknown>, message: RegExp) => {
      const err = await t.core
        .dispatch('documents.update', { id: doc!.id, ...input })
        .catch((e: unknown) => e)
      expect(err).toBeInstanceOf(ApiError)
      expect((err as ApiError).message).toMatch(message)
    }
    await refused({ title: '   ' }, /title.*must not be empty/)
    await refused({ publishedAt: '31/05/2024' }, /publishedAt.*date like 2024-03-31/)
    await refused({ url: 'example.org' }, /url.*http:\/\/ or https:\/\//)
    await refused({ authors: [''] }, /author must not be empty/)
    await refused({ text: 'rewritten' }, /text/)
    const missing = await t.api['documents.update']({ id: 'd-missing', title: 'x' }).catch((e: unknown) => e)
    expect((missing as ApiError).code).toBe('NOT_FOUND')
    expect(await workspaceFingerprint(t.core)).toBe(fp)
  })
})

describe('documents.delete', () => {
  it('says what goes with a document, deletes it with every link touching it, and undo restores everything', async () => {
    const t = await testCore()
    const { seeded, second, a, b } = await twoDocuments(t)
    await t.api['links.create']({ fromId: a[0]!.id, toId: b[0]!.id, relation: 'supports' })
    await t.api['links.create']({ fromId: b[1]!.id, toId: a[1]!.id, relation: 'contradicts' })
    await t.api['links.create']({ fromId: b[0]!.id, toId: b[2]!.id, relation: 'elaborates' })
    const kept = await t.api['links.create']({ fromId: a[0]!.id, toId: a[2]!.id, relation: 'same-claim' })
    await t.api['annotations.create']({ documentId: second, start: b[0]!.start, end: b[0]!.end })
    const note = await t.api['notes.create']({ title: 'Cites the second', content: noteCiting(b[1]!.id) })
    const fp = await workspaceFingerprint(t.core, { history: false })

    expect(await t.api['documents.deletePreview']({ id: second })).toEqual({
      id: second,
      title: 'Second source',
      statements: 3,
      annotations: 1,
      links: 3,
      notes: 1
    })

    await t.api['documents.delete']({ id: second })
    expect((await t.api['documents.list']({})).map((d) => d.id)).toEqual([seeded])
    expect((await t.api['links.list']({})).map((l) => l.id)).toEqual([kept.id])
    expect((await t.api['links.list']({ statementId: a[1]!.id })).length).toBe(0)
    expect((await t.api['statements.list']({ documentId: second })).total).toBe(0)
    expect((await t.api['search.query']({ q: 'disagrees' })).hits).toEqual([])
    expect((await t.api['documents.get']({ id: seeded })).linkCounts).toEqual({
      [a[0]!.id]: 1,
      [a[2]!.id]: 1
    })
    // The note keeps its text and its chip; the statement it cites is missing until undo.
    expect((await t.api['notes.get']({ id: note.id })).plain).toContain('the quote')
    await expect(t.api['statements.get']({ id: b[1]!.id })).rejects.toMatchObject({ code: 'NOT_FOUND' })
    expect(await readdir(join(t.dir, 'documents'))).not.toContain(`${second}.json`)
    expect((await t.api['history.state']({})).undoLabel).toBe('Delete document “Second source”')

    await t.api['history.undo']({})
    expect(fingerprintDifference(fp, await workspaceFingerprint(t.core, { history: false }))).toBe('')
    expect((await t.api['search.query']({ q: 'disagrees' })).hits.map((h) => h.id)).toEqual([b[1]!.id])
    expect((await t.api['statements.get']({ id: b[1]!.id })).citedBy).toEqual([
      { id: note.id, title: 'Cites the second' }
    ])
    await t.api['history.redo']({})
    expect((await t.api['links.list']({})).map((l) => l.id)).toEqual([kept.id])
  })

  it('refuses a missing document, changing nothing', async () => {
    const t = await testCore()
    const fp = await workspaceFingerprint(t.core)
    await expect(t.api['documents.delete']({ id: 'd-missing' })).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await expect(t.api['documents.deletePreview']({ id: 'd-missing' })).rejects.toMatchObject({
      code: 'NOT_FOUND'
    })
    expect(await workspaceFingerprint(t.core)).toBe(fp)
  })
})

describe('documents.getHead', () => {
  it('gives the first paragraphs holding the characters asked for, what lies wholly in them, and the totals', async () => {
    const t = await testCore()
    const { second, b } = await twoDocuments(t)
    await t.api['links.create']({ fromId: b[0]!.id, toId: b[2]!.id, relation: 'elaborates' })
    const inside = await t.api['annotations.create']({ documentId: second, start: 0, end: 5 })
    await t.api['annotations.create']({ documentId: second, start: b[0]!.start, end: b[1]!.end })

    const head = await t.api['documents.getHead']({ id: second, chars: 10 })
    const whole = await t.api['documents.get']({ id: second })
    expect(head.document).toEqual({
      ...whole.document,
      text: 'First claim of the second source.',
      paragraphs: [whole.document.paragraphs[0]]
    })
    expect(head.statements.map((s) => s.id)).toEqual([b[0]!.id])
    expect(head.annotations.map((a) => a.id)).toEqual([inside.id])
    expect(head.linkCounts).toEqual({ [b[0]!.id]: 1 })
    expect(head.totals).toEqual({ statements: 3, annotations: 2 })

    const all = await t.api['documents.getHead']({ id: second, chars: 1_000 })
    expect(all).toEqual({ ...whole, totals: { statements: 3, annotations: 2 } })
  })

  it('refuses a missing document and a bad size', async () => {
    const t = await testCore()
    const [doc] = await t.api['documents.list']({})
    await expect(t.api['documents.getHead']({ id: 'd-missing', chars: 10 })).rejects.toMatchObject({
      code: 'NOT_FOUND'
    })
    await expect(t.api['documents.getHead']({ id: doc!.id, chars: 0 })).rejects.toMatchObject({
      code: 'INVALID_INPUT'
    })
  })
})
