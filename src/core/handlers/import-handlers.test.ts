import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { testCore } from '../testing/temp-core'

const b64 = (s: string | Uint8Array) => Buffer.from(s).toString('base64')

describe('import.file', () => {
  it('imports text as a segmented, attributed document; a second copy is skipped as a duplicate', async () => {
    const t = await testCore('seeded')
    const text =
      'Title: Briefing notes\n\nThe talks stalled on Friday, Mr. Smith said. He added that no date was set.\n'
    const r = await t.api['import.file']({ fileName: 'notes.txt', base64: b64(text), date: '2024-06-01' })
    expect(r.imported).toHaveLength(1)
    const docs = await t.api['documents.list']({})
    const doc = docs.find((d) => d.id === r.imported[0]!.documentId)!
    expect(doc).toMatchObject({ title: 'Briefing notes', publishedAt: '2024-06-01' })
    const { items } = await t.api['statements.list']({ documentId: doc.id })
    const smith = (await t.api['speakers.list']({})).find((s) => s.name.includes('Smith'))!
    expect(items.filter((s) => s.speakerId === smith.id).length).toBe(2)
    const again = await t.api['import.file']({ fileName: 'copy.txt', base64: b64(text) })
    expect(again.imported).toHaveLength(0)
    expect(again.skipped[0]!.duplicateOf).toBe(doc.id)
    await t.api['history.undo']({})
    expect((await t.api['documents.list']({})).length).toBe(docs.length - 1)
  })

  it('reads a provenance header (URL:, Date:, Source: … above a rule) as the source, not as statements', async () => {
    const t = await testCore('empty')
    const file = join(
      import.meta.dirname,
      '../../../test-fixtures/ingest/shared/wh-gaggle-kirby-2024-02-20.txt'
    )
    const text = readFileSync(file, 'utf8')
    const r = await t.api['import.file']({ fileName: 'wh-gaggle-kirby-2024-02-20.txt', base64: b64(text) })
    const { document, statements } = await t.api['documents.get']({ id: r.imported[0]!.documentId })
    expect(document.text).toBe(text)
    expect(document.source.url).toBe(/^URL: (.*)$/m.exec(text)![1])
    expect(document.publishedAt).toBe('2024-02-20')
    expect(document.title).not.toMatch(/^(URL|Date|Source|Convention|Retrieved):/)
    const body = text.indexOf('-'.repeat(72))
    expect(statements.length).toBeGreaterThan(5)
    for (const st of statements) expect(st.start).toBeGreaterThan(body)
    expect(document.paragraphs[0]!.start).toBeGreaterThan(body)
  })

  it('rejects bad files with one line naming the file, changing nothing', async () => {
    const t = await testCore('seeded')
    const before = await t.api['workspace.stats']({})
    for (const [fileName, bytes, pattern] of [
      ['empty.txt', '', /empty\.txt is empty/],
      ['bin.txt', new Uint8Array([0x41, 0, 0, 0x42, 0, 1, 2, 3]), /not a text file/],
      ['bad.txt', new Uint8Array([0x61, 0xc3, 0x28]), /not valid UTF-8/],
      ['x.xyz', 'hello', /unsupported file type/],
      ['trunc.docx', new Uint8Array([0x50, 0x4b, 3, 4, 1, 2]), /docx/],
      ['bad.json', '{"format":"nope"}', /not a Dossier export/]
    ] as const) {
      const err = await t.api['import.file']({ fileName, base64: b64(bytes) }).catch(
        (e: unknown) => e as Error
      )
      expect(err, fileName).toBeInstanceOf(Error)
      expect((err as Error).message, fileName).toMatch(pattern)
      expect((err as Error).message).not.toContain('\n')
    }
    expect(await t.api['workspace.stats']({})).toEqual(before)
    expect((await t.api['history.state']({})).canUndo).toBe(false)
  })

  it('restores a json export into an empty workspace exactly, and refuses a non-empty one', async () => {
    const a = await testCore('seeded')
    const [s1, s2] = (await a.api['statements.list']({})).items
    const theme = (await a.api['themes.list']({}))[0]!
    await a.api['statements.tag']({ statementIds: [s1!.id], themeIds: [theme.id] })
    await a.api['links.create']({ fromId: s1!.id, toId: s2!.id, relation: 'supports' })
    await a.api['notes.create']({ title: 'A note' })
    const exported = await a.api['export.run']({ format: 'json' })
    const json = exported.files[0]!.text!

    const b = await testCore('empty')
    await b.api['import.file']({ fileName: 'backup.json', base64: b64(json) })
    const again = await b.api['export.run']({ format: 'json' })
    const strip = (t: string) => ({ ...JSON.parse(t), exportedAt: 0 })
    expect(strip(again.files[0]!.text!)).toEqual(strip(json))

    await expect(a.api['import.file']({ fileName: 'backup.json', base64: b64(json) })).rejects.toMatchObject({
      code: 'CONFLICT'
    })
  })
})

describe('import progress and cancellation', () => {
  it('reports progress for a PDF import and keeps page numbers', async () => {
    const { makeTestPdf } = await import('../services/import/testing/make-test-pdf')
    const t = await testCore('empty')
    const events: { label: string; done: number; total: number; finished: boolean }[] = []
    t.core.onProgress((e) => events.push(e))
    const pdf = makeTestPdf([
      ['The minister said talks would resume.'],
      ['A second page, the envoy added.'],
      ['Third page here.']
    ])
    const r = await t.api['import.file']({ fileName: 'report.pdf', base64: b64(pdf), taskId: 'task-1' })
    expect(r.imported).toHaveLength(1)
    expect(events.some((e) => e.total === 3 && e.done === 3)).toBe(true)
    expect(events.at(-1)!.finished).toBe(true)
    const view = await t.api['documents.get']({ id: r.imported[0]!.documentId })
    expect(view.document.pages?.map((p) => p.page)).toEqual([1, 2, 3])
  })

  it('reports progress while it finds speakers in a text', async () => {
    const t = await testCore('empty')
    const events: { label: string; done: number; total: number }[] = []
    t.core.onProgress((e) => events.push(e))
    const text = Array.from(
      { length: 40 },
      (_, i) => `Paragraph ${i}: the talks stalled, Maria Lopez said.`
    ).join('\n\n')
    await t.api['import.file']({ fileName: 'long.txt', base64: b64(text), taskId: 'task-3' })
    const finding = events.filter((e) => e.label.startsWith('Finding statements and speakers'))
    expect(finding.at(-1)).toMatchObject({ done: text.length, total: text.length })
    expect(events.at(-1)!.label).toBe('Saving long.txt')
  })

  it('cancels an import in flight: CANCELLED, nothing changed', async () => {
    const { makeTestPdf } = await import('../services/import/testing/make-test-pdf')
    const t = await testCore('empty')
    const pdf = makeTestPdf(Array.from({ length: 30 }, (_, i) => [`Page ${i + 1} says something.`]))
    const running = t.core.dispatch('import.file', {
      fileName: 'long.pdf',
      base64: b64(pdf),
      taskId: 'task-2'
    })
    expect(await t.core.dispatch('tasks.cancel', { taskId: 'task-2' })).toEqual({ cancelled: true })
    await expect(running).rejects.toMatchObject({ code: 'CANCELLED' })
    expect(await t.api['documents.list']({})).toEqual([])
    expect((await t.api['history.state']({})).canUndo).toBe(false)
    expect(await t.core.dispatch('tasks.cancel', { taskId: 'task-2' })).toEqual({ cancelled: false })
  })
})
